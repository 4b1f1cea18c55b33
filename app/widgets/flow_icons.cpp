#include "widgets/flow_icons.hpp"

namespace kiosk::ui::icons {

namespace {

ImVec2 at(ImVec2 c, float x, float y) { return {c.x + x, c.y + y}; }

}  // namespace

void chevron_left(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float h = size * 0.5F;
    dl->PathLineTo(at(c, h * 0.45F, -h));
    dl->PathLineTo(at(c, -h * 0.45F, 0));
    dl->PathLineTo(at(c, h * 0.45F, h));
    dl->PathStroke(color, ImDrawFlags_None, stroke);
}

void chevron_right(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float h = size * 0.5F;
    dl->PathLineTo(at(c, -h * 0.45F, -h));
    dl->PathLineTo(at(c, h * 0.45F, 0));
    dl->PathLineTo(at(c, -h * 0.45F, h));
    dl->PathStroke(color, ImDrawFlags_None, stroke);
}

void info(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float r = size * 0.5F - stroke * 0.5F;
    dl->AddCircle(c, r, color, 0, stroke);
    dl->AddLine(at(c, 0, -r * 0.08F), at(c, 0, r * 0.5F), color, stroke);
    dl->AddCircleFilled(at(c, 0, -r * 0.45F), stroke * 0.7F, color);
}

void backspace(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    // A tag pointing left with an x inside.
    const float w = size * 0.5F;
    const float h = size * 0.34F;
    const float tip = size * 0.24F;
    dl->PathLineTo(at(c, -w, 0));
    dl->PathLineTo(at(c, -w + tip, -h));
    dl->PathLineTo(at(c, w, -h));
    dl->PathLineTo(at(c, w, h));
    dl->PathLineTo(at(c, -w + tip, h));
    dl->PathStroke(color, ImDrawFlags_Closed, stroke);
    const float x0 = c.x + tip * 0.5F;
    const float k = h * 0.42F;
    dl->AddLine(ImVec2(x0 - k, c.y - k), ImVec2(x0 + k, c.y + k), color, stroke);
    dl->AddLine(ImVec2(x0 - k, c.y + k), ImVec2(x0 + k, c.y - k), color, stroke);
}

void shift(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke, bool filled) {
    // An arrow pointing up: a triangle head on a short stem.
    const float h = size * 0.5F;
    const float stem = size * 0.2F;
    const ImVec2 pts[7] = {at(c, 0, -h),        at(c, h, 0),          at(c, stem, 0),     at(c, stem, h * 0.9F),
                           at(c, -stem, h * 0.9F), at(c, -stem, 0), at(c, -h, 0)};
    if (filled) {
        dl->AddTriangleFilled(pts[0], pts[1], pts[6], color);
        dl->AddRectFilled(at(c, -stem, 0), at(c, stem, h * 0.9F), color);
    }
    dl->AddPolyline(pts, 7, color, ImDrawFlags_Closed, stroke);
}

}  // namespace kiosk::ui::icons
