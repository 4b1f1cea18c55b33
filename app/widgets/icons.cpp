#include "widgets/icons.hpp"

#include <cmath>
#include <numbers>

namespace kiosk::ui::icons {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

ImVec2 at(ImVec2 c, float x, float y) { return {c.x + x, c.y + y}; }

// An ellipse outline (ImGui 1.86 has no AddEllipse).
void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 color, float stroke) {
    constexpr int kSegments = 32;
    for (int i = 0; i < kSegments; ++i) {
        const float a = 2.0F * kPi * static_cast<float>(i) / kSegments;
        dl->PathLineTo(at(c, rx * std::cos(a), ry * std::sin(a)));
    }
    dl->PathStroke(color, ImDrawFlags_Closed, stroke);
}

}  // namespace

void arrow_right(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float h = size * 0.5F;
    const float head = size * 0.38F;
    dl->AddLine(at(c, -h, 0), at(c, h - stroke * 0.3F, 0), color, stroke);
    dl->PathLineTo(at(c, h - head, -head));
    dl->PathLineTo(at(c, h, 0));
    dl->PathLineTo(at(c, h - head, head));
    dl->PathStroke(color, ImDrawFlags_None, stroke);
}

void check(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float s = size * 0.5F;
    dl->PathLineTo(at(c, -s * 0.85F, s * 0.02F));
    dl->PathLineTo(at(c, -s * 0.28F, s * 0.58F));
    dl->PathLineTo(at(c, s * 0.85F, -s * 0.55F));
    dl->PathStroke(color, ImDrawFlags_None, stroke);
}

void globe(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float r = size * 0.5F - stroke * 0.5F;
    dl->AddCircle(c, r, color, 0, stroke);
    ellipse(dl, c, r * 0.45F, r, color, stroke * 0.85F);
    dl->AddLine(at(c, -r, 0), at(c, r, 0), color, stroke * 0.85F);
}

void lock(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float w = size * 0.78F;
    const float body_h = size * 0.5F;
    const float top = c.y - size * 0.5F + stroke * 0.5F;
    const float body_top = c.y + size * 0.5F - body_h;
    dl->AddRect(ImVec2(c.x - w * 0.5F, body_top), ImVec2(c.x + w * 0.5F, c.y + size * 0.5F), color, size * 0.12F,
                ImDrawFlags_None, stroke);
    const float r = w * 0.3F;
    dl->PathLineTo(ImVec2(c.x - r, body_top));
    dl->PathArcTo(ImVec2(c.x, top + r), r, kPi, 2.0F * kPi, 12);
    dl->PathLineTo(ImVec2(c.x + r, body_top));
    dl->PathStroke(color, ImDrawFlags_None, stroke);
}

void search(ImDrawList* dl, ImVec2 center, float size, ImU32 color, float stroke) {
    const float r = size * 0.32F;
    const ImVec2 c(center.x - size * 0.08F, center.y - size * 0.08F);
    dl->AddCircle(c, r, color, 24, stroke);
    dl->AddLine(ImVec2(c.x + r * 0.72F, c.y + r * 0.72F), ImVec2(center.x + size * 0.42F, center.y + size * 0.42F),
                color, stroke);
}

void cross(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float h = size * 0.5F;
    dl->AddLine(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), color, stroke);
    dl->AddLine(ImVec2(c.x - h, c.y + h), ImVec2(c.x + h, c.y - h), color, stroke);
}

void download(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float s = size * 0.5F;
    dl->AddLine(ImVec2(c.x, c.y - s), ImVec2(c.x, c.y + s * 0.5F), color, stroke);
    dl->AddLine(ImVec2(c.x - s * 0.6F, c.y - s * 0.1F), ImVec2(c.x, c.y + s * 0.5F), color, stroke);
    dl->AddLine(ImVec2(c.x + s * 0.6F, c.y - s * 0.1F), ImVec2(c.x, c.y + s * 0.5F), color, stroke);
    dl->AddLine(ImVec2(c.x - s, c.y + s), ImVec2(c.x + s, c.y + s), color, stroke);
}

void alert(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float r = size * 0.5F - stroke * 0.5F;
    dl->AddCircle(c, r, color, 0, stroke);
    dl->AddLine(at(c, 0, -r * 0.5F), at(c, 0, r * 0.12F), color, stroke);
    dl->AddCircleFilled(at(c, 0, r * 0.48F), stroke * 0.7F, color);
}

}  // namespace kiosk::ui::icons
