#include "screens/frame_guard.hpp"

#include <cxxabi.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <typeinfo>

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

// ImGui's recovery reports each thing it closed; the shell's log line says enough.
void quiet(void*, const char*, ...) {}

}  // namespace

FrameMark mark_frame(const ImDrawList* dl) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return {g.CurrentWindowStack.Size, g.FontStack.Size, dl->_ClipRectStack.Size};
}

void recover_frame(const FrameMark& mark, ImDrawList* dl) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    while (g.CurrentWindowStack.Size > mark.windows) {
        ImGui::ErrorCheckEndWindowRecover(quiet, nullptr);
        if ((g.CurrentWindow->Flags & ImGuiWindowFlags_ChildWindow) != 0) ImGui::EndChild();
        else ImGui::End();
    }
    ImGui::ErrorCheckEndWindowRecover(quiet, nullptr);  // the shell's own window
    while (g.FontStack.Size > mark.fonts) ImGui::PopFont();
    while (dl->_ClipRectStack.Size > mark.clip_rects) dl->PopClipRect();
}

std::string exception_kind(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        const char* mangled = typeid(e).name();
        int status = 0;
        const std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(mangled, nullptr, nullptr, &status),
                                                          std::free);
        return status == 0 && name ? name.get() : mangled;
    } catch (...) {
        return "an unknown exception";
    }
}

void log_screen_failure(std::string_view screen, const std::exception_ptr& error) {
    std::cerr << "intake-kiosk: the " << screen << " screen failed (" << exception_kind(error)
              << "); showing the maintenance screen, the answers are kept\n";
}

}  // namespace kiosk::ui
