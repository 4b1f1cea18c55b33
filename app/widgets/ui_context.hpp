#pragma once
// What every widget and screen draws with: the theme, the frame's widget
// registry, the draw list of the kiosk's fullscreen window and who owns the
// current press.
#include <imgui.h>

#include "theme/ui_theme.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::ui {

// Who the current press belongs to (claim_pointer in scroll_region.hpp): the
// innermost scroll region or signature pad it started in. Not client data:
// an id hash and the time of the click it was claimed at. The shell owns it.
struct PointerOwner {
    ImGuiID owner = 0;
    double click_time = -1.0;
};

struct UiContext {
    const UiTheme& theme;
    WidgetRegistry& registry;
    ImDrawList* draw;
    ImVec2 origin;  // top-left of the screen area
    ImVec2 size;    // its size in framebuffer px
    PointerOwner& pointer;

    [[nodiscard]] float px(float mockup_px) const { return theme.px(mockup_px); }
    [[nodiscard]] const Palette& colors() const { return theme.palette; }
};

}  // namespace kiosk::ui
