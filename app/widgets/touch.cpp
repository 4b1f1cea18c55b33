#include "widgets/touch.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

bool pointer_dragged() {
    const ImGuiIO& io = ImGui::GetIO();
    const float limit = io.MouseDragThreshold * io.MouseDragThreshold;
    // MouseDragMaxDistanceSqr covers every frame the finger was down; the
    // release frame's own position is checked too, since a finger can move
    // and lift between two frames.
    const float dx = io.MousePos.x - io.MouseClickedPos[0].x;
    const float dy = io.MousePos.y - io.MouseClickedPos[0].y;
    const bool pos_valid = ImGui::IsMousePosValid(&io.MousePos);
    return io.MouseDragMaxDistanceSqr[0] > limit || (pos_valid && dx * dx + dy * dy > limit);
}

TouchState touch_target(UiContext& ui, std::string_view id, ImVec2 min, ImVec2 max) {
    ui.registry.add(id, min, max);
    const ImGuiID gid = ImGui::GetID(id.data(), id.data() + id.size());
    const ImRect rect(min, max);
    if (!ImGui::ItemAdd(rect, gid)) return {};

    bool hovered = false;
    bool held = false;
    const bool released_on = ImGui::ButtonBehavior(rect, gid, &hovered, &held, ImGuiButtonFlags_None);
    const bool dragged = (released_on || held) && pointer_dragged();
    return {.tapped = released_on && !dragged, .pressed = held && hovered && !dragged};
}

}  // namespace kiosk::ui
