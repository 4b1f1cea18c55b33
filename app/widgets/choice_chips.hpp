#pragma once
// Choice chips for single and multiple choice items (00-style.png): 48 px
// pills that flow onto as many rows as they need. A chosen chip is Teal with
// white text and a check; a problem gives every chip an Error border.
// Ids: `<item>=<option>` (DESIGN §7: `treatment_areas=face`).
#include <optional>
#include <span>
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct ChipOption {
    std::string_view id;
    std::string_view label;
    bool selected = false;
};

struct ChipsView {
    std::string_view item_id;
    std::span<const ChipOption> options;
    bool error = false;
};

// Height the chips take at `width` (no drawing).
[[nodiscard]] float choice_chips_height(const UiContext& ui, const ChipsView& view, float width);

// Draws from `pos` (top-left) within `width`. Returns the index of the
// option tapped this frame, if any.
[[nodiscard]] std::optional<size_t> choice_chips(UiContext& ui, const ChipsView& view, ImVec2 pos, float width);

}  // namespace kiosk::ui
