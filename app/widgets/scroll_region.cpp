#include "widgets/scroll_region.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>

#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kBarWidth = 8.0F;
constexpr float kBarInset = 16.0F;
constexpr float kMinGrab = 40.0F;

ImGuiID hash_id(std::string_view id) { return ImHashStr(id.data(), id.size(), 0); }

bool current_press_is(const PointerOwner& o, ImGuiID id) {
    return o.owner == id && o.click_time == ImGui::GetIO().MouseClickedTime[0];
}

}  // namespace

bool claim_pointer(UiContext& ui, std::string_view id, ImVec2 min, ImVec2 max) {
    const ImGuiIO& io = ImGui::GetIO();
    PointerOwner& o = ui.pointer;
    const ImGuiID h = hash_id(id);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const ImVec2 p = io.MouseClickedPos[0];
        const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
        if (p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y && clip.Contains(p)) {
            o.owner = h;
            o.click_time = io.MouseClickedTime[0];
        }
    }
    return current_press_is(o, h);
}

bool owns_pointer(const UiContext& ui, std::string_view id) { return current_press_is(ui.pointer, hash_id(id)); }

ScrollRegion::ScrollRegion(UiContext& ui, std::string_view id, ScrollPosition& pos, ImVec2 min, ImVec2 max)
    : m_ui(ui), m_pos(pos), m_min(min), m_max(max) {
    m_offset = pos.offset;
    const float content = pos.content;
    const float view = max.y - min.y;
    const float limit = std::max(0.0F, content - view);

    const bool clicked_now = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    if (claim_pointer(ui, id, min, max)) {
        const ImGuiIO& io = ImGui::GetIO();
        if (clicked_now) pos.start_offset = m_offset;
        if (io.MouseDown[0] && pointer_dragged()) {
            m_offset = pos.start_offset - (io.MousePos.y - io.MouseClickedPos[0].y);
            m_dragging = true;
        }
    }
    m_offset = std::round(std::clamp(m_offset, 0.0F, limit));
    pos.offset = m_offset;
    // Unknown until the first end(): never "at the end" before the content was measured.
    m_at_end = content >= 0.0F && m_offset >= limit - 1.0F;
    ImGui::PushClipRect(min, max, true);
}

ScrollRegion::~ScrollRegion() {
    if (!m_ended) ImGui::PopClipRect();
}

void ScrollRegion::end(float content_height, bool scrollbar) {
    if (m_ended) return;
    m_ended = true;
    ImGui::PopClipRect();
    m_pos.content = content_height;
    const float view = m_max.y - m_min.y;
    const float limit = std::max(0.0F, content_height - view);
    if (m_offset > limit) m_pos.offset = limit;
    if (!scrollbar || content_height <= view + 0.5F) return;

    const Palette& c = m_ui.colors();
    const float w = m_ui.px(kBarWidth);
    const float inset = m_ui.px(kBarInset);
    const float x1 = m_max.x - m_ui.px(12.0F);
    const float x0 = x1 - w;
    const float top = m_min.y + inset;
    const float track = std::max(w, m_max.y - m_min.y - 2.0F * inset);
    const float grab = std::clamp(track * view / content_height, m_ui.px(kMinGrab), track);
    const float y = top + (track - grab) * std::clamp(m_offset / limit, 0.0F, 1.0F);
    m_ui.draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, top + track), c.sand, w * 0.5F);
    m_ui.draw->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + grab), c.outline, w * 0.5F);
}

void ScrollRegion::reveal(float top, float bottom) {
    const float view = m_max.y - m_min.y;
    float offset = m_offset;
    if (bottom - offset > view) offset = bottom - view;
    if (top < offset) offset = top;
    m_pos.offset = std::max(0.0F, offset);
}

void ScrollRegion::scroll_by(float dy) { m_pos.offset = std::max(0.0F, m_offset + dy); }

}  // namespace kiosk::ui
