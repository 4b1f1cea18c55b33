// The client's display preferences (DESIGN §2, large print): three text
// sizes and a high-contrast look, chosen by touch on the attract screen or in
// the flow's "Aa" panel, rebuilt between frames as the platform does, and
// dropped when the session ends. Then the whole intake at the largest size in
// high contrast (tests/e2e/large_text.replay, driven headless): nothing
// tappable off screen, under 48 px or on top of another control.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "support/headless_ui.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "theme/display_prefs.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

// The body text's size in px per em: the fonts follow the text size chosen.
float body_em(const HeadlessUi& ui) { return ui::font_em(ui.theme().font(ui::TextRole::Body)); }

ImU32 white() { return ui::color_from_rgb(0xFFFFFF); }

// ---- The steps ------------------------------------------------------------------------

TEST(DisplayPrefs, ThreeTextStepsOverTheClinicsScaleCappedAtTheLargestClinicScale) {
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 1), 1.0F);
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 2), 1.25F);
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 3), 1.5F);
    EXPECT_FLOAT_EQ(ui::text_scale(0.8F, 3), 1.2F);
    EXPECT_FLOAT_EQ(ui::text_scale(1.2F, 3), ui::kMaxTextScale);  // 1.8 would not fit the screens
    EXPECT_FLOAT_EQ(ui::text_scale(1.6F, 1), 1.6F);               // never below the clinic's own
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 0), 1.0F);               // out-of-range steps clamp
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 9), 1.5F);
    kiosk::Theme clinic;
    EXPECT_EQ(ui::clinic_display_prefs(clinic), (ui::DisplayPrefs{1, false}));
    clinic.high_contrast = true;
    EXPECT_EQ(ui::clinic_display_prefs(clinic), (ui::DisplayPrefs{1, true}));
}

// ---- The attract screen ---------------------------------------------------------------

TEST(AttractDisplayControls, TextSizeStepsRebuildTheFontsBetweenFrames) {
    HeadlessUi ui(two_language_clinic());
    ui.frame();
    EXPECT_NEAR(body_em(ui), 24.0F, 0.6F);
    ASSERT_TRUE(ui.shows("text_size=3"));
    ui.tap("text_size=3");
    ASSERT_TRUE(ui.shell().display_prefs().has_value());
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 3);
    EXPECT_EQ(ui.theme().prefs.text_step, 3);
    EXPECT_NEAR(body_em(ui), 36.0F, 0.6F);  // 24 x 1.5
    EXPECT_NEAR(ui::font_em(ui.theme().font(ui::TextRole::Display, ui::Weight::SemiBold)), 90.0F, 1.0F);
    EXPECT_EQ(ImGui::GetIO().FontDefault, ui.theme().font(ui::TextRole::Body));

    ui.tap("text_size=2");
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 2);
    EXPECT_NEAR(body_em(ui), 30.0F, 0.6F);
    ui.tap("text_size=1");
    EXPECT_NEAR(body_em(ui), 24.0F, 0.6F);
    EXPECT_EQ(ui.shell().screen_name(), "attract");  // choosing a size starts nothing
}

TEST(AttractDisplayControls, TheChosenSizeStaysOnScreenWithEveryControl) {
    HeadlessUi ui(two_language_clinic(), "es");
    ui.frame();
    ui.tap("text_size=3");
    ui.tap("contrast=high");
    for (const ui::WidgetEntry& w : ui.shell().widgets().entries()) {
        SCOPED_TRACE(w.id);
        EXPECT_GE(w.min.x, 0.0F);
        EXPECT_GE(w.min.y, 0.0F);
        EXPECT_LE(w.max.x, 1280.0F);
        EXPECT_LE(w.max.y, 800.0F);
        EXPECT_GE(w.max.y - w.min.y, 48.0F);
        EXPECT_GE(w.max.x - w.min.x, 48.0F);
    }
}

TEST(AttractDisplayControls, HighContrastSwitchesThePaletteAndTheToggleSaysWhatATapDoes) {
    HeadlessUi ui(two_language_clinic());
    ui.frame();
    EXPECT_NE(ui.theme().palette.background, white());
    EXPECT_TRUE(ui.shows("contrast=high"));
    EXPECT_FALSE(ui.shows("contrast=normal"));
    ui.tap("contrast=high");
    EXPECT_TRUE(ui.shell().display_prefs()->high_contrast);
    EXPECT_EQ(ui.theme().palette.background, white());
    EXPECT_EQ(ui.theme().palette.ink, ui::color_from_rgb(0x000000));
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_Text].x, 0.0F);  // ImGui's own style follows
    EXPECT_TRUE(ui.shows("contrast=normal"));
    EXPECT_NEAR(body_em(ui), 24.0F, 0.6F);  // the contrast alone keeps the fonts
    ui.tap("contrast=normal");
    EXPECT_FALSE(ui.shell().display_prefs()->high_contrast);
    EXPECT_NE(ui.theme().palette.background, white());
}

