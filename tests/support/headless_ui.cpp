#include "support/headless_ui.hpp"

#include <algorithm>
#include <stdexcept>

#include "screens/practitioner_mode.hpp"
#include "theme/config_text.hpp"
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

HeadlessUi::HeadlessUi(const kiosk::KioskConfig& config, std::string_view lang, ImVec2 display) : m_display(display) {
    start_session(config, m_sink, lang);
}

HeadlessUi::HeadlessUi(kiosk::KioskConfig&& config, std::string_view lang, ImVec2 display)
    : m_display(display), m_own_config(std::make_unique<kiosk::KioskConfig>(std::move(config))) {
    start_session(*m_own_config, m_sink, lang);
}

HeadlessUi::HeadlessUi(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang)
    : m_display(1280, 800) {
    start_session(config, sink, lang);
}

HeadlessUi::HeadlessUi(ui::MaintenanceView maintenance, ImVec2 display)
    : m_display(display), m_shell(std::make_unique<ui::KioskShell>(std::move(maintenance))) {
    init(nullptr);
}

HeadlessUi::HeadlessUi(ui::SetupView setup, ui::KioskShell::SessionStarter start)
    : m_display(1280, 800),
      m_shell(std::make_unique<ui::KioskShell>(std::move(setup), std::move(start), kTestToday)) {
    init(&testing::shipped_config());
}

void HeadlessUi::start_session(const kiosk::KioskConfig& config, session::SubmissionSink& sink,
                               std::string_view lang) {
    m_session = std::make_unique<session::IntakeSession>(config, m_clock, sink,
                                                         [this] { return "test-" + std::to_string(++m_ids); });
    m_shell = std::make_unique<ui::KioskShell>(*m_session, lang, kTestToday);
    init(&config);
}

// As the kiosk does (platform/kiosk_app.cpp): the atlas holds the glyphs of
// every word it may show, the interface's and the clinic's.
void HeadlessUi::init(const kiosk::KioskConfig* config) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    std::vector<std::string_view> text = ui::all_ui_text();  // every catalogue text, every language
    if (config != nullptr) {
        const std::vector<std::string_view> more = ui::config_text(*config);
        text.insert(text.end(), more.begin(), more.end());
    }
    const std::string warning =
        ui::init_ui_theme(m_theme, config != nullptr ? config->clinic.theme : kiosk::Theme{}, 1.0F, text);
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

// platform::FrameLoop::follow_display_prefs without a GPU: new fonts need
// only the atlas built again, where the backend would upload a texture.
void HeadlessUi::follow_display_prefs() {
    const std::optional<ui::DisplayPrefs> want = m_shell->display_prefs();
    if (!want || *want == m_theme.prefs) return;
    ++m_theme_changes;
    if (!ui::apply_display_prefs(m_theme, *want)) return;
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

ui::ShellEvent HeadlessUi::frame(const FrameInput& input) {
    ImGui::SetCurrentContext(m_context);
    follow_display_prefs();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = m_display;
    io.DeltaTime = input.delta_s;
    io.MousePos = input.pointer;
    io.MouseDown[0] = input.down;
    m_pointer = input.pointer;
    m_text.clear();
    m_text_pos.clear();
    if (m_record_text) ui::record_drawn_text(&m_text, &m_text_pos);
    ImGui::NewFrame();
    const ui::ShellEvent event = m_shell->draw(m_theme);
    ImGui::Render();
    ui::record_drawn_text(nullptr);
    return event;
}

ui::ShellEvent HeadlessUi::tap_at(ImVec2 pos) {
    frame(pos, true);
    const ui::ShellEvent event = frame(pos, false);
    frame(pos, false);
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

void HeadlessUi::play(replay::ReplayDriver& driver, int max_frames, const std::function<void()>& after_each) {
    const replay::ScreenshotWriter skip = [](const std::string&) { return std::string(); };
    for (int i = 0; i < max_frames && !driver.finished(); ++i) {
        ImGuiIO io;
        driver.apply_pointer(io);
        frame(io.MousePos, io.MouseDown[0]);
        if (after_each) after_each();
        driver.after_frame({16.0 * i, m_shell->screen_name(), m_shell->widgets(), m_shell->session(),
                            &m_shell->screens().questions.dates},
                           skip);
    }
}

ImVec2 HeadlessUi::center_of(std::string_view id) const {
    const ui::WidgetEntry* entry = widgets().find(id);
    if (entry == nullptr)
        throw std::runtime_error("no widget " + std::string(id) + "; shown: " + widgets().ids_joined());
    return entry->center();
}

bool HeadlessUi::drew(std::string_view needle) const {
    return std::ranges::any_of(m_text, [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}

bool HeadlessUi::drew_exactly(std::string_view text) const { return std::ranges::find(m_text, text) != m_text.end(); }

std::optional<ImVec2> HeadlessUi::drawn_at(std::string_view text) const {
    for (size_t i = 0; i < m_text.size() && i < m_text_pos.size(); ++i)
        if (m_text[i] == text) return m_text_pos[i];
    return std::nullopt;
}

}  // namespace kiosk::test
