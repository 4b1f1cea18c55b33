#pragma once
// Touch buttons in the mockups' style (00-style.png): the Teal primary
// button and the pill toggle used for languages. Each registers its id, draws
// its pressed state (darker, no shadow, content 4 px down) and returns true
// on a tap.
#include <string_view>

#include <imgui.h>

#include "theme/fonts.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct PrimaryButton {
    std::string_view id;
    std::string_view label;
    TextRole role = TextRole::Body;  // Label 24; the attract screen's XL button uses Lead 28
    bool arrow = false;              // a right arrow at the far end, label left-aligned
};

// Width that fits the label (and arrow) with the mockup's padding, at least `min_width`.
[[nodiscard]] float primary_button_width(const UiContext& ui, const PrimaryButton& b, float min_width);

// Draws in [min, max]; the 4 px shadow goes below max.y.
[[nodiscard]] bool primary_button(UiContext& ui, const PrimaryButton& b, ImVec2 min, ImVec2 max);

// A pill toggle (radius = height / 2): selected is Teal tint with a Teal
// border and a check; otherwise Paper with a strong line border.
[[nodiscard]] float pill_width(const UiContext& ui, std::string_view label, bool selected);
[[nodiscard]] bool pill_toggle(UiContext& ui, std::string_view id, std::string_view label, bool selected, ImVec2 min,
                               ImVec2 max);

}  // namespace kiosk::ui
