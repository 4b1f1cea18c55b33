#include "screens/kiosk_shell.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include <imgui.h>

#include "screens/consent.hpp"
#include "screens/frame_guard.hpp"
#include "screens/idle_overlay.hpp"
#include "screens/review.hpp"
#include "screens/thanks.hpp"
#include "widgets/display_controls.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/touch.hpp"
#include "screens/attract_layout.hpp"


namespace kiosk::ui {

namespace {

constexpr ImGuiWindowFlags kScreenWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                           ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse |
                                           ImGuiWindowFlags_NoBackground;

// A finger down, lifted or moving, or a wheel: the client is there.
bool input_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.MouseDown[0] || ImGui::IsMouseReleased(ImGuiMouseButton_Left) || io.MouseDelta.x != 0.0F ||
           io.MouseDelta.y != 0.0F || io.MouseWheel != 0.0F;
}

ScreenId screen_of(session::Step step) {
    switch (step) {
        case session::Step::Attract: return ScreenId::Attract;
        case session::Step::About: return ScreenId::About;
        case session::Step::Questions: return ScreenId::Questions;
        case session::Step::Consent: return ScreenId::Consent;
        case session::Step::Review: return ScreenId::Review;
        case session::Step::Thanks: return ScreenId::Thanks;
    }
    return ScreenId::Attract;
}

}  // namespace

KioskShell::KioskShell(session::IntakeSession& session, std::string_view lang, std::optional<Date> today)
    : m_today(today) {
    attach(session, lang);
}

KioskShell::KioskShell(MaintenanceView maintenance) : m_maintenance(std::move(maintenance)) {}

KioskShell::KioskShell(SetupView setup, SessionStarter start, std::optional<Date> today)
    : m_today(today), m_setup(std::move(setup)), m_start(std::move(start)) {}

void KioskShell::attach(session::IntakeSession& session, std::string_view lang) {
    m_session = &session;
    if (!lang.empty()) (void)session.set_language(lang);
    m_attract = make_attract_view(session.config(), session.language());
    m_prefs = clinic_display_prefs(session.config().clinic.theme);
    m_screens.questions.today = m_today;
    m_last = seen();
}

// The setup screen; once the clinic is created, the kiosk proper.
void KioskShell::draw_setup_screen(UiContext& ui) {
    const auto snapshot = [this] {
        const SetupState& st = m_setup_state;
        return std::tuple(st.focused, st.keyboard.layer, st.keyboard.shift, st.name.size(), st.passphrase.size(),
                          st.passphrase2.size(), st.show_errors, st.failed, m_setup.has_value());
    };
    const auto before = snapshot();
    // The clinic is created on a worker thread (Argon2id takes about a
    // second); meanwhile the screen shows "Creating…" and frames keep coming.
    if (draw_setup(ui, m_setup_state, *m_setup)) start_create_clinic(m_setup_state, *m_setup);
    if (m_setup_state.busy()) m_needs_redraw = true;
    if (poll_create_clinic(m_setup_state) == std::optional<bool>(true)) {
        session::IntakeSession* session = m_start ? m_start() : nullptr;
        if (session == nullptr) {
            m_setup_state.failed = true;
        } else {
            const std::string lang = m_setup->lang;
            m_setup_state.scrub_all();
            m_setup.reset();
            attach(*session, lang);
        }
    }
    m_needs_redraw = m_needs_redraw || before != snapshot();
}

ScreenId KioskShell::screen() const {
    if (m_failed) return ScreenId::Maintenance;
    if (m_prac != nullptr && m_prac->active()) return m_prac->screen();
    if (m_session == nullptr) return m_setup ? ScreenId::Setup : ScreenId::Maintenance;
    if (m_session->idle_prompt()) return ScreenId::Idle;
    return screen_of(m_session->step());
}

const std::string& KioskShell::language() const {
    if (m_session != nullptr) return m_session->language();
    return m_setup ? m_setup->lang : m_maintenance.lang;
}

KioskShell::Seen KioskShell::seen() const {
    const session::IntakeSession& s = *m_session;
    return {s.step(), s.page_index(), s.language(), s.idle_prompt(), s.wipe_generation()};
}

