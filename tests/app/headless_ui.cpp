#include "headless_ui.hpp"

#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <variant>

#include "questionnaire/loader.hpp"
#include "theme/config_text.hpp"
#include "theme/flow_strings.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/text.hpp"

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

const kiosk::KioskConfig& shipped_kiosk_config() {
    static const kiosk::KioskConfig config = [] {
        kiosk::LoadResult r = kiosk::load_config(std::string(KIOSK_SOURCE_DIR) + "/kiosk-config");
        if (auto* d = std::get_if<kiosk::Diagnostics>(&r)) {
            for (const auto& diag : *d) std::cerr << diag.str() << '\n';
            std::abort();
        }
        return std::get<kiosk::KioskConfig>(std::move(r));
    }();
    return config;
}

HeadlessUi::HeadlessUi(const kiosk::KioskConfig& config, std::string_view lang, ImVec2 display)
    : HeadlessUi(config, m_sink, lang, display) {}

HeadlessUi::HeadlessUi(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang)
    : HeadlessUi(config, sink, lang, ImVec2(1280, 800)) {}

HeadlessUi::HeadlessUi(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang,
                       ImVec2 display)
    : m_display(display) {
    m_session = std::make_unique<session::IntakeSession>(config, m_clock, sink,
                                                         [this] { return "test-" + std::to_string(++m_ids); });
    m_shell = std::make_unique<ui::KioskShell>(*m_session, lang, kTestToday);
    std::vector<std::string_view> text = ui::all_ui_text();
    for (const std::vector<std::string_view>& more : {ui::all_flow_text(), ui::config_text(config)})
        text.insert(text.end(), more.begin(), more.end());
    init(text, config.clinic.theme);
}

HeadlessUi::HeadlessUi(ui::MaintenanceView maintenance, ImVec2 display)
    : m_display(display), m_shell(std::make_unique<ui::KioskShell>(std::move(maintenance))) {
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

HeadlessUi::~HeadlessUi() {
    m_shell.reset();
    ImGui::DestroyContext(m_context);
}

ui::ShellEvent HeadlessUi::frame(ImVec2 pos, bool down) {
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = m_display;
    io.DeltaTime = 1.0F / 60.0F;
    io.MousePos = pos;
    io.MouseDown[0] = down;
    m_pointer = pos;
    m_text.clear();
    m_text_pos.clear();
    ui::record_drawn_text(&m_text, &m_text_pos);
    ImGui::NewFrame();
    const ui::ShellEvent event = m_shell->draw(m_theme);
    ImGui::Render();
    ui::record_drawn_text(nullptr);
    return event;
}

std::optional<ImVec2> HeadlessUi::drawn_at(std::string_view text) const {
    for (size_t i = 0; i < m_text.size() && i < m_text_pos.size(); ++i)
        if (m_text[i] == text) return m_text_pos[i];
    return std::nullopt;
}

ImVec2 HeadlessUi::center_of(std::string_view id) const {
    const ui::WidgetEntry* entry = m_shell->widgets().find(id);
    if (entry == nullptr) throw std::runtime_error("no widget " + std::string(id) + "; shown: " +
                                                   m_shell->widgets().ids_joined());
    return entry->center();
}

ui::ShellEvent HeadlessUi::tap(std::string_view id) {
    const ImVec2 c = center_of(id);
    frame(c, true);
    const ui::ShellEvent event = frame(c, false);
    frame(c, false);
    return event;
}

void HeadlessUi::drag(ImVec2 from, ImVec2 delta) {
    constexpr int kSteps = 8;
    frame(from, true);
    for (int i = 1; i <= kSteps; ++i) {
        const float t = static_cast<float>(i) / kSteps;
        frame(ImVec2(from.x + delta.x * t, from.y + delta.y * t), true);
    }
    const ImVec2 to(from.x + delta.x, from.y + delta.y);
    frame(to, false);
    frame(to, false);
}

}  // namespace kiosk::test
