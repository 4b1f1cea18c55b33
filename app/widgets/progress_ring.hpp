#pragma once
// A countdown ring (05-idle.png): a Sand track and, over it, a Teal arc of
// the time left, starting at 12 o'clock and running clockwise, with round ends.
#include <imgui.h>

namespace kiosk::ui {

struct ProgressRing {
    ImVec2 center;
    float diameter = 168.0F;  // outer edge to outer edge, in px
    float thickness = 12.0F;
    float fraction = 1.0F;  // 0..1: the arc's share of the full circle
    ImU32 track = 0;
    ImU32 arc = 0;
};

void draw_progress_ring(ImDrawList* dl, const ProgressRing& ring);

}  // namespace kiosk::ui