// Keeps the shell's own state in step with the session's.
void KioskShell::follow_session(const Seen& before) {
    const Seen now = seen();
    // Nothing drawn for the last client may linger in a screen; a screen
    // entered anew (a new page, a new visit) starts afresh.
    if (now.wipe != before.wipe) m_screens.reset();
    else m_screens.enter(*m_session, before.step, before.page);
    // Text size and contrast are the client's too: once the session ends
    // (idle, or the thank-you screen) the next client starts at the clinic's.
    // A submit wipes the answers but keeps them for the thank-you screen, and
    // the client's own Back to the attract screen keeps them, as it keeps
    // the language.
    const bool by_back = std::exchange(m_back_to_attract, false);
    if (now.wipe != before.wipe && now.step == session::Step::Attract && !by_back)
        m_prefs = clinic_display_prefs(m_session->config().clinic.theme);
    if (now.wipe != before.wipe || now.step != before.step || now.page != before.page) m_display_open = false;
    if (now.lang != m_attract.selected_lang) m_attract = make_attract_view(m_session->config(), now.lang);
}

ShellEvent KioskShell::draw_flow(UiContext& ui) {
    session::IntakeSession& s = *m_session;
    ShellEvent event = ShellEvent::None;
    const std::uint64_t wipe_before = s.wipe_generation();
    switch (s.step()) {
        case session::Step::Attract: {
            const AttractIntent intent = draw_attract(ui, m_attract, m_prefs);
            if (intent.kind == AttractIntent::Kind::Display) {
                set_display(intent.display);
            } else if (intent.kind == AttractIntent::Kind::ChooseLanguage && intent.lang != s.language()) {
                if (s.set_language(intent.lang)) event = ShellEvent::LanguageChanged;
            } else if (intent.kind == AttractIntent::Kind::Start) {
                if (s.start()) event = ShellEvent::StartTapped;
            }
            return event;
        }
        case session::Step::About:
            draw_about(ui, s, m_screens.about);
            m_needs_redraw = m_needs_redraw || m_screens.about.redraw;
            break;
        case session::Step::Questions:
            m_screens.questions.today = m_today;
            draw_questions(ui, s, m_screens.questions);
            m_needs_redraw = m_needs_redraw || m_screens.questions.redraw;
            break;
        case session::Step::Consent: draw_consent(ui, s, m_screens.consent); break;
        case session::Step::Review: draw_review(ui, s, m_screens.review); break;
        case session::Step::Thanks: draw_thanks(ui, s); return event;
    }
    // Every flow screen offers the other language beside Back.
    if (const std::string_view code = draw_language_switch(ui, s); !code.empty() && s.set_language(code))
        event = ShellEvent::LanguageChanged;
    draw_display(ui);
    m_back_to_attract = s.wipe_generation() != wipe_before && s.step() == session::Step::Attract;
    return event;
}

std::optional<DisplayPrefs> KioskShell::display_prefs() const {
    if (m_session == nullptr) return std::nullopt;
    // Practitioner mode is staff's, drawn at the clinic's own size and look.
    if (m_prac != nullptr && m_prac->active()) return clinic_display_prefs(m_session->config().clinic.theme);
    return m_prefs;
}

void KioskShell::set_display(const DisplayPrefs& prefs) {
    if (prefs == m_prefs) return;
    m_prefs = prefs;
    m_needs_redraw = true;  // the platform rebuilds the theme before the next frame
}

// The "Aa" pill at the top bar's right and, while open, its panel over the page.
void KioskShell::draw_display(UiContext& ui) {
    if (draw_display_button(ui, m_display_open)) {
        m_display_open = !m_display_open;
        m_needs_redraw = true;
    }
    if (!m_display_open) return;
    const DisplayPanelResult panel = draw_display_panel(ui, m_session->language(), m_prefs);
    if (panel.prefs) set_display(*panel.prefs);
    if (panel.close) {
        m_display_open = false;
        m_needs_redraw = true;
    }
}

