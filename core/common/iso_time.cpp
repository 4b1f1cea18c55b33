#include "common/iso_time.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "common/date.hpp"

namespace kiosk {

std::int64_t unix_now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string iso_utc(std::int64_t unix_ms) {
    namespace chr = std::chrono;
    // Floored (-1 ms is the last second of 1969), to seconds first: days
    // counted in milliseconds would overflow at the ends of the int64 range.
    const auto t = chr::floor<chr::seconds>(chr::sys_time<chr::milliseconds>{chr::milliseconds{unix_ms}});
    const auto day = chr::floor<chr::days>(t);
    const chr::hh_mm_ss hms{t - day};
    const Date d = Date::from_days(static_cast<long>(day.time_since_epoch().count()));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", d.iso().c_str(), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buf;
}

std::string iso_local(std::int64_t unix_ms) {
    const std::int64_t secs = unix_ms / 1000 - (unix_ms % 1000 < 0 ? 1 : 0);
    const auto t = static_cast<std::time_t>(secs);
    std::tm tm{};
    if (localtime_r(&t, &tm) == nullptr || tm.tm_gmtoff == 0) return iso_utc(unix_ms);
    const long offset_min = tm.tm_gmtoff / 60;
    const long abs_min = offset_min < 0 ? -offset_min : offset_min;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d%c%02ld:%02ld",
                  Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}.iso().c_str(), tm.tm_hour, tm.tm_min, tm.tm_sec,
                  offset_min < 0 ? '-' : '+', abs_min / 60, abs_min % 60);
    return buf;
}

}  // namespace kiosk
