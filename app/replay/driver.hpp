#pragma once
// Executes a replay script against the running UI, frame by frame, through
// the same input path as a finger: before each frame it sets ImGui's pointer
// (position and button), after each frame it reads the widget registry and
// the screen name and moves on to the next command.
//
// Gestures, one ImGui frame per step: `tap` = press, release, settle;
// `drag` = press, moves, release, settle; `sign` = a stroke across the pad.
// A `tap` on a widget scrolled out of its region's view first drags the
// region (from its left margin) until the widget is in view, as a finger
// would. `type TEXT` taps `key=<character>` (`key=space` for a space) for
// each character, switching the on-screen keyboard's layers (shift, accents,
// digits, letters) when the key is not showing; each decision is made on a
// freshly drawn frame. `pick ID DATE` taps a date picker's own controls
// (date_pick_next); `pick ID VALUE` on a list (single or multiple choice, or
// yes/no) taps its option `ID=VALUE`, scrolled into view first, unless the
// frame's session shows VALUE chosen already (so a pick never takes a choice
// back). `sign` scrolls the pad into view before it draws. The end of the
// script quits with 0, as `quit` does. No GLFW or GL here.
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <imgui.h>

#include "replay/script.hpp"
#include "session/intake_session.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::ui {
struct DatePickers;
}

namespace kiosk::replay {

struct FrameInfo {
    double now_ms = 0;
    std::string_view screen;  // the screen drawn in this frame
    const ui::WidgetRegistry& widgets;
    // The session drawn, if any: `pick` reads whether a value is chosen already.
    const session::IntakeSession* session = nullptr;
    // The date pickers drawn (the shell's, screens().questions.dates), if any:
    // `pick` on a date field reads where its picker is.
    const ui::DatePickers* dates = nullptr;
};

// Writes the frame just rendered to `path` (PNG). Returns "" or an error.
using ScreenshotWriter = std::function<std::string(const std::string& path)>;

class ReplayDriver {
public:
    ReplayDriver(Script script, std::string screenshots_dir);

    // Before ImGui::NewFrame(), after the platform backend's NewFrame: the
    // scripted pointer replaces the real one for the whole replay.
    void apply_pointer(ImGuiIO& io) const;

    // After a frame has been rendered and before it is presented.
    void after_frame(const FrameInfo& frame, const ScreenshotWriter& write_png);

    [[nodiscard]] bool finished() const { return m_exit_code.has_value(); }
    [[nodiscard]] int exit_code() const { return m_exit_code.value_or(0); }
    // Why it stopped, for stderr ("" after `quit` or the end of the script).
    [[nodiscard]] const std::string& message() const { return m_message; }
    // True while the next frame should follow without waiting for input.
    [[nodiscard]] bool wants_frame() const { return !finished() && (!m_wait_until_ms || m_hold_unseen); }
    // `fault`: true once, when the platform should make the next frame's
    // screen throw (KioskShell::inject_fault).
    [[nodiscard]] bool take_fault_request() { return std::exchange(m_fault_requested, false); }
    // During `wait`: when to draw next.
    [[nodiscard]] std::optional<double> wake_at_ms() const { return m_wait_until_ms; }

private:
    struct PointerStep {
        ImVec2 pos;
        bool down = false;
    };

    // A command that takes several gestures, each chosen on a new frame.
    struct Active {
        Command cmd;
        size_t pos = 0;          // type: bytes of cmd.text already typed
        int switches = 0;        // type: layer keys tapped for this character
        int scrolls = 0;         // tap / pick / sign: drags tried to bring the target into view
    };

    // Returns true when the command started a gesture or a wait (stop for now).
    bool run(const Command& cmd, const FrameInfo& frame, const ScreenshotWriter& write_png);
    // Continues m_active; false when it has finished (go on to the next command).
    bool step_active(const FrameInfo& frame);
    bool step_type(const FrameInfo& frame);
    bool step_pick(const FrameInfo& frame);
    bool step_pick_option(const FrameInfo& frame);
    bool step_sign(const FrameInfo& frame);
    // Taps `id`, first scrolling it into view. False when it failed.
    bool tap_in_view(const Command& cmd, const ui::WidgetEntry& w, int& scrolls);
    // Drags `w`'s region to bring it into view: true when it queued a drag,
    // false when `w` is in view already or it failed (then finished()).
    bool scroll_towards(const Command& cmd, const ui::WidgetEntry& w, int& scrolls);
    void sign_stroke(const ui::WidgetEntry& w);
    const ui::WidgetEntry* require(const Command& cmd, std::string_view id, const FrameInfo& frame,
                                   std::string_view note = "");
    void fail(const Command& cmd, const std::string& message, int code = 2);
    void tap_at(ImVec2 p);
    void stroke(const std::vector<ImVec2>& points);

    Script m_script;
    std::string m_screenshots_dir;
    size_t m_next = 0;
    int m_frames = 0;
    std::deque<PointerStep> m_gesture;
    std::optional<Active> m_active;
    PointerStep m_pointer{ImVec2(-FLT_MAX, -FLT_MAX), false};
    std::optional<double> m_wait_until_ms;
    std::deque<PointerStep> m_after_wait;  // hold: the release, once the wait is over
    bool m_hold_unseen = false;            // hold: the press still needs a frame that sees it
    std::optional<int> m_exit_code;
    std::string m_message;
    bool m_fault_requested = false;
};

}  // namespace kiosk::replay
