#pragma once
// The kiosk's colours: the mockups' palette (shared/mockups/README.md), with
// the clinic's primary, background and accent applied, and a high-contrast
// variant. Colours are ImGui's packed ImU32 (IM_COL32 order).
#include <cstdint>

#include <imgui.h>

#include "questionnaire/model.hpp"

namespace kiosk::ui {

struct Palette {
    ImU32 background;   // Linen
    ImU32 paper;        // cards, fields, unselected pills
    ImU32 sand;         // sunken areas, pressed secondary, long-press corner
    ImU32 line;         // dividers
    ImU32 line_strong;  // secondary button and pill borders
    ImU32 outline;      // field and checkbox borders
    ImU32 shadow;       // the flat rect under cards
    ImU32 ink;          // text
    ImU32 ink2;         // secondary text
    ImU32 ink3;         // hints
    ImU32 primary;      // Teal
    ImU32 primary_pressed;
    ImU32 primary_tint;  // selected background, focus ring
    ImU32 on_primary;    // text on the primary fill
    ImU32 accent;        // Blush: decoration only
    ImU32 accent_soft;   // Blush soft
    ImU32 error;
    ImU32 error_tint;
    ImU32 disabled_fill;
    ImU32 disabled_text;
    ImU32 scrim;
};

// `rgb` is 0xRRGGBB as in clinic.yaml.
[[nodiscard]] ImU32 color_from_rgb(std::uint32_t rgb, std::uint8_t alpha = 255);

// WCAG 2 contrast ratio between two opaque colours (1 to 21).
[[nodiscard]] double contrast_ratio(ImU32 a, ImU32 b);

// The palette for a clinic's theme. The primary is darkened when needed so
// white text on it stays readable (4.5:1, or 7:1 in high contrast).
[[nodiscard]] Palette make_palette(const kiosk::Theme& theme);

}  // namespace kiosk::ui
