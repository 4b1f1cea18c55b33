#include "common/date.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace kiosk {

namespace {
bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool Date::valid(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<Date> Date::parse(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto digits = [&](size_t from, size_t n) -> int {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0 || !valid(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// Howard Hinnant's days-from-civil algorithm.
long Date::days() const {
    const long y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::today_local() {
    using namespace std::chrono;
    return local_of_unix_ms(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

Date Date::local_of_unix_ms(std::int64_t unix_ms) {
    // Whole seconds toward minus infinity, so -1 ms is the last second of 1969.
    const std::int64_t secs = unix_ms / 1000 - (unix_ms % 1000 < 0 ? 1 : 0);
    const auto t = static_cast<std::time_t>(secs);
    std::tm tm{};
    if (localtime_r(&t, &tm) == nullptr) {  // past what the C library can break down: the UTC date
        constexpr std::int64_t kSecsPerDay = 86'400;
        return from_days(static_cast<long>(secs / kSecsPerDay - (secs % kSecsPerDay < 0 ? 1 : 0)));
    }
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

int whole_months_between(const Date& from, const Date& to) {
    if (to < from) return -whole_months_between(to, from);
    int months = (to.year - from.year) * 12 + (to.month - from.month);
    // A month is complete once the same day of the month comes round; when the
    // target month is shorter, its last day counts as that day.
    const int anniversary = std::min(from.day, days_in_month(to.year, to.month));
    if (to.day < anniversary) --months;
    return months;
}

int whole_years_between(const Date& from, const Date& to) {
    if (to < from) return -whole_years_between(to, from);
    int years = to.year - from.year;
    if (to.month < from.month || (to.month == from.month && to.day < from.day)) --years;
    return years;
}

}  // namespace kiosk
