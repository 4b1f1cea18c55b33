#pragma once
// The consent PDF's page geometry, palette and type scale: the kiosk's visual
// direction (shared/mockups/README.md) set for print. Units are PDF points
// (1/72 inch). Pages are white rather than Linen so a printout wastes no ink.
#include <cstdint>

#include "questionnaire/model.hpp"

namespace kiosk::exporting::pdf {

struct Rgb {
    double r = 0;
    double g = 0;
    double b = 0;
};

[[nodiscard]] constexpr Rgb hex(std::uint32_t v) {
    return {static_cast<double>((v >> 16) & 0xFFU) / 255.0, static_cast<double>((v >> 8) & 0xFFU) / 255.0,
            static_cast<double>(v & 0xFFU) / 255.0};
}

// A4.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.890;
inline constexpr double kMarginX = 56;
inline constexpr double kMarginTop = 54;
inline constexpr double kContentWidth = kPageWidth - 2 * kMarginX;
inline constexpr double kBodyBottom = kPageHeight - 84;  // the footer lives below
inline constexpr double kFooterRule = kPageHeight - 60;

// Palette.
inline constexpr Rgb kPaper = hex(0xFFFDF9);
inline constexpr Rgb kSand = hex(0xEEE6DC);
inline constexpr Rgb kLine = hex(0xE2D8CC);
inline constexpr Rgb kLineStrong = hex(0xCDBFB0);
inline constexpr Rgb kOutline = hex(0x8E8378);
inline constexpr Rgb kInk = hex(0x2A2420);
inline constexpr Rgb kInk2 = hex(0x625850);
inline constexpr Rgb kInk3 = hex(0x756A61);
inline constexpr Rgb kTeal = hex(0x1F5C58);
inline constexpr Rgb kTealTint = hex(0xDCEBE6);
inline constexpr Rgb kWhite = hex(0xFFFFFF);

// Severity badges: text, fill, dot.
struct BadgeColors {
    Rgb text;
    Rgb fill;
    Rgb dot;
};

[[nodiscard]] constexpr BadgeColors badge_colors(Severity s) {
    switch (s) {
        case Severity::Clear: return {hex(0x1E6B41), hex(0xDFF0E4), hex(0x2E8A55)};
        case Severity::Review: return {hex(0x7A5200), hex(0xFBEFD3), hex(0xC28A1A)};
        case Severity::Clearance: return {hex(0x24508F), hex(0xE1EAF7), hex(0x3F6FB8)};
        case Severity::Defer: return {hex(0x933F12), hex(0xFCE2D2), hex(0xD06A2E)};
        case Severity::Decline: return {hex(0x902525), hex(0xF8DCDB), hex(0xC23B3A)};
    }
    return {kInk, kSand, kOutline};
}

// Type scale: Inter Regular 400 and SemiBold 600 only.
enum class Weight { Regular, SemiBold };

struct TextStyle {
    double size = 10;
    Weight weight = Weight::Regular;
    Rgb color = kInk;
    double line_spacing = 0;    // a factor of the font size; 0: Inter's own
    double letter_spacing = 0;  // points
};

inline constexpr TextStyle kEyebrow{8.5, Weight::SemiBold, kTeal, 0, 1.2};  // clinic name, uppercase
inline constexpr TextStyle kDocTitle{11, Weight::Regular, kInk2};
inline constexpr TextStyle kName{22, Weight::SemiBold, kInk};
inline constexpr TextStyle kSection{13, Weight::SemiBold, kTeal};
inline constexpr TextStyle kSubhead{10.5, Weight::SemiBold, kInk};
inline constexpr TextStyle kFindingTitle{11.5, Weight::SemiBold, kInk};
inline constexpr TextStyle kBody{9.5, Weight::Regular, kInk, 1.4};
inline constexpr TextStyle kBodyStrong{9.5, Weight::SemiBold, kInk, 1.4};
inline constexpr TextStyle kBodySecondary{9.5, Weight::Regular, kInk2, 1.4};
inline constexpr TextStyle kQuestion{9, Weight::Regular, kInk2, 1.35};
inline constexpr TextStyle kAnswer{9.5, Weight::SemiBold, kInk, 1.35};
inline constexpr TextStyle kUnanswered{9, Weight::Regular, kInk3, 1.35};
inline constexpr TextStyle kLabel{7.5, Weight::SemiBold, kInk3, 0, 0.6};  // uppercase field labels
inline constexpr TextStyle kValue{9.5, Weight::Regular, kInk, 1.3};
inline constexpr TextStyle kMeta{8, Weight::Regular, kInk3, 1.3};
inline constexpr TextStyle kBadge{8, Weight::SemiBold, kInk};
inline constexpr TextStyle kFooter{7.5, Weight::Regular, kInk2, 1.3};
inline constexpr TextStyle kFooterStrong{7.5, Weight::SemiBold, kInk2, 1.3};

}  // namespace kiosk::exporting::pdf
