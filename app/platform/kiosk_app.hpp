#pragma once
// Runs the kiosk window: GLFW + OpenGL 3 + Dear ImGui. Called by the CLI when
// no subcommand is given.
#include <string>

namespace kiosk::platform {

struct KioskOptions {
    std::string config_dir = "kiosk-config";
    std::string data_dir;         // already resolved by the CLI
    bool windowed = false;
    std::string lang;             // empty: the clinic's first language
    std::string replay_file;      // empty: no replay
    std::string screenshots_dir;  // empty: no screenshots
};

// Returns the process exit code: 0 after a normal quit, 2 when there is no
// display or the config is invalid (message already on stderr), 1 otherwise.
[[nodiscard]] int run_kiosk(const KioskOptions& options);

}  // namespace kiosk::platform
