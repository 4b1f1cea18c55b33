#pragma once
// Timestamps as the outside world reads them: ISO 8601, in UTC or with the
// clinic's offset.
#include <cstdint>
#include <string>

namespace kiosk {

// Wall-clock time: unix milliseconds (submission and audit timestamps).
[[nodiscard]] std::int64_t unix_now_ms();

// "2026-11-25T14:03:07Z" for a unix time in milliseconds.
[[nodiscard]] std::string iso_utc(std::int64_t unix_ms);

// The same instant on the clinic's clock (local time, see time_zone.hpp) with
// its offset: "2026-02-28T21:00:00-08:00"; "...Z" where the offset is zero.
// Exports use it, so the date a reader sees is the clinic's.
[[nodiscard]] std::string iso_local(std::int64_t unix_ms);

}  // namespace kiosk
