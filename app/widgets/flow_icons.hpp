#pragma once
// The intake flow's line icons, drawn like those in icons.hpp (2.5-3 px
// strokes, `size` the icon's box edge, centred on `center`): chevrons for
// Back and Next, the (i) of notes, and the keyboard's backspace and shift.
#include <imgui.h>

namespace kiosk::ui::icons {

void chevron_left(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
void chevron_right(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
void info(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
void backspace(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
// `filled`: shift is on (the arrow is filled).
void shift(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke, bool filled);

}  // namespace kiosk::ui::icons
