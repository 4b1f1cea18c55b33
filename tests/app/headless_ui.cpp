#include "headless_ui.hpp"

#include <stdexcept>

#include "theme/config_text.hpp"
#include "theme/ui_strings.hpp"

namespace kiosk::test {

kiosk::KioskConfig two_language_clinic() {
    kiosk::KioskConfig config;
    config.dir = "test";
    kiosk::Clinic& c = config.clinic;
    c.name = "Lumière Skin Studio";
    c.welcome.by_lang = {
        {"en", "Welcome. A few questions about your skin and health help us keep your treatment safe."},
        {"es", "Le damos la bienvenida. Unas preguntas sobre su piel y su salud."}};
    c.privacy_note.by_lang = {{"en", "Private: only your practitioner sees your answers."},
                              {"es", "Confidencial: solo su profesional verá sus respuestas."}};
    c.languages = {{"en", "English"}, {"es", "Español"}};
    c.questionnaire = "microneedling";
    return config;
}

HeadlessUi::HeadlessUi(const kiosk::KioskConfig& config, std::string_view lang, ImVec2 display)
    : m_display(display), m_shell(config, lang) {
    std::vector<std::string_view> text = ui::all_ui_text();
    const std::vector<std::string_view> more = ui::config_text(config);
    text.insert(text.end(), more.begin(), more.end());
    init(text, config.clinic.theme);
}

HeadlessUi::HeadlessUi(ui::MaintenanceView maintenance, ImVec2 display)
    : m_display(display), m_shell(std::move(maintenance)) {
    init(ui::all_ui_text(), kiosk::Theme{});
}

void HeadlessUi::init(const std::vector<std::string_view>& text, const kiosk::Theme& clinic_theme) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    const std::string warning = ui::init_ui_theme(m_theme, clinic_theme, 1.0F, text);
    if (!warning.empty()) throw std::runtime_error(warning);
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no renderer needed
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(m_context); }

ui::ShellEvent HeadlessUi::frame(ImVec2 pos, bool down) {
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = m_display;
    io.DeltaTime = 1.0F / 60.0F;
    io.MousePos = pos;
    io.MouseDown[0] = down;
    m_pointer = pos;
    ImGui::NewFrame();
    const ui::ShellEvent event = m_shell.draw(m_theme);
    ImGui::Render();
    return event;
}

ImVec2 HeadlessUi::center_of(std::string_view id) const {
    const ui::WidgetEntry* entry = m_shell.widgets().find(id);
    if (entry == nullptr) throw std::runtime_error("no widget " + std::string(id));
    return entry->center();
}

ui::ShellEvent HeadlessUi::tap(std::string_view id) {
    const ImVec2 c = center_of(id);
    frame(c, true);
    const ui::ShellEvent event = frame(c, false);
    frame(c, false);
    return event;
}

}  // namespace kiosk::test
