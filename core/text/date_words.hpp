#pragma once
// Dates and times as people read them, in one place for every screen and
// the PDF. The words and their order come from the catalogue (date.* keys in
// assets/i18n): "1 March 2027" / "1 de marzo de 2027".
#include <cstdint>
#include <string>
#include <string_view>

#include "common/date.hpp"

namespace kiosk::text {

// "1 March 2027" / "1 de marzo de 2027".
[[nodiscard]] std::string long_date(const Date& d, std::string_view lang);
// "1 Mar 2027" / "1 mar 2027".
[[nodiscard]] std::string short_date(const Date& d, std::string_view lang);
// "Mon 1 March 2027" / "lun, 1 de marzo de 2027".
[[nodiscard]] std::string weekday_date(const Date& d, std::string_view lang);
// "March" / "marzo"; month 1..12 (anything else: empty).
[[nodiscard]] std::string_view month_name(int month, std::string_view lang);

// The clinic's (local) time of a unix time in ms: "09:05".
[[nodiscard]] std::string local_clock_time(std::int64_t unix_ms);
// The clinic's day of a unix time in ms, as short_date.
[[nodiscard]] std::string local_short_day(std::int64_t unix_ms, std::string_view lang);
// "25 November 2026, 15:03 (UTC+01:00)": the clinic's date and time with its offset.
[[nodiscard]] std::string local_date_time(std::int64_t unix_ms, std::string_view lang);

}  // namespace kiosk::text