bool KioskShell::corner_held(UiContext& ui) {
    // The faint quarter circle drawn by the attract screen; the target is its square.
    const float r = ui.px(attract_geometry::kCornerRadius);
    ui.registry.add("practitioner", ui.origin, ImVec2(ui.origin.x + r, ui.origin.y + r));
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 at = io.MouseClickedPos[0];
    const float dx = at.x - ui.origin.x;
    const float dy = at.y - ui.origin.y;
    const bool in_corner = dx >= 0.0F && dy >= 0.0F && dx * dx + dy * dy <= r * r;
    if (!io.MouseDown[0] || !in_corner || pointer_dragged()) {
        m_corner_press_ms.reset();
        return false;
    }
    const std::int64_t now = m_prac->clock().now_ms();
    if (!m_corner_press_ms) m_corner_press_ms = now;
    if (now - *m_corner_press_ms < kLongPressMs) return false;
    m_corner_press_ms.reset();
    return true;
}

std::optional<std::int64_t> KioskShell::next_deadline_ms() const {
    std::optional<std::int64_t> at;
    const auto earliest = [&at](std::optional<std::int64_t> t) {
        if (t) at = at ? std::min(*at, *t) : *t;
    };
    if (m_prac != nullptr && m_prac->active()) return m_prac->next_deadline_ms();
    if (m_session != nullptr) earliest(m_session->next_deadline_ms());
    if (m_corner_press_ms) earliest(*m_corner_press_ms + kLongPressMs);
    return at;
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
    UiContext ui{theme, m_widgets, dl, viewport->Pos, viewport->Size, m_pointer};

    ShellEvent event = ShellEvent::None;
    if (m_failed) {
        draw_failed(ui);
    } else {
        const FrameMark mark = mark_frame(dl);
        try {
            event = draw_screen(ui);
        } catch (...) {
            recover_frame(mark, dl);
            screen_failed_now(ui, std::current_exception());
        }
    }
    ImGui::End();
    m_needs_redraw = m_needs_redraw || event != ShellEvent::None;
    return event;
}

void KioskShell::screen_failed_now(UiContext& ui, const std::exception_ptr& error) {
    log_screen_failure(screen_name(), error);
    m_widgets.clear();  // nothing half-drawn stays tappable
    // Staff's screens hold decrypted names: lock rather than leave them open
    // behind a notice anyone may walk up to.
    if (m_prac != nullptr && m_prac->active()) m_prac->leave();
    m_failed = MaintenanceView{MaintenanceView::Reason::ScreenFailed, 0, language()};
    m_needs_redraw = true;
    // Over whatever the screen drew before it threw.
    ui.draw->AddRectFilled(ui.origin, ImVec2(ui.origin.x + ui.size.x, ui.origin.y + ui.size.y),
                           ui.theme.palette.background);
    draw_failed(ui);
}

void KioskShell::draw_failed(UiContext& ui) {
    if (m_session != nullptr) {
        session::IntakeSession& s = *m_session;
        if (input_this_frame()) s.touch();
        (void)s.tick();
        if (s.wipe_generation() != m_last.wipe) {
            // Timed out on this screen: the answers are gone, as after any idle wipe.
            m_failed.reset();
            follow_session(m_last);
            m_last = seen();
            m_needs_redraw = true;
            return;
        }
    }
    if (draw_maintenance(ui, *m_failed)) {
        m_failed.reset();
        m_needs_redraw = true;
    }
}

ShellEvent KioskShell::draw_screen(UiContext& ui) {
    ShellEvent event = ShellEvent::None;
    if (m_setup) {
        draw_setup_screen(ui);  // once it is done, the attract screen from the next frame
    } else if (m_session == nullptr) {
        (void)draw_maintenance(ui, m_maintenance);
    } else if (m_prac != nullptr && m_prac->active()) {
        // Practitioner mode, over the attract screen; leaving it returns there.
        m_prac->draw(ui, input_this_frame());
        m_needs_redraw = m_needs_redraw || m_prac->needs_redraw() || !m_prac->active();
    } else {
        session::IntakeSession& s = *m_session;
        if (input_this_frame()) s.touch();
        (void)s.tick();
        follow_session(m_last);
        const Seen before = seen();
        event = draw_flow(ui);
        if (s.idle_prompt()) draw_idle_overlay(ui, s);
        if (m_prac != nullptr && s.step() == session::Step::Attract && !s.idle_prompt() && corner_held(ui)) {
            m_prac->enter();
            m_needs_redraw = true;
        }
        follow_session(before);
        m_last = seen();
        if (!(m_last == before)) m_needs_redraw = true;
    }
    if (m_fault_hook) std::exchange(m_fault_hook, nullptr)();
    return event;
}

}  // namespace kiosk::ui
