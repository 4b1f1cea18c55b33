#pragma once
// Runs a test in a given clinic time zone and puts the process's back after,
// so the other tests in the binary keep the zone they started with.
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

#include "common/time_zone.hpp"

namespace kiosk::testing {

class ZoneGuard {
public:
    explicit ZoneGuard(const std::string& zone) {
        if (const char* tz = std::getenv("TZ")) m_saved = tz;
        use_time_zone(zone);
    }
    ~ZoneGuard() {
        if (m_saved) ::setenv("TZ", m_saved->c_str(), 1);
        else ::unsetenv("TZ");
        ::tzset();
    }
    ZoneGuard(const ZoneGuard&) = delete;
    ZoneGuard& operator=(const ZoneGuard&) = delete;

private:
    std::optional<std::string> m_saved;
};

}  // namespace kiosk::testing
