// fit_with_ellipsis: one line of text cut to a width with "…", by whole
// UTF-8 characters, in a logarithmic number of measurements (the queue's
// old trimming loop put back the ellipsis it had just cut and never ended).
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "common/utf8.hpp"
#include "support/headless_ui.hpp"
#include "theme/fonts.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

class TextFit : public ::testing::Test {
protected:
    HeadlessUi hui{testing::shipped_config()};
    ImFont* font = hui.theme().font(ui::TextRole::Body, ui::Weight::SemiBold);

    [[nodiscard]] float width_of(std::string_view s) const { return ui::text_size(font, s).x; }

    // Measurements taken by one call, and its result.
    std::string fit(std::string_view text, float width, std::size_t& measurements) const {
        measurements = 0;
        ui::count_text_measurements(&measurements, 10'000);
        std::string out;
        try {
            out = ui::fit_with_ellipsis(font, text, width);
        } catch (...) {
            ui::count_text_measurements(nullptr, 0);
            throw;
        }
        ui::count_text_measurements(nullptr, 0);
        return out;
    }
};

TEST_F(TextFit, ANameThatFitsIsLeftWhole) {
    std::size_t n = 0;
    EXPECT_EQ(fit("Lucía García Núñez", width_of("Lucía García Núñez"), n), "Lucía García Núñez");
    EXPECT_EQ(n, 1U);
}

TEST_F(TextFit, ATooLongNameIsCutByWholeCharactersAndEndsWithTheEllipsis) {
    for (const std::string full : {"Lucía García Núñez", "Alexandra Montgomery-Smith",
                                   "Željko Šćepanović-Đurđević", "山田 太郎 山田 太郎 山田 太郎"}) {
        for (float share : {0.9F, 0.6F, 0.35F, 0.15F}) {
            const float width = std::floor(width_of(full) * share);
            std::size_t n = 0;
            const std::string shown = fit(full, width, n);
            SCOPED_TRACE(full + " at " + std::to_string(width) + ": " + shown);
            ASSERT_GE(shown.size(), kEllipsis.size());
            EXPECT_EQ(shown.substr(shown.size() - kEllipsis.size()), kEllipsis);
            EXPECT_TRUE(is_valid_utf8(shown));
            const std::string head = shown.substr(0, shown.size() - kEllipsis.size());
            EXPECT_EQ(full.rfind(head, 0), 0U) << "a prefix of the name";
            EXPECT_FALSE(head.ends_with(' ')) << "no blank before the ellipsis";
            if (!head.empty()) {
                EXPECT_LE(width_of(shown), width);
                // The longest that fits: one more character would not.
                size_t next = head.size() + 1;
                while (next < full.size() && (static_cast<unsigned char>(full[next]) & 0xC0U) == 0x80U) ++next;
                const std::string longer = full.substr(0, next) + std::string(kEllipsis);
                if (full[head.size()] != ' ') {
                    EXPECT_GT(width_of(longer), width);
                }
            }
            // Logarithmic: the whole text once, then a binary search over its characters.
            EXPECT_LE(n, 2U + static_cast<std::size_t>(std::ceil(std::log2(static_cast<double>(full.size()) + 1.0))));
        }
    }
}

TEST_F(TextFit, NoRoomAtAllGivesTheEllipsisAlone) {
    std::size_t n = 0;
    EXPECT_EQ(fit("Alexandra Montgomery-Smith", 1.0F, n), kEllipsis);
    EXPECT_EQ(fit("", 0.0F, n), "");
}

TEST_F(TextFit, TheMeasurementCountStopsARunawayLoop) {
    std::size_t n = 0;
    ui::count_text_measurements(&n, 3);
    (void)ui::text_size(font, "a");
    (void)ui::text_size(font, "b");
    (void)ui::text_size(font, "c");
    EXPECT_THROW((void)ui::text_size(font, "d"), std::logic_error);
    ui::count_text_measurements(nullptr, 0);
    EXPECT_NO_THROW((void)ui::text_size(font, "e"));
    EXPECT_EQ(n, 4U);
}

}  // namespace
}  // namespace kiosk::test
