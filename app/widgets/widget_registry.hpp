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

    [[nodiscard]] ImVec2 center() const { return {(min.x + max.x) * 0.5F, (min.y + max.y) * 0.5F}; }
};

class WidgetRegistry {
public:
    // Called at the start of every frame: only this frame's widgets count.
    void clear() { m_entries.clear(); }
    void add(std::string_view id, ImVec2 min, ImVec2 max);

    [[nodiscard]] const WidgetEntry* find(std::string_view id) const;
    [[nodiscard]] const std::vector<WidgetEntry>& entries() const { return m_entries; }
    [[nodiscard]] std::vector<std::string> ids() const;  // in drawing order
    [[nodiscard]] std::string ids_joined() const;        // "start, lang=en, lang=es"

private:
    std::vector<WidgetEntry> m_entries;
};

}  // namespace kiosk::ui
