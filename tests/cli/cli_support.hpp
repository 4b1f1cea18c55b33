#pragma once
// Runs the real intake-kiosk executable and captures what it prints.
#include <string>
#include <vector>

namespace kiosk::testing {

struct RunResult {
    int code = -1;
    std::string out;
    std::string err;
};

// `args` are passed through the shell; `stdin_text` is fed to standard input;
// `prefix` goes before the executable (e.g. "env -u DISPLAY").
RunResult run_kiosk(const std::string& args, const std::string& stdin_text = "", const std::string& prefix = "");

// The prefix that runs the kiosk window on a private virtual X server
// (tests/support/under_xvfb: the command's own exit status). Under the
// sanitizers, leak checking is off for the window process only: Mesa's and
// fontconfig's threads keep a few bytes to exit; the headless UI tests check
// our own code for leaks.
inline const std::string kUnderXvfb = "env ASAN_OPTIONS=detect_leaks=0 " KIOSK_SOURCE_DIR "/tests/support/under_xvfb";
[[nodiscard]] bool have_xvfb();

// Writes `text` to a fresh temporary file and returns its path.
std::string temp_file(const std::string& text, const std::string& suffix = ".json");

}  // namespace kiosk::testing
