#pragma once
// A headless Dear ImGui harness for UI tests: a context with no renderer,
// the real theme (Inter through FreeType), and a KioskShell driven by
// setting io.MousePos / io.MouseDown directly, one frame at a time.
#include <string_view>

#include <imgui.h>

#include "questionnaire/model.hpp"
#include "screens/kiosk_shell.hpp"
#include "theme/ui_theme.hpp"

namespace kiosk::test {

// A two-language clinic (en, es) built in code, independent of kiosk-config/.
[[nodiscard]] kiosk::KioskConfig two_language_clinic();

class HeadlessUi {
public:
    explicit HeadlessUi(const kiosk::KioskConfig& config, std::string_view lang = "",
                        ImVec2 display = ImVec2(1280, 800));
    explicit HeadlessUi(ui::MaintenanceView maintenance, ImVec2 display = ImVec2(1280, 800));
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;
    ~HeadlessUi();

    // One frame with the pointer at `pos`, pressed or not; returns the shell's event.
    ui::ShellEvent frame(ImVec2 pos, bool down);
    ui::ShellEvent frame() { return frame(m_pointer, false); }
    // Press on the centre of `id` in one frame, release in the next, then draw
    // one more frame. Returns the event of the release frame.
    ui::ShellEvent tap(std::string_view id);
    [[nodiscard]] ImVec2 center_of(std::string_view id) const;

    [[nodiscard]] ui::KioskShell& shell() { return m_shell; }
    [[nodiscard]] const ui::UiTheme& theme() const { return m_theme; }

private:
    void init(const std::vector<std::string_view>& text, const kiosk::Theme& clinic_theme);

    ImGuiContext* m_context = nullptr;
    ImVec2 m_display;
    ImVec2 m_pointer{-FLT_MAX, -FLT_MAX};
    ui::UiTheme m_theme;
    ui::KioskShell m_shell;
};

}  // namespace kiosk::test
