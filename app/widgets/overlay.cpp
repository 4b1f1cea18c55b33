#include "widgets/overlay.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

constexpr ImGuiWindowFlags kOverlayWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                            ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground |
                                            ImGuiWindowFlags_NoFocusOnAppearing;

// Opens the window first, so the draw list handed to the context is its own.
ImDrawList* begin_window(const UiContext& page_ui, const char* name) {
    ImGui::SetNextWindowPos(page_ui.origin);
    ImGui::SetNextWindowSize(page_ui.size);
    ImGui::Begin(name, nullptr, kOverlayWindow);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    page_ui.registry.clear();
    return ImGui::GetWindowDrawList();
}

}  // namespace

Overlay::Overlay(UiContext& page_ui, const char* name)
    : m_ui{page_ui.theme, page_ui.registry, begin_window(page_ui, name), page_ui.origin, page_ui.size,
           page_ui.pointer} {}

Overlay::~Overlay() { ImGui::End(); }

}  // namespace kiosk::ui
