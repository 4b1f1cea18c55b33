// The theme: the palette keeps the mockups' colours for the shipped theme
// and stays readable whatever colours a clinic picks; fonts are baked at the
// type scale; the ImGui io runs with the kiosk's privacy policy.
#include <gtest/gtest.h>

#include <cmath>

#include "support/headless_ui.hpp"
#include "theme/palette.hpp"
#include "theme/ui_theme.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

TEST(Palette, ShippedThemeIsTheMockupPalette) {
    const Palette p = make_palette(kiosk::Theme{});
    EXPECT_EQ(p.background, color_from_rgb(0xF7F2EC));
    EXPECT_EQ(p.primary, color_from_rgb(0x1F5C58));
    EXPECT_EQ(p.primary_pressed, color_from_rgb(0x163F3C));
    EXPECT_EQ(p.primary_tint, color_from_rgb(0xDCEBE6));
    EXPECT_EQ(p.accent, color_from_rgb(0xE7CBB9));
    EXPECT_EQ(p.accent_soft, color_from_rgb(0xF1DFD3));
    EXPECT_EQ(p.ink, color_from_rgb(0x2A2420));
}

TEST(Palette, ContrastRatiosMatchTheStyleSheet) {
    const Palette p = make_palette(kiosk::Theme{});
    EXPECT_NEAR(contrast_ratio(p.ink, p.background), 13.8, 0.1);
    EXPECT_NEAR(contrast_ratio(p.ink2, p.background), 6.2, 0.1);
    EXPECT_NEAR(contrast_ratio(p.on_primary, p.primary), 7.7, 0.1);
}

TEST(Palette, ClinicColoursAreUsed) {
    kiosk::Theme theme;
    theme.primary = 0x3B2A6B;
    theme.background = 0xF4F6FA;
    theme.accent = 0xC9D8F0;
    const Palette p = make_palette(theme);
    EXPECT_EQ(p.primary, color_from_rgb(0x3B2A6B));
    EXPECT_EQ(p.background, color_from_rgb(0xF4F6FA));
    EXPECT_EQ(p.accent, color_from_rgb(0xC9D8F0));
    EXPECT_NE(p.primary_tint, color_from_rgb(0xDCEBE6));  // derived, not the stock Teal tint
}

TEST(Palette, ALightPrimaryIsDarkenedUntilWhiteTextIsReadable) {
    kiosk::Theme theme;
    theme.primary = 0x9FD8CF;  // pale mint: white on it would be unreadable
    EXPECT_GE(contrast_ratio(make_palette(theme).on_primary, make_palette(theme).primary), 4.5);
}

TEST(Palette, HighContrastReachesSevenToOne) {
    kiosk::Theme theme;
    theme.high_contrast = true;
    theme.primary = 0x2E8A7F;
    const Palette p = make_palette(theme);
    EXPECT_GE(contrast_ratio(p.ink, p.background), 15.0);
    EXPECT_GE(contrast_ratio(p.ink2, p.background), 7.0);
    EXPECT_GE(contrast_ratio(p.ink3, p.background), 7.0);
    EXPECT_GE(contrast_ratio(p.on_primary, p.primary), 7.0);
    EXPECT_GE(contrast_ratio(p.primary, p.primary_tint), 4.5);    // selected pill text on its tint
    EXPECT_GE(contrast_ratio(p.line_strong, p.background), 3.0);  // borders read as borders
}

TEST(KioskIo, NoIniFileNoLogAndNoClipboard) {
    const kiosk::KioskConfig config = test::two_language_clinic();
    test::HeadlessUi ui(config);
    const ImGuiIO& io = ImGui::GetIO();
    EXPECT_EQ(io.IniFilename, nullptr);
    EXPECT_EQ(io.LogFilename, nullptr);
    ImGui::SetClipboardText("Ana García, 1990-04-12");
    ASSERT_NE(ImGui::GetClipboardText(), nullptr);
    EXPECT_STREQ(ImGui::GetClipboardText(), "");
    EXPECT_GE(io.MouseDragThreshold, 8.0F);  // a finger, not a mouse
}

TEST(Fonts, EveryRoleIsBakedAtTheTypeScaleTimesTheClinicsFontScale) {
    kiosk::KioskConfig config = test::two_language_clinic();
    config.clinic.theme.font_scale = 1.25F;
    test::HeadlessUi ui(config);
    const Fonts& fonts = ui.theme().fonts;
    ASSERT_TRUE(fonts.using_inter());
    for (const TextRole role :
         {TextRole::Small, TextRole::Body, TextRole::Lead, TextRole::Question, TextRole::Title, TextRole::Display}) {
        for (const Weight weight : {Weight::Regular, Weight::SemiBold}) {
            const ImFont* font = fonts.get(role, weight);
            ASSERT_NE(font, nullptr);
            EXPECT_NEAR(font_em(font), role_px(role) * 1.25F, 1.0F);
        }
    }
    // Regular is only baked up to Question; larger sizes are SemiBold.
    EXPECT_EQ(fonts.get(TextRole::Display, Weight::Regular), fonts.get(TextRole::Display, Weight::SemiBold));
    EXPECT_NE(fonts.get(TextRole::Body, Weight::Regular), fonts.get(TextRole::Body, Weight::SemiBold));
}

TEST(Fonts, HoldTheGlyphsOfTheClinicsTexts) {
    kiosk::KioskConfig config = test::two_language_clinic();
    config.clinic.welcome.by_lang["es"] = "Łódź — “ñ” ő";  // beyond Latin-1
    test::HeadlessUi ui(config);
    ImFont* font = ui.theme().font(TextRole::Lead);
    for (const ImWchar c : {ImWchar{0x00F1}, ImWchar{0x00E1}, ImWchar{0x0141}, ImWchar{0x0151}, ImWchar{0x2014},
                            ImWchar{0x201C}, ImWchar{0x2019}})
        EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << "U+" << std::hex << c;
}

TEST(Text, WrapsOnWordsAndHonoursNewlines) {
    const kiosk::KioskConfig config = test::two_language_clinic();
    test::HeadlessUi ui(config);
    ImFont* font = ui.theme().font(TextRole::Body);
    const float line = std::round(font_em(font) * kLineHeight);
    EXPECT_FLOAT_EQ(wrapped_height(font, "", 500.0F), 0.0F);
    EXPECT_FLOAT_EQ(wrapped_height(font, "one line", 500.0F), line);
    EXPECT_FLOAT_EQ(wrapped_height(font, "first\nsecond", 500.0F), 2.0F * line);
    const float two_words = text_size(font, "skin care").x + 2.0F;
    EXPECT_FLOAT_EQ(wrapped_height(font, "skin care skin care skin", two_words), 3.0F * line);
    const float narrow = wrapped_height(font, "Supercalifragilistic", 10.0F);  // wider than the line
    EXPECT_GE(narrow, line);
    EXPECT_LE(narrow, 20.0F * line);
}

}  // namespace
}  // namespace kiosk::ui
