#include "platform/screenshot.hpp"

#include <cstring>
#include <filesystem>
#include <vector>

#include <GLFW/glfw3.h>  // GL 1.x declarations: glReadPixels
#include <stb_image_write.h>

namespace kiosk::platform {

std::string write_framebuffer_png(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0) return "nothing to capture: the framebuffer is empty";
    std::error_code ec;
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) return "cannot create " + parent.string() + ": " + ec.message();

    const auto w = static_cast<size_t>(width);
    const auto h = static_cast<size_t>(height);
    const size_t stride = w * 4;
    std::vector<unsigned char> pixels(stride * h);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());

    // GL's rows start at the bottom; PNG's at the top.
    std::vector<unsigned char> flipped(pixels.size());
    for (size_t row = 0; row < h; ++row) std::memcpy(&flipped[row * stride], &pixels[(h - 1 - row) * stride], stride);
    // The kiosk draws opaque; force alpha so viewers do not show blending leftovers.
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;

    if (stbi_write_png(path.c_str(), width, height, 4, flipped.data(), static_cast<int>(stride)) == 0)
        return "cannot write " + path;
    return "";
}

}  // namespace kiosk::platform
