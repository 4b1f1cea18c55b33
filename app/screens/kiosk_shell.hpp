#pragma once
// The app shell: which screen is showing, in which language, and what the
// screens' intents do. It draws the current screen into one fullscreen,
// undecorated ImGui window. No GLFW or GL here, so tests drive it headless.
#include <string>
#include <string_view>

#include "questionnaire/model.hpp"
#include "screens/attract.hpp"
#include "screens/maintenance.hpp"
#include "screens/screen_id.hpp"
#include "theme/ui_theme.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::ui {

enum class ShellEvent { None, StartTapped, LanguageChanged };

class KioskShell {
public:
    // A valid config: starts on the attract screen in `lang`, or the clinic's
    // first language when `lang` is empty or not offered. `config` must
    // outlive the shell.
    KioskShell(const kiosk::KioskConfig& config, std::string_view lang);
    // An invalid config: the maintenance screen, for good.
    explicit KioskShell(MaintenanceView maintenance);

    // Call between ImGui::NewFrame() and ImGui::Render().
    ShellEvent draw(const UiTheme& theme);

    [[nodiscard]] ScreenId screen() const { return m_screen; }
    [[nodiscard]] std::string_view screen_name() const { return ui::screen_name(m_screen); }
    [[nodiscard]] const std::string& language() const { return m_lang; }
    [[nodiscard]] const WidgetRegistry& widgets() const { return m_widgets; }
    [[nodiscard]] const AttractView& attract_view() const { return m_attract; }
    // True after a frame that changed what is shown: draw one more.
    [[nodiscard]] bool needs_redraw() const { return m_needs_redraw; }

private:
    void set_language(std::string_view lang);

    const kiosk::KioskConfig* m_config = nullptr;
    ScreenId m_screen = ScreenId::Attract;
    std::string m_lang;
    AttractView m_attract;
    MaintenanceView m_maintenance;
    WidgetRegistry m_widgets;
    bool m_needs_redraw = false;
};

}  // namespace kiosk::ui
