#pragma once
// The one headless Dear ImGui harness, for every UI test and bench_frame: an
// ImGui context with no renderer and the real theme (Inter through FreeType,
// the atlas built for every word the kiosk can show), a KioskShell, and a
// frame step that does what the platform's frame loop does around
// KioskShell::draw (the theme follows the client's display preferences
// between frames; the input is injected into io instead of read from GLFW).
#include <cfloat>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "questionnaire/model.hpp"
#include "replay/driver.hpp"
#include "screens/kiosk_shell.hpp"
#include "session/intake_session.hpp"
#include "support/shipped.hpp"
#include "theme/ui_theme.hpp"

namespace kiosk::test {

// A two-language clinic (en, es) built in code, independent of kiosk-config/.
[[nodiscard]] kiosk::KioskConfig two_language_clinic();

// The session's "today" in these tests.
inline constexpr Date kTestToday = testing::kToday;

class FakeClock final : public session::Clock {
public:
    [[nodiscard]] std::int64_t now_ms() const override { return now; }
    [[nodiscard]] Date today() const override { return kTestToday; }
    void advance_s(int seconds) { now += std::int64_t{seconds} * 1000; }
    std::int64_t now = 1'000'000;
};

class RecordingSink final : public session::SubmissionSink {
public:
    session::SaveOutcome save(const AnswerSet& answers, const CheckResult&) override {
        saved.push_back(answers);
        return session::SaveOutcome::ok();
    }
    std::vector<AnswerSet> saved;
};

// One frame's input, as the platform hands it to ImGui: a finger (the
// pointer and whether it presses) and the time since the last frame.
struct FrameInput {
    ImVec2 pointer{-FLT_MAX, -FLT_MAX};
    bool down = false;
    float delta_s = 1.0F / 60.0F;
};

class HeadlessUi {
public:
    // The shell over a session of its own (FakeClock, RecordingSink) on
    // `config`, which must outlive this.
    explicit HeadlessUi(const kiosk::KioskConfig& config, std::string_view lang = "",
                        ImVec2 display = ImVec2(1280, 800));
    // The same on its own copy of `config` (one built in the call).
    explicit HeadlessUi(kiosk::KioskConfig&& config, std::string_view lang = "", ImVec2 display = ImVec2(1280, 800));
    // The same over another sink (e.g. a records::StoreSink on a real store,
    // or one that fails), which must outlive this; sink() then stays empty.
    HeadlessUi(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang = "");
    // The maintenance screen (an invalid config), with no session.
    explicit HeadlessUi(ui::MaintenanceView maintenance, ImVec2 display = ImVec2(1280, 800));
    // The setup screen (an empty data directory), with no session until
    // `start` returns one; the shipped config's theme.
    HeadlessUi(ui::SetupView setup, ui::KioskShell::SessionStarter start);
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;
    ~HeadlessUi();

    // One frame: display preferences applied, `input` in io, NewFrame, the
    // shell's draw, Render. Returns the shell's event.
    ui::ShellEvent frame(const FrameInput& input);
    ui::ShellEvent frame(ImVec2 pos, bool down) { return frame(FrameInput{pos, down}); }
    // A frame with the pointer left where it was, released.
    ui::ShellEvent frame() { return frame(m_pointer, false); }
    // Press at `pos` in one frame, release in the next, then draw one more
    // frame. Returns the event of the release frame.
    ui::ShellEvent tap_at(ImVec2 pos);
    // The same on the centre of widget `id` (throws when it is not shown).
    ui::ShellEvent tap(std::string_view id) { return tap_at(center_of(id)); }
    // Press at `from`, move by `delta` over a few frames, release, settle.
    void drag(ImVec2 from, ImVec2 delta);
    // Runs `driver` a frame at a time as the platform does (the driver's
    // pointer in, the frame's screen, widgets, session and date pickers out;
    // `screenshot` lines are skipped headless) until it finishes or
    // `max_frames` have been drawn. `after_each` runs after every frame.
    void play(replay::ReplayDriver& driver, int max_frames, const std::function<void()>& after_each = {});

    [[nodiscard]] ImVec2 center_of(std::string_view id) const;
    [[nodiscard]] bool shows(std::string_view id) const { return widgets().find(id) != nullptr; }
    [[nodiscard]] const ui::WidgetRegistry& widgets() const { return m_shell->widgets(); }

    [[nodiscard]] ui::KioskShell& shell() { return *m_shell; }
    [[nodiscard]] const ui::KioskShell& shell() const { return *m_shell; }
    // The harness's own session (not the setup screen's).
    [[nodiscard]] session::IntakeSession& session() { return *m_session; }
    [[nodiscard]] FakeClock& clock() { return m_clock; }
    [[nodiscard]] RecordingSink& sink() { return m_sink; }
    [[nodiscard]] const ui::UiTheme& theme() const { return m_theme; }
    [[nodiscard]] ImVec2 display() const { return m_display; }
    // How many times the shell's display preferences changed the theme.
    [[nodiscard]] int theme_changes() const { return m_theme_changes; }

    // Every string drawn in the last frame.
    [[nodiscard]] const std::vector<std::string>& drawn_text() const { return m_text; }
    // True when some string drawn in the last frame contains `needle`.
    [[nodiscard]] bool drew(std::string_view needle) const;
    // True when `text` was drawn, whole, in the last frame.
    [[nodiscard]] bool drew_exactly(std::string_view text) const;
    // Where `text` was drawn (top-left) in the last frame, if it was.
    [[nodiscard]] std::optional<ImVec2> drawn_at(std::string_view text) const;
    // Recording the text costs time: the frame benchmark turns it off.
    void record_text(bool on) { m_record_text = on; }

private:
    void start_session(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang);
    void init(const kiosk::KioskConfig* config);
    void follow_display_prefs();

    ImVec2 m_display;
    ImGuiContext* m_context = nullptr;
    ImVec2 m_pointer{-FLT_MAX, -FLT_MAX};
    ui::UiTheme m_theme;
    FakeClock m_clock;
    RecordingSink m_sink;
    int m_ids = 0;
    int m_theme_changes = 0;
    bool m_record_text = true;
    std::unique_ptr<kiosk::KioskConfig> m_own_config;
    std::unique_ptr<session::IntakeSession> m_session;
    std::unique_ptr<ui::KioskShell> m_shell;
    std::vector<std::string> m_text;
    std::vector<ImVec2> m_text_pos;
};

}  // namespace kiosk::test
