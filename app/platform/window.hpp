#pragma once
// The kiosk's GLFW window with an OpenGL 3 context: fullscreen on the
// primary monitor (no decorations, hidden cursor) or a 1280 x 800 window.
#include <memory>
#include <optional>

struct GLFWwindow;

namespace kiosk::platform {

class Window {
public:
    // nullopt when there is no display (glfwInit or window creation failed).
    [[nodiscard]] static std::optional<Window> open(bool windowed);

    Window(Window&&) noexcept;
    Window& operator=(Window&&) noexcept;
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;
    ~Window();

    [[nodiscard]] GLFWwindow* handle() const { return m_window; }
    // The display's content scale (DPI / 96 on X11), at least 1 when unknown.
    [[nodiscard]] float content_scale() const;
    // The scale the UI is drawn at: the content scale, raised so the mockups'
    // 1280 x 800 composition fills a larger screen (a 1920 x 1080 monitor
    // at scale 1 draws at 1.35). Never below the content scale, so touch
    // targets never shrink.
    [[nodiscard]] float ui_scale() const;
    [[nodiscard]] bool windowed() const { return m_windowed; }

private:
    Window(GLFWwindow* window, bool windowed) : m_window(window), m_windowed(windowed) {}
    GLFWwindow* m_window = nullptr;
    bool m_windowed = false;
};

}  // namespace kiosk::platform
