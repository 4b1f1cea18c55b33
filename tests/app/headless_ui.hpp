#pragma once
// A headless Dear ImGui harness for UI tests: a context with no renderer,
// the real theme (Inter through FreeType), and a KioskShell over a real
// IntakeSession (a hand-moved clock, a recording sink), driven by setting
// io.MousePos / io.MouseDown directly, one frame at a time.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "questionnaire/model.hpp"
#include "screens/kiosk_shell.hpp"
#include "session/intake_session.hpp"
#include "theme/ui_theme.hpp"

namespace kiosk::test {

// A two-language clinic (en, es) built in code, independent of kiosk-config/.
[[nodiscard]] kiosk::KioskConfig two_language_clinic();

// The shipped kiosk-config (loaded once; the test binary aborts if it is broken).
[[nodiscard]] const kiosk::KioskConfig& shipped_kiosk_config();

// The session's "today" in these tests.
inline constexpr Date kTestToday{2026, 11, 25};

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

class HeadlessUi {
public:
    explicit HeadlessUi(const kiosk::KioskConfig& config, std::string_view lang = "",
                        ImVec2 display = ImVec2(1280, 800));
    // The same over another sink (e.g. a records::StoreSink on a real store),
    // which must outlive this; sink() then stays empty.
    HeadlessUi(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang = "");
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
    // Press at `from`, move by `delta` over a few frames, release, settle.
    void drag(ImVec2 from, ImVec2 delta);
    [[nodiscard]] ImVec2 center_of(std::string_view id) const;
    [[nodiscard]] bool shows(std::string_view id) const { return m_shell->widgets().find(id) != nullptr; }

    [[nodiscard]] ui::KioskShell& shell() { return *m_shell; }
    [[nodiscard]] const ui::KioskShell& shell() const { return *m_shell; }
    [[nodiscard]] session::IntakeSession& session() { return *m_session; }
    [[nodiscard]] FakeClock& clock() { return m_clock; }
    [[nodiscard]] RecordingSink& sink() { return m_sink; }
    [[nodiscard]] const ui::UiTheme& theme() const { return m_theme; }
    // Every string drawn in the last frame.
    [[nodiscard]] const std::vector<std::string>& drawn_text() const { return m_text; }
    // Where `text` was drawn (top-left) in the last frame, if it was.
    [[nodiscard]] std::optional<ImVec2> drawn_at(std::string_view text) const;
    [[nodiscard]] ImVec2 display() const { return m_display; }

private:
    HeadlessUi(const kiosk::KioskConfig& config, session::SubmissionSink& sink, std::string_view lang, ImVec2 display);
    void init(const std::vector<std::string_view>& text, const kiosk::Theme& clinic_theme);

    ImGuiContext* m_context = nullptr;
    ImVec2 m_display;
    ImVec2 m_pointer{-FLT_MAX, -FLT_MAX};
    ui::UiTheme m_theme;
    FakeClock m_clock;
    RecordingSink m_sink;
    int m_ids = 0;
    std::unique_ptr<session::IntakeSession> m_session;
    std::unique_ptr<ui::KioskShell> m_shell;
    std::vector<std::string> m_text;
    std::vector<ImVec2> m_text_pos;
};

}  // namespace kiosk::test
