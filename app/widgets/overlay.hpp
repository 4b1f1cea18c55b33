#pragma once
// A layer above the page (the idle dialog, the text-size panel, the decision
// dialog): its own ImGui window brought to the front, so ImGui hovers nothing
// underneath, and the page's widgets dropped from the registry, so neither a
// finger nor a replay can reach them. Ends the window when it goes.
#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

class Overlay {
public:
    // `name`: a window name unique to this overlay ("##idle_overlay").
    Overlay(UiContext& page_ui, const char* name);
    ~Overlay();
    Overlay(const Overlay&) = delete;
    Overlay& operator=(const Overlay&) = delete;

    // Draws into the overlay's window.
    [[nodiscard]] UiContext& ui() { return m_ui; }

private:
    UiContext m_ui;
};

}  // namespace kiosk::ui
