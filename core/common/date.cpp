#include "common/date.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace kiosk {

namespace {
namespace chr = std::chrono;

chr::year_month_day ymd(const Date& d) {
    return chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} / chr::day{static_cast<unsigned>(d.day)};
}
}  // namespace

int days_in_month(int year, int month) {
    if (month < 1 || month > 12) return 0;
    const chr::year_month_day_last last{chr::year{year}, chr::month_day_last{chr::month{static_cast<unsigned>(month)}}};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

bool Date::valid(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && ymd(Date{y, m, d}).ok();
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

long Date::days() const { return static_cast<long>(chr::sys_days{ymd(*this)}.time_since_epoch().count()); }

Date Date::from_days(long z) {
    // year_month_day holds years -32767..32767; a day count past them (a
    // corrupt timestamp) is held to their ends rather than wrapped.
    constexpr chr::sys_days kFirst{chr::year::min() / chr::January / 1}, kLast{chr::year::max() / chr::December / 31};
    const chr::year_month_day d{std::clamp(chr::sys_days{chr::days{z}}, kFirst, kLast)};
    return Date{static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
                static_cast<int>(static_cast<unsigned>(d.day()))};
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
        const auto utc_day = chr::floor<chr::days>(chr::sys_seconds{chr::seconds{secs}});
        return from_days(static_cast<long>(utc_day.time_since_epoch().count()));
    }
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

Date add_months(const Date& d, int months) {
    const chr::year_month ym = chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} + chr::months{months};
    const int y = static_cast<int>(ym.year());
    const int m = static_cast<int>(static_cast<unsigned>(ym.month()));
    return Date{y, m, std::min(d.day, days_in_month(y, m))};
}

Date add_days(const Date& d, long days) { return Date::from_days(d.days() + days); }

int weekday(const Date& d) {
    return static_cast<int>(chr::weekday{chr::sys_days{ymd(d)}}.c_encoding());
}

int whole_months_between(const Date& from, const Date& to) {
    if (to < from) return -whole_months_between(to, from);
    const chr::year_month_day a = ymd(from), b = ymd(to);
    int months = static_cast<int>((b.year() / b.month() - a.year() / a.month()).count());
    // A month is complete once the same day of the month comes round; when the
    // target month is shorter, its last day counts as that day.
    const int anniversary = std::min(from.day, days_in_month(to.year, to.month));
    if (to.day < anniversary) --months;
    return months;
}

int whole_years_between(const Date& from, const Date& to) {
    if (to < from) return -whole_years_between(to, from);
    const chr::year_month_day a = ymd(from), b = ymd(to);
    int years = static_cast<int>((b.year() - a.year()).count());
    // Not yet the birthday this year; 29 February's comes round on 1 March
    // in a common year, as 02-28 < 02-29.
    if (b.month() / b.day() < a.month() / a.day()) --years;
    return years;
}

}  // namespace kiosk
