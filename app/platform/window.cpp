#include "platform/window.hpp"

#include <algorithm>
#include <utility>

#include <GLFW/glfw3.h>

namespace kiosk::platform {

namespace {

constexpr int kWindowedWidth = 1280;
constexpr int kWindowedHeight = 800;

}  // namespace

std::optional<Window> Window::open(bool windowed) {
    glfwSetErrorCallback([](int, const char*) {});  // the caller prints one clear message
    if (glfwInit() == GLFW_FALSE) return std::nullopt;

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = nullptr;
    GLFWmonitor* monitor = windowed ? nullptr : glfwGetPrimaryMonitor();
    if (monitor != nullptr) {
        // "Windowed fullscreen": the monitor's current mode, so no mode switch.
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
        window = glfwCreateWindow(mode->width, mode->height, "Intake Kiosk", monitor, nullptr);
    } else {
        glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
        window = glfwCreateWindow(kWindowedWidth, kWindowedHeight, "Intake Kiosk", nullptr, nullptr);
    }
    if (window == nullptr) {
        glfwTerminate();
        return std::nullopt;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    if (!windowed) glfwSetInputMode(window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);  // touch only
    return Window(window, windowed);
}

Window::Window(Window&& other) noexcept
    : m_window(std::exchange(other.m_window, nullptr)), m_windowed(other.m_windowed) {}

Window& Window::operator=(Window&& other) noexcept {
    std::swap(m_window, other.m_window);
    std::swap(m_windowed, other.m_windowed);
    return *this;
}

Window::~Window() {
    if (m_window == nullptr) return;
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

float Window::content_scale() const {
    float x = 1.0F;
    float y = 1.0F;
    glfwGetWindowContentScale(m_window, &x, &y);
    return x > 0.0F ? x : 1.0F;
}

float Window::ui_scale() const {
    int width = 0;
    int height = 0;
    glfwGetWindowSize(m_window, &width, &height);  // ImGui lays out in window coordinates
    const float fit =
        std::min(static_cast<float>(width) / kWindowedWidth, static_cast<float>(height) / kWindowedHeight);
    return std::max(content_scale(), fit);
}

}  // namespace kiosk::platform
