#pragma once
// Executes a replay script against the running UI, frame by frame, through
// the same input path as a finger: before each frame it sets ImGui's pointer
// (position and button), after each frame it reads the widget registry and
// the screen name and moves on to the next command.
//
// Gestures, one ImGui frame per step: `tap` = press, release, settle;
// `drag` = press, moves, release, settle; `sign` = a stroke across the pad.
// `type TEXT` taps `key=<character>` (`key=space` for a space) for each
// character: the on-screen keyboard registers those ids. The end of the
// script quits with 0, as `quit` does. No GLFW or GL here.
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <imgui.h>

#include "replay/script.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::replay {

struct FrameInfo {
    double now_ms = 0;
    std::string_view screen;  // the screen drawn in this frame
    const ui::WidgetRegistry& widgets;
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
    [[nodiscard]] bool wants_frame() const { return !finished() && !m_wait_until_ms; }
    // During `wait`: when to draw next.
    [[nodiscard]] std::optional<double> wake_at_ms() const { return m_wait_until_ms; }

private:
    struct PointerStep {
        ImVec2 pos;
        bool down = false;
    };

    // Returns true when the command started a gesture or a wait (stop for now).
    bool run(const Command& cmd, const FrameInfo& frame, const ScreenshotWriter& write_png);
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
    PointerStep m_pointer{ImVec2(-FLT_MAX, -FLT_MAX), false};
    std::optional<double> m_wait_until_ms;
    std::optional<int> m_exit_code;
    std::string m_message;
};

}  // namespace kiosk::replay
