// The signature pad on the consent page, through the real shell and touch
// path: a stroke is stored in the pad's 0..1 coordinates when the finger
// lifts, strokes add up, Clear removes them, and a drag on the pad draws
// without scrolling the page (while a drag beside it does scroll).
#include <gtest/gtest.h>

#include <variant>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"

namespace kiosk::test {
namespace {

class SignaturePad : public ::testing::Test {
protected:
    void SetUp() override { walk_to_consent(ui, testing::clear_client()); }

    [[nodiscard]] const kiosk::Signature* signature() {
        const kiosk::Answer* a = ui.session().answer("signature");
        return a == nullptr ? nullptr : std::get_if<kiosk::Signature>(a);
    }
    // A point of the pad, in its own 0..1 coordinates.
    [[nodiscard]] ImVec2 on_pad(float x, float y) {
        const ui::WidgetEntry* pad = ui.shell().widgets().find("signature");
        return {pad->min.x + (pad->max.x - pad->min.x) * x, pad->min.y + (pad->max.y - pad->min.y) * y};
    }
    // Brings the pad wholly into view (the page scrolls under the test's finger).
    void pad_in_view() {
        const ui::WidgetEntry* pad = ui.shell().widgets().find("signature");
        ASSERT_NE(pad, nullptr) << ui.shell().widgets().ids_joined();
        if (!pad->in_view()) ui.drag(ImVec2(20, 500), ImVec2(0, -(pad->max.y - pad->clip_max.y + 20)));
        ASSERT_TRUE(ui.shell().widgets().find("signature")->in_view());
    }

    HeadlessUi ui{testing::shipped_config(), "en"};
};

TEST_F(SignaturePad, IsOnTheConsentPageWithItsClearButton) {
    EXPECT_EQ(ui.shell().screen_name(), "consent");
    EXPECT_TRUE(ui.shows("signature"));
    EXPECT_TRUE(ui.shows("signature=clear"));
    EXPECT_EQ(signature(), nullptr);
}

TEST_F(SignaturePad, AStrokeIsStoredInPadCoordinatesWhenTheFingerLifts) {
    pad_in_view();
    const ImVec2 from = on_pad(0.2F, 0.5F);
    const ImVec2 to = on_pad(0.6F, 0.6F);
    ui.frame(from, true);
    ui.frame(ImVec2((from.x + to.x) * 0.5F, from.y - 10.0F), true);
    EXPECT_EQ(signature(), nullptr) << "stored before the finger lifted";
    ui.frame(to, true);
    ui.frame(to, false);
    ui.frame(to, false);

    const kiosk::Signature* sig = signature();
    ASSERT_NE(sig, nullptr);
    ASSERT_EQ(sig->strokes.size(), 1U);
    const auto& stroke = sig->strokes.front();
    ASSERT_GE(stroke.size(), 3U);
    EXPECT_TRUE(sig->drawn());
    EXPECT_NEAR(stroke.front().x, 0.2F, 0.01F);
    EXPECT_NEAR(stroke.front().y, 0.5F, 0.01F);
    EXPECT_NEAR(stroke.back().x, 0.6F, 0.01F);
    EXPECT_NEAR(stroke.back().y, 0.6F, 0.01F);
    for (const kiosk::Point& p : stroke) {
        EXPECT_GE(p.x, 0.0F);
        EXPECT_LE(p.x, 1.0F);
        EXPECT_GE(p.y, 0.0F);
        EXPECT_LE(p.y, 1.0F);
    }
}

TEST_F(SignaturePad, StrokesAddUpAndClearRemovesThem) {
    pad_in_view();
    ui.drag(on_pad(0.1F, 0.4F), ImVec2(120, 20));
    ui.drag(on_pad(0.5F, 0.3F), ImVec2(80, 40));
    ASSERT_NE(signature(), nullptr);
    EXPECT_EQ(signature()->strokes.size(), 2U);

    tap_in_view(ui, "signature=clear");
    EXPECT_EQ(signature(), nullptr);
    EXPECT_EQ(ui.session().answer("signature"), nullptr);
}

TEST_F(SignaturePad, ATapOnThePadIsNotASignature) {
    pad_in_view();
    const ImVec2 p = on_pad(0.5F, 0.5F);
    ui.frame(p, true);
    ui.frame(p, false);
    ui.frame(p, false);
    EXPECT_EQ(signature(), nullptr);
}

TEST_F(SignaturePad, DrawingOnThePadDoesNotScrollThePage) {
    pad_in_view();
    const float card_y = ui.shell().widgets().find("consent.text")->min.y;
    // A long upward stroke: on the page it would scroll by 150 px.
    ui.drag(on_pad(0.2F, 0.8F), ImVec2(200, -150));
    EXPECT_FLOAT_EQ(ui.shell().widgets().find("consent.text")->min.y, card_y);
    ASSERT_NE(signature(), nullptr);

    // The same drag beside the pad (in the page's margin) scrolls the page.
    const float pad_y = ui.shell().widgets().find("signature")->min.y;
    ui.drag(ImVec2(20, 500), ImVec2(0, -100));
    EXPECT_LT(ui.shell().widgets().find("signature")->min.y, pad_y);
}

}  // namespace
}  // namespace kiosk::test
