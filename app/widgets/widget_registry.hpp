#pragma once
// The interactive widgets drawn in the current frame, by their stable id
// (DESIGN §7: `start`, `lang=es`, `cold_sore_active=yes`, ...), with their
// screen rectangle. Widgets register themselves as they draw; the replay
// driver reads it to aim taps, and tests read it to see what is on screen.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

struct WidgetEntry {
    std::string id;
    ImVec2 min;
    ImVec2 max;
    // Where the widget can be seen: the ImGui clip rect it was drawn under
    // (a scroll region's viewport, or the window). A widget scrolled out of
    // its region is still on the screen; `tap` scrolls it into view first.
    ImVec2 clip_min{-FLT_MAX, -FLT_MAX};
    ImVec2 clip_max{FLT_MAX, FLT_MAX};

    [[nodiscard]] ImVec2 center() const { return {(min.x + max.x) * 0.5F, (min.y + max.y) * 0.5F}; }
    // True when the whole widget is inside its clip rect.
    [[nodiscard]] bool in_view() const {
        return min.x >= clip_min.x - 0.5F && min.y >= clip_min.y - 0.5F && max.x <= clip_max.x + 0.5F &&
               max.y <= clip_max.y + 0.5F;
    }
};

class WidgetRegistry {
public:
    // Called at the start of every frame: only this frame's widgets count.
    void clear() { m_entries.clear(); }
    // Records the current ImGui window's clip rect with the entry when a
    // window is being drawn.
    void add(std::string_view id, ImVec2 min, ImVec2 max);

    [[nodiscard]] const WidgetEntry* find(std::string_view id) const;
    [[nodiscard]] const std::vector<WidgetEntry>& entries() const { return m_entries; }
    [[nodiscard]] std::vector<std::string> ids() const;  // in drawing order
    [[nodiscard]] std::string ids_joined() const;        // "start, lang=en, lang=es"

private:
    std::vector<WidgetEntry> m_entries;
};

}  // namespace kiosk::ui
