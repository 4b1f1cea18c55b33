// The palette keeps the mockups' colours for the shipped theme and stays
// readable whatever colours a clinic picks.
#include <gtest/gtest.h>

#include "theme/palette.hpp"

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
    EXPECT_GE(contrast_ratio(p.primary, p.primary_tint), 4.5);  // selected pill text on its tint
    EXPECT_GE(contrast_ratio(p.line_strong, p.background), 3.0);  // borders read as borders
}

}  // namespace
}  // namespace kiosk::ui