TEST(AttractDisplayControls, ClinicsHighContrastIsWhereEverySessionStarts) {
    kiosk::KioskConfig config = two_language_clinic();
    config.clinic.theme.high_contrast = true;
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{1, true}));
    EXPECT_EQ(ui.theme().palette.background, white());
    EXPECT_TRUE(ui.shows("contrast=normal"));
    EXPECT_EQ(ui.theme_changes(), 0);  // the theme was built for it from the start
}

TEST(AttractDisplayControls, LabelsAreInTheClientsLanguage) {
    HeadlessUi ui(two_language_clinic());
    ui.frame();
    EXPECT_TRUE(ui.drew("High contrast"));
    ui.tap("lang=es");
    EXPECT_TRUE(ui.drew(ui::ui_text(ui::UiText::HighContrast, "es")));
    EXPECT_FALSE(ui.drew("High contrast"));
    EXPECT_FALSE(ui.drew("Text size"));
    EXPECT_NE(ui::ui_text(ui::UiText::TextSize, "es"), ui::ui_text(ui::UiText::TextSize, "en"));
    EXPECT_NE(ui::ui_text(ui::UiText::HighContrast, "es"), ui::ui_text(ui::UiText::HighContrast, "en"));
}

// ---- During the flow ---------------------------------------------------------------------

TEST(FlowDisplayPanel, AaOpensThePanelAboveThePageAndNothingUnderItCanBeTapped) {
    HeadlessUi ui(testing::shipped_config());
    ui.frame();
    ui.tap("start");
    ui.tap("skip");
    ASSERT_EQ(ui.shell().screen_name(), "questions");
    ASSERT_TRUE(ui.shows("display"));
    const ImVec2 next = ui.shell().widgets().find("next")->center();
    const size_t page = ui.session().page_index();

    ui.tap("display");
    EXPECT_TRUE(ui.shell().display_panel_open());
    EXPECT_TRUE(ui.drew("Text size"));
    for (const char* id : {"display", "text_size=1", "text_size=2", "text_size=3", "contrast=high"})
        EXPECT_TRUE(ui.shows(id)) << id;
    EXPECT_FALSE(ui.shows("next"));
    EXPECT_FALSE(ui.shows("back"));

    ui.tap("text_size=2");
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 2);
    EXPECT_NEAR(body_em(ui), 30.0F, 0.6F);
    EXPECT_TRUE(ui.shell().display_panel_open()) << "the client sees the page change and may try another size";
    ui.tap("contrast=high");
    EXPECT_EQ(ui.theme().palette.background, white());

    ui.tap_at(next);  // outside the panel: it closes, and Next is not pressed
    EXPECT_FALSE(ui.shell().display_panel_open());
    EXPECT_EQ(ui.session().page_index(), page);
    EXPECT_FALSE(ui.session().show_errors());
    EXPECT_TRUE(ui.shows("next"));

    ui.tap("display");
    ui.tap("display");  // the "Aa" pill closes it too
    EXPECT_FALSE(ui.shell().display_panel_open());
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{2, true}));
}

TEST(FlowDisplayPanel, SpanishPathHasNoEnglish) {
    HeadlessUi ui(testing::shipped_config(), "es");
    ui.frame();
    ui.tap("start");
    ui.tap("display");
    EXPECT_TRUE(ui.drew(ui::ui_text(ui::UiText::TextSize, "es")));
    EXPECT_TRUE(ui.drew(ui::ui_text(ui::UiText::HighContrast, "es")));
    EXPECT_FALSE(ui.drew("Text size"));
    EXPECT_FALSE(ui.drew("High contrast"));
}

// ---- Whose preference it is --------------------------------------------------------------

TEST(DisplayPrefsLifetime, AnIdleWipeGivesTheNextClientTheClinicsDefault) {
    HeadlessUi ui(testing::shipped_config());
    ui.frame();
    ui.tap("text_size=3");
    ui.tap("contrast=high");
    ui.tap("start");
    ASSERT_EQ(ui.shell().screen_name(), "about");
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{3, true})) << "the choice follows the client";

    const auto& timeouts = testing::shipped_config().clinic.timeouts;
    ui.clock().advance_s(timeouts.idle_seconds + timeouts.countdown_seconds + 1);  // straight past the prompt
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{1, false}));
    EXPECT_EQ(ui.theme().prefs, (ui::DisplayPrefs{1, false}));
    EXPECT_NEAR(body_em(ui), 24.0F, 0.6F);
    EXPECT_NE(ui.theme().palette.background, white());
}

