#include "common/time_zone.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace kiosk {

namespace {

// Letters, digits and "_+-", in components separated by single slashes, none
// of them "." or "..": nothing that reaches outside the zone directory.
bool plain_zone_name(std::string_view name) {
    if (name.empty() || name.size() > 255 || name.front() == '/' || name.back() == '/') return false;
    size_t start = 0;
    while (start <= name.size()) {
        const size_t slash = std::min(name.find('/', start), name.size());
        const std::string_view part = name.substr(start, slash - start);
        if (part.empty() || part == "." || part == "..") return false;
        for (const char c : part)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+' ||
                  c == '-'))
                return false;
        start = slash + 1;
    }
    return true;
}

}  // namespace

std::string time_zone_dir() {
    if (const char* dir = std::getenv("TZDIR"); dir != nullptr && *dir != '\0') return dir;
    return "/usr/share/zoneinfo";
}

bool is_known_time_zone(std::string_view name) {
    if (!plain_zone_name(name)) return false;
    const std::filesystem::path file = std::filesystem::path(time_zone_dir()) / std::string(name);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return false;
    // A compiled zone starts with "TZif" (RFC 8536); a stray file is no zone.
    std::ifstream in(file, std::ios::binary);
    std::array<char, 4> magic{};
    return in.read(magic.data(), magic.size()) && std::string_view(magic.data(), magic.size()) == "TZif";
}

void use_time_zone(const std::string& name) {
    if (name.empty()) return;
    // ":" asks for the zone file by name, never a POSIX rule string.
    ::setenv("TZ", (":" + name).c_str(), 1);
    ::tzset();
}

}  // namespace kiosk
