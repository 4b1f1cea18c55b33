#include "theme/palette.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {

// The shipped look, tuned by hand in the mockups; used as is when the clinic
// keeps the default primary and accent.
constexpr std::uint32_t kTeal = 0x1F5C58;
constexpr std::uint32_t kTealPressed = 0x163F3C;
constexpr std::uint32_t kTealTint = 0xDCEBE6;
constexpr std::uint32_t kBlush = 0xE7CBB9;
constexpr std::uint32_t kBlushSoft = 0xF1DFD3;

struct Rgb {
    double r = 0, g = 0, b = 0;  // 0..255
};

Rgb unpack(std::uint32_t rgb) {
    return {static_cast<double>((rgb >> 16) & 0xFFU), static_cast<double>((rgb >> 8) & 0xFFU),
            static_cast<double>(rgb & 0xFFU)};
}

std::uint32_t pack(Rgb c) {
    auto channel = [](double v) { return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0, 255.0))); };
    return (channel(c.r) << 16) | (channel(c.g) << 8) | channel(c.b);
}

// t = 0 gives a, t = 1 gives b.
std::uint32_t mix(std::uint32_t a, std::uint32_t b, double t) {
    const Rgb x = unpack(a);
    const Rgb y = unpack(b);
    return pack({x.r + (y.r - x.r) * t, x.g + (y.g - x.g) * t, x.b + (y.b - x.b) * t});
}

double luminance(std::uint32_t rgb) {
    auto linear = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const Rgb c = unpack(rgb);
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_rgb(std::uint32_t a, std::uint32_t b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Darkens `rgb` towards black until `against` reaches `ratio` on it.
std::uint32_t darken_for_contrast(std::uint32_t rgb, std::uint32_t against, double ratio) {
    std::uint32_t out = rgb;
    for (int step = 1; step <= 20 && contrast_rgb(out, against) < ratio; ++step) out = mix(rgb, 0x000000, 0.05 * step);
    return out;
}

std::uint32_t rgb_of(ImU32 c) {
    return (((c >> IM_COL32_R_SHIFT) & 0xFFU) << 16) | (((c >> IM_COL32_G_SHIFT) & 0xFFU) << 8) |
           ((c >> IM_COL32_B_SHIFT) & 0xFFU);
}

Palette regular(const kiosk::Theme& theme) {
    const std::uint32_t primary = darken_for_contrast(theme.primary, 0xFFFFFF, 4.5);
    const bool stock_primary = primary == kTeal;
    const bool stock_accent = theme.accent == kBlush;
    return Palette{
        .background = color_from_rgb(theme.background),
        .paper = color_from_rgb(0xFFFDF9),
        .sand = color_from_rgb(0xEEE6DC),
        .line = color_from_rgb(0xE2D8CC),
        .line_strong = color_from_rgb(0xCDBFB0),
        .outline = color_from_rgb(0x8E8378),
        .shadow = color_from_rgb(0xE7DED3),
        .ink = color_from_rgb(0x2A2420),
        .ink2 = color_from_rgb(0x625850),
        .ink3 = color_from_rgb(0x756A61),
        .primary = color_from_rgb(primary),
        .primary_pressed = color_from_rgb(stock_primary ? kTealPressed : mix(primary, 0x000000, 0.3)),
        .primary_tint = color_from_rgb(stock_primary ? kTealTint : mix(primary, 0xFFFFFF, 0.85)),
        .on_primary = color_from_rgb(0xFFFFFF),
        .accent = color_from_rgb(theme.accent),
        .accent_soft = color_from_rgb(stock_accent ? kBlushSoft : mix(theme.accent, 0xFFFFFF, 0.45)),
        .error = color_from_rgb(0xA3372C),
        .error_tint = color_from_rgb(0xFBEAE6),
        .disabled_fill = color_from_rgb(0xE6DFD6),
        .disabled_text = color_from_rgb(0x8A8078),
        .scrim = color_from_rgb(0x201B18, 148),
    };
}

// Black on white, borders that read as borders, and a primary dark enough for
// 7:1. The decoration keeps the clinic's accent, only paler.
Palette high_contrast(const kiosk::Theme& theme) {
    const std::uint32_t primary = darken_for_contrast(theme.primary, 0xFFFFFF, 7.0);
    return Palette{
        .background = color_from_rgb(0xFFFFFF),
        .paper = color_from_rgb(0xFFFFFF),
        .sand = color_from_rgb(0xE8E8E8),
        .line = color_from_rgb(0x767676),
        .line_strong = color_from_rgb(0x000000),
        .outline = color_from_rgb(0x000000),
        .shadow = color_from_rgb(0x767676),
        .ink = color_from_rgb(0x000000),
        .ink2 = color_from_rgb(0x1A1A1A),
        .ink3 = color_from_rgb(0x3D3D3D),
        .primary = color_from_rgb(primary),
        .primary_pressed = color_from_rgb(mix(primary, 0x000000, 0.45)),
        .primary_tint = color_from_rgb(mix(primary, 0xFFFFFF, 0.88)),
        .on_primary = color_from_rgb(0xFFFFFF),
        .accent = color_from_rgb(mix(theme.accent, 0xFFFFFF, 0.35)),
        .accent_soft = color_from_rgb(mix(theme.accent, 0xFFFFFF, 0.65)),
        .error = color_from_rgb(0x8A2A20),
        .error_tint = color_from_rgb(0xFBEAE6),
        .disabled_fill = color_from_rgb(0xE0E0E0),
        .disabled_text = color_from_rgb(0x595959),
        .scrim = color_from_rgb(0x000000, 170),
    };
}

}  // namespace

ImU32 color_from_rgb(std::uint32_t rgb, std::uint8_t alpha) {
    return IM_COL32((rgb >> 16) & 0xFFU, (rgb >> 8) & 0xFFU, rgb & 0xFFU, alpha);
}

double contrast_ratio(ImU32 a, ImU32 b) { return contrast_rgb(rgb_of(a), rgb_of(b)); }

Palette make_palette(const kiosk::Theme& theme) { return theme.high_contrast ? high_contrast(theme) : regular(theme); }

}  // namespace kiosk::ui
