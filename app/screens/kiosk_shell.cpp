#include "screens/kiosk_shell.hpp"

#include <utility>

#include <imgui.h>

namespace kiosk::ui {

namespace {

constexpr ImGuiWindowFlags kScreenWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                           ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse |
                                           ImGuiWindowFlags_NoBackground;

}  // namespace

KioskShell::KioskShell(const kiosk::KioskConfig& config, std::string_view lang) : m_config(&config) {
    const bool offered = !lang.empty() && config.offers(lang);
    const std::string first = config.clinic.languages.empty() ? "en" : config.clinic.languages.front().code;
    set_language(offered ? lang : std::string_view(first));
}

KioskShell::KioskShell(MaintenanceView maintenance)
    : m_screen(ScreenId::Maintenance), m_lang(maintenance.lang), m_maintenance(std::move(maintenance)) {}

void KioskShell::set_language(std::string_view lang) {
    m_lang = std::string(lang);
    if (m_config != nullptr) m_attract = make_attract_view(*m_config, m_lang);
    m_maintenance.lang = m_lang;
}

ShellEvent KioskShell::draw(const UiTheme& theme) {
    m_widgets.clear();
    m_needs_redraw = false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("##kiosk", nullptr, kScreenWindow);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y),
                      theme.palette.background);
    UiContext ui{theme, m_widgets, dl, viewport->Pos, viewport->Size};

    ShellEvent event = ShellEvent::None;
    switch (m_screen) {
        case ScreenId::Attract: {
            const AttractIntent intent = draw_attract(ui, m_attract);
            if (intent.kind == AttractIntent::Kind::ChooseLanguage && intent.lang != m_lang &&
                m_config->offers(intent.lang)) {
                set_language(intent.lang);
                event = ShellEvent::LanguageChanged;
            } else if (intent.kind == AttractIntent::Kind::Start) {
                // The intake flow (about, questions, consent) arrives with the
                // session state machine; until then start is a real button only.
                event = ShellEvent::StartTapped;
            }
            break;
        }
        case ScreenId::Maintenance:
        default: draw_maintenance(ui, m_maintenance); break;
    }
    ImGui::End();
    m_needs_redraw = event != ShellEvent::None;
    return event;
}

}  // namespace kiosk::ui
