#include "cli/cli_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace kiosk::testing {

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

bool have_xvfb() { return std::system("command -v Xvfb >/dev/null 2>&1") == 0; }

std::string temp_file(const std::string& text, const std::string& suffix) {
    static std::atomic<int> n{0};
    const auto path = std::filesystem::temp_directory_path() /
                      ("kiosk-cli-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + suffix);
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

RunResult run_kiosk(const std::string& args, const std::string& stdin_text, const std::string& prefix) {
    const std::string in = temp_file(stdin_text, ".in");
    const std::string out = temp_file("", ".out");
    const std::string err = temp_file("", ".err");
    const std::string cmd = prefix + " " + std::string(KIOSK_EXE) + " " + args + " <" + in + " >" + out + " 2>" + err;
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    for (const auto& f : {in, out, err}) std::filesystem::remove(f);
    return r;
}

}  // namespace kiosk::testing
