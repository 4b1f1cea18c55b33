#include "widgets/widget_registry.hpp"

#include <algorithm>
#include <utility>

#include <imgui_internal.h>

namespace kiosk::ui {

void WidgetRegistry::add(std::string_view id, ImVec2 min, ImVec2 max) {
    // An id is drawn once per frame; a second registration (a screen drawing
    // the same widget twice) keeps the first so taps stay deterministic.
    IM_ASSERT(find(id) == nullptr && "widget id registered twice in one frame");
    if (find(id) != nullptr) return;
    WidgetEntry entry{std::string(id), min, max};
    if (const ImGuiContext* g = ImGui::GetCurrentContext(); g != nullptr && g->CurrentWindow != nullptr) {
        entry.clip_min = g->CurrentWindow->ClipRect.Min;
        entry.clip_max = g->CurrentWindow->ClipRect.Max;
    }
    m_entries.push_back(std::move(entry));
}

const WidgetEntry* WidgetRegistry::find(std::string_view id) const {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const WidgetEntry& e) { return e.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

std::vector<std::string> WidgetRegistry::ids() const {
    std::vector<std::string> out;
    out.reserve(m_entries.size());
    for (const WidgetEntry& e : m_entries) out.push_back(e.id);
    return out;
}

std::string WidgetRegistry::ids_joined() const {
    std::string out;
    for (const WidgetEntry& e : m_entries) {
        if (!out.empty()) out += ", ";
        out += e.id;
    }
    return out.empty() ? "(none)" : out;
}

}  // namespace kiosk::ui
