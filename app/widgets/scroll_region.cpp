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

// Who the current press belongs to. Not client data: an id hash, the time
// of the click it was claimed at and where the content was then.
struct PointerOwner {
    ImGuiContext* context = nullptr;
    ImGuiID owner = 0;
    double click_time = -1.0;
    float start_offset = 0;
};

PointerOwner& pointer_owner() {
    static PointerOwner owner;
    return owner;
}

ImGuiID hash_id(std::string_view id) { return ImHashStr(id.data(), id.size(), 0); }

bool current_press_is(const PointerOwner& o, ImGuiID id) {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return o.context == g && o.owner == id && o.click_time == g->IO.MouseClickedTime[0];
}

ImGuiID key(ImGuiID region, const char* what) { return ImHashStr(what, 0, region); }

}  // namespace

bool claim_pointer(std::string_view id, ImVec2 min, ImVec2 max) {
    const ImGuiIO& io = ImGui::GetIO();
    PointerOwner& o = pointer_owner();
    const ImGuiID h = hash_id(id);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        const ImVec2 p = io.MouseClickedPos[0];
        const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
        if (p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y && clip.Contains(p)) {
            o.context = ImGui::GetCurrentContext();
            o.owner = h;
            o.click_time = io.MouseClickedTime[0];
        }
    }
    return current_press_is(o, h);
}

bool owns_pointer(std::string_view id) { return current_press_is(pointer_owner(), hash_id(id)); }

ScrollRegion::ScrollRegion(UiContext& ui, std::string_view id, ImVec2 min, ImVec2 max)
    : m_ui(ui), m_id(hash_id(id)), m_min(min), m_max(max) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    m_offset = storage->GetFloat(key(m_id, "offset"), 0.0F);
    const float content = storage->GetFloat(key(m_id, "content"), -1.0F);
    const float view = max.y - min.y;
    const float limit = std::max(0.0F, content - view);

    PointerOwner& o = pointer_owner();
    const bool clicked_now = ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    if (claim_pointer(id, min, max)) {
        const ImGuiIO& io = ImGui::GetIO();
        if (clicked_now) o.start_offset = m_offset;
        if (io.MouseDown[0] && pointer_dragged()) {
            m_offset = o.start_offset - (io.MousePos.y - io.MouseClickedPos[0].y);
            m_dragging = true;
        }
    }
    m_offset = std::round(std::clamp(m_offset, 0.0F, limit));
    storage->SetFloat(key(m_id, "offset"), m_offset);
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
    ImGuiStorage* storage = ImGui::GetStateStorage();
    storage->SetFloat(key(m_id, "content"), content_height);
    const float view = m_max.y - m_min.y;
    const float limit = std::max(0.0F, content_height - view);
    if (m_offset > limit) storage->SetFloat(key(m_id, "offset"), limit);
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
    ImGui::GetStateStorage()->SetFloat(key(m_id, "offset"), std::max(0.0F, offset));
}

}  // namespace kiosk::ui

namespace kiosk::ui {

void ScrollRegion::scroll_by(float dy) {
    ImGui::GetStateStorage()->SetFloat(key(m_id, "offset"), std::max(0.0F, m_offset + dy));
}

void ScrollRegion::reset(std::string_view id) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID h = hash_id(id);
    storage->SetFloat(key(h, "offset"), 0.0F);
    storage->SetFloat(key(h, "content"), -1.0F);
}

}  // namespace kiosk::ui
