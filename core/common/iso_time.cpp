#include "common/iso_time.hpp"

#include <chrono>
#include <cstdio>

#include "common/date.hpp"

namespace kiosk {

std::int64_t unix_now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string iso_utc(std::int64_t unix_ms) {
    std::int64_t secs = unix_ms / 1000;
    if (unix_ms % 1000 < 0) --secs;
    std::int64_t days = secs / 86400;
    std::int64_t rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const Date d = Date::from_days(static_cast<long>(days));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", d.iso().c_str(), static_cast<int>(rem / 3600),
                  static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
    return buf;
}

}  // namespace kiosk
