#include "session/clock.hpp"

#include <chrono>

namespace kiosk::session {

std::int64_t SystemClock::now_ms() const {
    const auto since = std::chrono::steady_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::milliseconds>(since).count();
}

Date SystemClock::today() const { return Date::today_local(); }

}  // namespace kiosk::session
