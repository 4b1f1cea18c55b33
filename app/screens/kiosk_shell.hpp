#pragma once
// The app shell: draws the screen of the intake session's current step into
// one fullscreen, undecorated ImGui window, and turns the screens' taps into
// the session's intents. The session owns the flow (steps, answers, idle
// timer); the shell owns only what is on screen (widget ids, who owns the
// press, and every client screen's state in ClientScreens: the about card,
// the focused field, scroll positions, drafts) and drops that whenever the
// session wipes. No GLFW or GL here, so tests drive it headless.
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "questionnaire/model.hpp"
#include "screens/attract.hpp"
#include "screens/client_screens.hpp"
#include "screens/maintenance.hpp"
#include "screens/practitioner_mode.hpp"
#include "screens/screen_id.hpp"
#include "screens/setup.hpp"
#include "session/intake_session.hpp"
#include "theme/ui_theme.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::ui {

enum class ShellEvent { None, StartTapped, LanguageChanged };

class KioskShell {
public:
    // The kiosk: starts on the attract screen in `lang` (when the clinic
    // offers it; otherwise the clinic's first language). `session` must
    // outlive the shell. `today`, when given, is the clinic's date for the
    // date pickers (tests pass their clock's).
    KioskShell(session::IntakeSession& session, std::string_view lang, std::optional<Date> today = std::nullopt);
    // An invalid config: the maintenance screen, for good.
    explicit KioskShell(MaintenanceView maintenance);
    // An empty data directory: the setup screen first. Once it has created
    // the database, `start` opens it and returns the session the kiosk then
    // runs (it must outlive the shell), or null when it cannot (the setup
    // screen says so; the details are on stderr).
    using SessionStarter = std::function<session::IntakeSession*()>;
    KioskShell(SetupView setup, SessionStarter start, std::optional<Date> today = std::nullopt);

    // Call between ImGui::NewFrame() and ImGui::Render(). Any input in the
    // frame counts as activity for the idle timer; the session's timers are
    // ticked here too.
    ShellEvent draw(const UiTheme& theme);

    [[nodiscard]] ScreenId screen() const;
    [[nodiscard]] std::string_view screen_name() const { return ui::screen_name(screen()); }
    [[nodiscard]] const std::string& language() const;
    [[nodiscard]] const WidgetRegistry& widgets() const { return m_widgets; }
    [[nodiscard]] const AttractView& attract_view() const { return m_attract; }
    // Every client screen's state (tests; the replay's `pick` reads the date pickers).
    [[nodiscard]] const ClientScreens& screens() const { return m_screens; }
    // Null on the maintenance and setup screens.
    [[nodiscard]] session::IntakeSession* session() const { return m_session; }
    // True after a frame that changed what is shown: draw one more.
    [[nodiscard]] bool needs_redraw() const { return m_needs_redraw; }

    // The client's text size and contrast (DESIGN §2), chosen on the attract
    // screen or in the flow's "Aa" panel; back to the clinic's default when
    // the session ends (idle, thank-you). nullopt without a session (setup,
    // maintenance); the clinic's default in practitioner mode. The platform
    // rebuilds the theme for it between frames.
    [[nodiscard]] std::optional<DisplayPrefs> display_prefs() const;
    [[nodiscard]] bool display_panel_open() const { return m_display_open; }

    // Practitioner mode, entered by holding the attract screen's top-left
    // corner for kLongPressMs (widget id `practitioner`). `mode` must outlive
    // the shell.
    static constexpr std::int64_t kLongPressMs = 3000;
    void set_practitioner(PractitionerMode& mode) { m_prac = &mode; }
    [[nodiscard]] PractitionerMode* practitioner() const { return m_prac; }
    // When a timer wants a frame (the session's, the practitioner lock's, a
    // held corner's), on the session clock's time; nullopt: none.
    [[nodiscard]] std::optional<std::int64_t> next_deadline_ms() const;

    // A screen that throws while it is drawn (issue 9) leaves the frame
    // whole: the maintenance screen with "Try again" replaces it, the
    // session and its answers stay as they were (its idle timer still runs,
    // so a client who walks away is wiped as usual), practitioner mode locks,
    // and stderr gets one line without client data. "Try again" draws the
    // same screen again.
    [[nodiscard]] bool screen_failed() const { return m_failed.has_value(); }
    // Test seam: `hook` runs once, inside the next frame's guard after its
    // screen has drawn, standing in for a screen that throws (headless
    // tests; the replay's `fault`).
    void inject_fault(std::function<void()> hook) { m_fault_hook = std::move(hook); }

private:
    struct Seen {
        session::Step step = session::Step::Attract;
        size_t page = 0;
        std::string lang;
        bool idle = false;
        std::uint64_t wipe = 0;
        bool operator==(const Seen&) const = default;
    };
    [[nodiscard]] Seen seen() const;
    void follow_session(const Seen& before);
    ShellEvent draw_flow(UiContext& ui);
    void attach(session::IntakeSession& session, std::string_view lang);
    void draw_setup_screen(UiContext& ui);
    ShellEvent draw_screen(UiContext& ui);
    void screen_failed_now(UiContext& ui, const std::exception_ptr& error);
    void draw_failed(UiContext& ui);

    session::IntakeSession* m_session = nullptr;
    std::optional<Date> m_today;
    Seen m_last;
    AttractView m_attract;
    ClientScreens m_screens;
    PointerOwner m_pointer;
    MaintenanceView m_maintenance;
    std::optional<SetupView> m_setup;  // set while the setup screen is shown
    SetupState m_setup_state;
    SessionStarter m_start;
    PractitionerMode* m_prac = nullptr;
    std::optional<std::int64_t> m_corner_press_ms;  // when a press on the corner began
    // Watches the attract screen's corner; true when it has been held long enough.
    bool corner_held(UiContext& ui);
    WidgetRegistry m_widgets;
    std::optional<MaintenanceView> m_failed;  // a screen threw: shown until "Try again"
    std::function<void()> m_fault_hook;
    bool m_needs_redraw = false;
    DisplayPrefs m_prefs;            // the client's; see display_prefs()
    bool m_display_open = false;     // the flow's "Aa" panel
    bool m_back_to_attract = false;  // this frame's flow screen went back to attract (Back)
    void set_display(const DisplayPrefs& prefs);
    void draw_display(UiContext& ui);
};

}  // namespace kiosk::ui