TEST(DisplayPrefsLifetime, TheClientsOwnBackToTheAttractScreenKeepsIt) {
    HeadlessUi ui(testing::shipped_config());
    ui.frame();
    ui.tap("text_size=2");
    ui.tap("start");
    ASSERT_EQ(ui.shell().screen_name(), "about");
    ui.tap("back");
    ASSERT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 2) << "like the language, it is still this client's";
}

// ---- The whole intake at the largest size, in high contrast ---------------------------

struct Rect {
    ImVec2 min;
    ImVec2 max;
    [[nodiscard]] bool empty() const { return max.x - min.x < 1.0F || max.y - min.y < 1.0F; }
    [[nodiscard]] bool contains(const Rect& o) const {
        return o.min.x >= min.x - 0.5F && o.min.y >= min.y - 0.5F && o.max.x <= max.x + 0.5F && o.max.y <= max.y + 0.5F;
    }
};

// The part of a widget that can be seen (and touched).
Rect visible(const ui::WidgetEntry& w, ImVec2 display) {
    return {ImVec2(std::max({w.min.x, w.clip_min.x, 0.0F}), std::max({w.min.y, w.clip_min.y, 0.0F})),
            ImVec2(std::min({w.max.x, w.clip_max.x, display.x}), std::min({w.max.y, w.clip_max.y, display.y}))};
}

// What a client could meet on one frame that would be a layout bug at this size.
std::vector<std::string> layout_problems(const ui::WidgetRegistry& widgets, ImVec2 display) {
    std::vector<std::string> out;
    const auto& all = widgets.entries();
    for (const ui::WidgetEntry& w : all) {
        if (w.min.x < -0.5F || w.max.x > display.x + 0.5F) out.push_back(w.id + " runs off the screen's side");
        // Outside any scroll region (clipped by the screen only), nothing can bring it into view.
        const bool scrolls = w.clip_min.y > 0.5F || w.clip_max.y < display.y - 0.5F;
        if (!scrolls && (w.min.y < -0.5F || w.max.y > display.y + 0.5F))
            out.push_back(w.id + " runs off the screen, where no scrolling reaches it");
        if (w.in_view() && (w.max.y - w.min.y < 47.5F || w.max.x - w.min.x < 47.5F))
            out.push_back(w.id + " is smaller than a 48 px touch target");
    }
    for (size_t i = 0; i < all.size(); ++i) {
        const Rect a{all[i].min, all[i].max};
        const Rect va = visible(all[i], display);
        if (va.empty()) continue;
        for (size_t j = i + 1; j < all.size(); ++j) {
            const Rect b{all[j].min, all[j].max};
            const Rect vb = visible(all[j], display);
            if (vb.empty() || a.contains(b) || b.contains(a)) continue;  // a scroll region and what is in it
            const float w = std::min(va.max.x, vb.max.x) - std::max(va.min.x, vb.min.x);
            const float h = std::min(va.max.y, vb.max.y) - std::max(va.min.y, vb.min.y);
            if (w > 1.0F && h > 1.0F) out.push_back(all[i].id + " overlaps " + all[j].id);
        }
    }
    return out;
}

TEST(LargeText, TheWholeIntakeFitsAtTheLargestSizeInHighContrast) {
    replay::ParseResult parsed = replay::load_script(std::string(KIOSK_SOURCE_DIR) + "/tests/e2e/large_text.replay");
    ASSERT_TRUE(std::holds_alternative<replay::Script>(parsed));
    replay::ReplayDriver driver(std::get<replay::Script>(std::move(parsed)), "unused");

    HeadlessUi ui(testing::shipped_config());
    std::vector<std::string> screens;
    std::vector<std::string> problems;
    bool large_seen = false;
    ui.play(driver, 20000, [&] {
        const std::string screen(ui.shell().screen_name());
        if (screens.empty() || screens.back() != screen) screens.push_back(screen);
        // The check applies to what the largest size drew: the last client
        // screen (the next client's attract) is at the clinic's size again.
        if (ui.theme().prefs == ui::DisplayPrefs{3, true}) {
            large_seen = true;
            for (const std::string& p : layout_problems(ui.shell().widgets(), ui.display())) {
                const std::string problem = screen + ": " + p;
                if (std::ranges::find(problems, problem) == problems.end()) problems.push_back(problem);
            }
        }
    });
    EXPECT_TRUE(large_seen);
    EXPECT_TRUE(problems.empty()) << [&] {
        std::string all;
        for (const std::string& p : problems) all += "\n  " + p;
        return all;
    }();
    ASSERT_TRUE(driver.finished());
    ASSERT_EQ(driver.exit_code(), 0) << driver.message();
    EXPECT_EQ(screens, (std::vector<std::string>{"attract", "about", "questions", "consent", "review", "thanks",
                                                 "attract"}));
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{1, false})) << "the next client starts at the clinic's";
    EXPECT_EQ(ui.session().has_answers(), false);
}

}  // namespace
}  // namespace kiosk::test
