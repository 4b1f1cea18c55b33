#pragma once
// Line icons drawn with ImDrawList strokes (no images): the mockups use
// 2.5-3 px strokes at scale 1. `size` is the icon's box edge in px; every
// icon is centred on `center`.
#include <imgui.h>

namespace kiosk::ui::icons {

void arrow_right(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
void check(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
void globe(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
void lock(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
// A magnifier (search fields).
void search(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
// An x (clear, close).
void cross(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
// An arrow down onto a line (export, download).
void download(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);
// A circled "!" for calm warnings (maintenance screen, field errors).
void alert(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke);

}  // namespace kiosk::ui::icons
