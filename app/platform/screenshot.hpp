#pragma once
// Writes the frame just rendered (the GL back buffer) to a PNG file: the
// `--screenshots` output and the replay `screenshot` command.
#include <string>

namespace kiosk::platform {

// Returns "" on success, else a message. Creates the parent directory.
[[nodiscard]] std::string write_framebuffer_png(const std::string& path, int width, int height);

}  // namespace kiosk::platform
