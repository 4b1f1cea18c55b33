#pragma once
// What every widget and screen draws with: the theme, the frame's widget
// registry and the draw list of the kiosk's fullscreen window.
#include <imgui.h>

#include "theme/ui_theme.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::ui {

struct UiContext {
    const UiTheme& theme;
    WidgetRegistry& registry;
    ImDrawList* draw;
    ImVec2 origin;  // top-left of the screen area
    ImVec2 size;    // its size in framebuffer px

    [[nodiscard]] float px(float mockup_px) const { return theme.px(mockup_px); }
    [[nodiscard]] const Palette& colors() const { return theme.palette; }
};

}  // namespace kiosk::ui
