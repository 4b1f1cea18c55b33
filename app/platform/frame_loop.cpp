#include "platform/frame_loop.hpp"

#include <algorithm>
#include <optional>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "platform/screenshot.hpp"

namespace kiosk::platform {

namespace {

// Frames drawn after an event: one to see a press, one to see its release,
// one to show what the release changed.
constexpr int kFramesAfterInput = 3;
// The screenshot-only run captures once the first frame has settled.
constexpr long kScreenshotFrame = 2;
// The shortest time between two frames (60 a second), input or not.
constexpr double kFrameMs = 1000.0 / 60.0;

double now_ms() { return glfwGetTime() * 1000.0; }

}  // namespace

void FrameLoop::follow_display_prefs() {
    const std::optional<ui::DisplayPrefs> want = m_shell.display_prefs();
    if (!want || *want == m_theme.prefs) return;
    if (!ui::apply_display_prefs(m_theme, *want)) return;  // the palette alone: nothing to upload
    // New fonts: a new atlas and texture. Never mid-frame: the draw data of
    // the last frame, which used the old texture, has been rendered already.
    if (m_frames == 0) return;  // the backend's first NewFrame builds and uploads it
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();  // builds the atlas, then uploads it
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->ClearTexData();  // as after the first frame: the CPU copy is not needed
    io.Fonts->ClearInputData();
}

void FrameLoop::render_frame() {
    follow_display_prefs();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (m_options.driver != nullptr) m_options.driver->apply_pointer(ImGui::GetIO());
    ImGui::NewFrame();
    (void)m_shell.draw(m_theme);
    ImGui::Render();

    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(m_window.handle(), &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(m_theme.palette.background);
    glClearColor(bg.x, bg.y, bg.z, 1.0F);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (++m_frames == 1) {
        // The font texture is on the GPU now: drop the CPU copies (several MB).
        ImGui::GetIO().Fonts->ClearTexData();
        ImGui::GetIO().Fonts->ClearInputData();
    }
}

void FrameLoop::pace() const {
    const double since = now_ms() - m_last_frame_ms;
    if (since >= 0.0 && since < kFrameMs) glfwWaitEventsTimeout((kFrameMs - since) / 1000.0);
}

bool FrameLoop::wait_for_work() const {
    std::optional<double> wake_ms;  // on glfwGetTime's clock
    if (const replay::ReplayDriver* driver = m_options.driver; driver != nullptr && driver->wake_at_ms())
        wake_ms = *driver->wake_at_ms();
    // The shell's timers: the session's, the practitioner lock, a held corner.
    if (m_options.clock != nullptr) {
        if (const auto deadline = m_shell.next_deadline_ms()) {
            const double at = now_ms() + static_cast<double>(*deadline - m_options.clock->now_ms());
            wake_ms = wake_ms ? std::min(*wake_ms, at) : at;
        }
    }
    if (!wake_ms) {
        // No timer is pending: sleep until the OS has an event for us.
        glfwWaitEvents();
        return false;
    }
    const double seconds = (*wake_ms - now_ms()) / 1000.0;
    if (seconds > 0.0) glfwWaitEventsTimeout(seconds);
    return now_ms() >= *wake_ms;
}

std::string FrameLoop::capture(const std::string& path) const {
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(m_window.handle(), &width, &height);
    return write_framebuffer_png(path, width, height);
}

bool FrameLoop::close_allowed() const {
    // Fullscreen, a client has no way out; staff close the maintenance screen.
    return m_window.windowed() || m_shell.screen() == ui::ScreenId::Maintenance;
}

int FrameLoop::exit_code_on_close() const { return m_shell.screen() == ui::ScreenId::Maintenance ? 2 : 0; }

int FrameLoop::run() {
    GLFWwindow* window = m_window.handle();
    int frames_left = kFramesAfterInput;
    replay::ReplayDriver* driver = m_options.driver;
    while (true) {
        if (glfwWindowShouldClose(window) != 0) {
            if (close_allowed()) return exit_code_on_close();
            glfwSetWindowShouldClose(window, GLFW_FALSE);
        }
        if (frames_left <= 0) {
            // A timer needs one frame to show its change; input needs a few.
            frames_left = wait_for_work() ? 1 : kFramesAfterInput;
            continue;
        }
        if (driver == nullptr) pace();  // a replay runs as fast as it can
        glfwPollEvents();
        render_frame();
        m_last_frame_ms = now_ms();
        --frames_left;

        if (driver != nullptr) {
            const replay::FrameInfo info{now_ms(), m_shell.screen_name(), m_shell.widgets(), m_shell.session(),
                                         &m_shell.screens().questions.dates};
            driver->after_frame(info, [this](const std::string& path) { return capture(path); });
            if (driver->take_fault_request())
                m_shell.inject_fault([] { throw std::runtime_error("a fault injected by the replay"); });
            if (driver->finished()) {
                if (!driver->message().empty()) std::cerr << "intake-kiosk: " << driver->message() << '\n';
                return driver->exit_code();
            }
            if (driver->wants_frame()) frames_left = std::max(frames_left, 1);
        } else if (!m_options.screenshots_dir.empty() && m_frames == kScreenshotFrame) {
            const std::string name(m_shell.screen_name());
            const auto path = std::filesystem::path(m_options.screenshots_dir) / (name + ".png");
            if (const std::string err = capture(path.string()); !err.empty()) {
                std::cerr << "intake-kiosk: screenshot: " << err << '\n';
                return 2;
            }
            return exit_code_on_close();
        }
        if (m_shell.needs_redraw()) frames_left = std::max(frames_left, 2);
        glfwSwapBuffers(window);
    }
}

}  // namespace kiosk::platform
