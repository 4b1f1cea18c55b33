#pragma once
// A fresh directory under /tmp, removed with everything in it at scope exit.
#include <atomic>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace kiosk::testing {

class TempDir {
public:
    explicit TempDir(const std::string& tag = "t") {
        static std::atomic<int> n{0};
        path_ = std::filesystem::temp_directory_path() /
                ("kiosk-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::string str() const { return path_.string(); }
    [[nodiscard]] std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

}  // namespace kiosk::testing
