#pragma once
// The time the intake session runs on, behind an interface so the idle and
// thank-you timers and every date rule can be tested with a hand-moved clock.
#include <cstdint>

#include "common/date.hpp"

namespace kiosk::session {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds on a monotonic clock (any origin): timers only compare them.
    [[nodiscard]] virtual std::int64_t now_ms() const = 0;
    // The clinic's calendar date, for "not in the future" and age(dob).
    [[nodiscard]] virtual Date today() const = 0;
};

// steady_clock for timers, so a wall-clock change (NTP, daylight saving)
// neither fires nor postpones the idle wipe; local date for the calendar.
class SystemClock final : public Clock {
public:
    [[nodiscard]] std::int64_t now_ms() const override;
    [[nodiscard]] Date today() const override;
};

}  // namespace kiosk::session
