#pragma once
// The reason a field's answer is not accepted, drawn beside the field
// (00-style.png, 02-question.png): a circled "!" and Body text in Error ink,
// wrapped. Shown only after Next was refused (the session decides).
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// Height of the message at `width` (no drawing).
[[nodiscard]] float inline_error_height(const UiContext& ui, std::string_view message, float width);

// Draws from `pos` (top-left); returns the height used.
float draw_inline_error(UiContext& ui, std::string_view message, ImVec2 pos, float width);

}  // namespace kiosk::ui
