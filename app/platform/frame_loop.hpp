#pragma once
// The event loop: renders a few frames after any input, then blocks in
// glfwWaitEvents until something happens or a timer is due: the intake
// session's (the idle prompt, each second of its countdown, the wipe, the
// thank-you screen's end) or a replay `wait`. The attract screen has no
// timer, so an untouched kiosk sleeps and uses no CPU.
#include <string>
#include <utility>

#include "platform/window.hpp"
#include "replay/driver.hpp"
#include "screens/kiosk_shell.hpp"
#include "session/clock.hpp"
#include "theme/ui_theme.hpp"

namespace kiosk::platform {

struct LoopOptions {
    replay::ReplayDriver* driver = nullptr;  // scripted input, or none
    const session::Clock* clock = nullptr;   // the session's clock, for its deadlines
    std::string screenshots_dir;             // without a driver: one screenshot, then quit
};

class FrameLoop {
public:
    // `theme` is rebuilt between frames when the client changes the text
    // size or contrast (the shell's display_prefs()).
    FrameLoop(Window& window, ui::KioskShell& shell, ui::UiTheme& theme, LoopOptions options)
        : m_window(window), m_shell(shell), m_theme(theme), m_options(std::move(options)) {}

    // Runs until the window closes, the replay ends or the screenshot is
    // written. Returns the exit code.
    [[nodiscard]] int run();

private:
    void render_frame();
    // Between frames: palette and fonts for the client's display preferences,
    // with a new font texture when the text size changed.
    void follow_display_prefs();
    // Returns true when it woke for a timer rather than for input.
    [[nodiscard]] bool wait_for_work() const;
    // At most 60 frames a second where the swap does not wait for vsync
    // (Xvfb): frames drawn only because something animates (the setup
    // screen's ring) would otherwise take a whole core.
    void pace() const;
    [[nodiscard]] std::string capture(const std::string& path) const;
    [[nodiscard]] bool close_allowed() const;
    [[nodiscard]] int exit_code_on_close() const;

    Window& m_window;
    ui::KioskShell& m_shell;
    ui::UiTheme& m_theme;
    LoopOptions m_options;
    long m_frames = 0;
    double m_last_frame_ms = 0;
};

}  // namespace kiosk::platform
