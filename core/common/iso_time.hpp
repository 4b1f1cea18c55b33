#pragma once
// Timestamps as the outside world reads them: ISO 8601 in UTC.
#include <cstdint>
#include <string>

namespace kiosk {

// Wall-clock time: unix milliseconds (submission and audit timestamps).
[[nodiscard]] std::int64_t unix_now_ms();

// "2026-11-25T14:03:07Z" for a unix time in milliseconds.
[[nodiscard]] std::string iso_utc(std::int64_t unix_ms);

}  // namespace kiosk
