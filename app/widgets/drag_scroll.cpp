#include "widgets/drag_scroll.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/scroll_region.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kBarWidth = 6.0F;
constexpr float kBarInset = 12.0F;
constexpr float kMinGrab = 40.0F;
constexpr float kWheelStep = 80.0F;
constexpr float kFadeBand = 20.0F;

}  // namespace

float DragScroll::limit() const { return std::max(0.0F, m_content - view_height()); }

void DragScroll::begin(UiContext& ui, ImVec2 min, ImVec2 max, std::optional<float> content_height) {
    m_min = min;
    m_max = max;
    if (content_height) m_content = *content_height;
    m_dragging = false;
    const ImGuiIO& io = ImGui::GetIO();
    const bool clicked_now = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    if (claim_pointer(ui, m_id, min, max)) {
        if (clicked_now) m_start_offset = m_offset;
        // STYLE.md: once a press has moved past the drag threshold it scrolls,
        // following the finger from where it went down.
        if (io.MouseDown[0] && pointer_dragged()) {
            m_offset = m_start_offset - (io.MousePos.y - io.MouseClickedPos[0].y);
            m_dragging = true;
        }
    }
    const ImVec2 p = io.MousePos;
    if (io.MouseWheel != 0.0F && p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y)
        m_offset -= io.MouseWheel * ui.px(kWheelStep);
    m_offset = std::round(std::clamp(m_offset, 0.0F, limit()));
    ImGui::PushClipRect(min, max, true);
    m_open = true;
}

void DragScroll::end(UiContext& ui, float content_height) {
    if (!m_open) return;
    m_open = false;
    ImGui::PopClipRect();
    m_content = content_height;
    m_offset = std::clamp(m_offset, 0.0F, limit());
    const float view = view_height();
    if (content_height <= view + 0.5F) return;

    const Palette& c = ui.colors();
    // A fade (two flat bands of the page colour) where more content waits.
    const ImU32 soft = (c.background & ~IM_COL32_A_MASK) | (static_cast<ImU32>(153) << IM_COL32_A_SHIFT);
    const float band = ui.px(kFadeBand);
    if (m_offset > 0.5F) {
        ui.draw->AddRectFilled(m_min, ImVec2(m_max.x, m_min.y + band * 0.5F), c.background);
        ui.draw->AddRectFilled(ImVec2(m_min.x, m_min.y + band * 0.5F), ImVec2(m_max.x, m_min.y + band), soft);
    }
    if (m_offset < limit() - 0.5F) {
        ui.draw->AddRectFilled(ImVec2(m_min.x, m_max.y - band), ImVec2(m_max.x, m_max.y - band * 0.5F), soft);
        ui.draw->AddRectFilled(ImVec2(m_min.x, m_max.y - band * 0.5F), m_max, c.background);
    }
    const float w = ui.px(kBarWidth);
    const float x1 = m_max.x - ui.px(kBarInset);
    const float inset = ui.px(kBarInset);
    const float track = std::max(w, view - 2.0F * inset);
    const float grab = std::clamp(track * view / content_height, ui.px(kMinGrab), track);
    const float y = m_min.y + inset + (track - grab) * std::clamp(m_offset / limit(), 0.0F, 1.0F);
    ui.draw->AddRectFilled(ImVec2(x1 - w, y), ImVec2(x1, y + grab), c.line_strong, w * 0.5F);
}

void DragScroll::reveal(float top, float bottom, float margin) { reveal_in(view_height(), top, bottom, margin); }

void DragScroll::reveal_in(float view, float top, float bottom, float margin) {
    float offset = m_offset;
    if (bottom + margin - offset > view) offset = bottom + margin - view;
    if (top - margin < offset) offset = top - margin;
    m_offset = std::max(0.0F, offset);
}

void DragScroll::reset() {
    m_offset = 0;
    m_start_offset = 0;
    m_content = 0;
    m_dragging = false;
}

}  // namespace kiosk::ui
