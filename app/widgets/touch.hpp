#pragma once
// Touch semantics on top of ImGui's button behaviour: a tap is a press and a
// release on the same target with the pointer moving less than the drag
// threshold in between; anything that moved further is a drag (it scrolls,
// and never also presses a button).
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct TouchState {
    bool tapped = false;   // released this frame: act on it
    bool pressed = false;  // finger down on it and not dragging: draw pressed
};

// Registers `id` with its rectangle and runs the touch logic for it. Must be
// called inside the kiosk window, once per frame per id.
[[nodiscard]] TouchState touch_target(UiContext& ui, std::string_view id, ImVec2 min, ImVec2 max);

// True when the current (or just-ended) press has moved beyond the drag
// threshold since it started.
[[nodiscard]] bool pointer_dragged();

}  // namespace kiosk::ui
