#pragma once
// Calendar dates (no time of day, no time zone): dates of birth, last doses,
// "today" and the day of a submission as the clinic's clock sees it.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..days_in_month

    // Strict "YYYY-MM-DD"; nullopt for anything else, including 2023-02-29.
    [[nodiscard]] static std::optional<Date> parse(std::string_view iso);
    [[nodiscard]] static bool valid(int y, int m, int d);
    // Inverse of days(), for years -32767..32767 (std::chrono's); days past
    // them give the first or last day of that range.
    [[nodiscard]] static Date from_days(long days);
    // The clinic's date now: local time, which use_time_zone (time_zone.hpp)
    // made the clinic's at start.
    [[nodiscard]] static Date today_local();
    // The clinic's (local) calendar date of a unix time in milliseconds,
    // negative ones too: the day a submission was made, as the clinic saw it.
    [[nodiscard]] static Date local_of_unix_ms(std::int64_t unix_ms);

    [[nodiscard]] std::string iso() const;
    [[nodiscard]] long days() const;  // days since 1970-01-01

    auto operator<=>(const Date&) const = default;
};

[[nodiscard]] int days_in_month(int year, int month);

// Whole years completed from `from` to `to` (an age: 18 on the 18th birthday;
// someone born on 29 February turns a year older on 1 March in common years).
[[nodiscard]] int whole_years_between(const Date& from, const Date& to);
// `d` moved by `months` calendar months; a day past the end of the target
// month is held to its last day (31 January + 1 month = 28 or 29 February).
[[nodiscard]] Date add_months(const Date& d, int months);
[[nodiscard]] Date add_days(const Date& d, long days);
// Day of the week, 0 = Sunday .. 6 = Saturday.
[[nodiscard]] int weekday(const Date& d);

// Whole calendar months completed from `from` to `to`; negative if `to` is earlier.
[[nodiscard]] int whole_months_between(const Date& from, const Date& to);

}  // namespace kiosk
