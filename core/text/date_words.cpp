#include "text/date_words.hpp"

#include <cstdio>
#include <ctime>

#include "text/text_catalogue.hpp"

namespace kiosk::text {

namespace {

std::tm local_tm(std::int64_t unix_ms) {
    // Whole seconds toward minus infinity, as Date::local_of_unix_ms.
    const auto t = static_cast<std::time_t>(unix_ms / 1000 - (unix_ms % 1000 < 0 ? 1 : 0));
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

std::string dated(std::string_view lang, std::string_view format_key, const Date& d, std::string_view month) {
    return tr(lang, format_key, {{"day", std::to_string(d.day)}, {"month", month}, {"year", std::to_string(d.year)}});
}

std::string clock_of(const std::tm& tm) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return buf;
}

}  // namespace

std::string_view month_name(int month, std::string_view lang) {
    if (month < 1 || month > 12) return {};
    return tr(lang, "date.month." + std::to_string(month));
}

std::string long_date(const Date& d, std::string_view lang) { return dated(lang, "date.long", d, month_name(d.month, lang)); }

std::string short_date(const Date& d, std::string_view lang) {
    const std::string_view month =
        d.month >= 1 && d.month <= 12 ? tr(lang, "date.month_short." + std::to_string(d.month)) : std::string_view();
    return dated(lang, "date.short", d, month);
}

std::string weekday_date(const Date& d, std::string_view lang) {
    return tr(lang, "date.with_weekday",
              {{"weekday", tr(lang, "date.weekday." + std::to_string(weekday(d)))}, {"date", long_date(d, lang)}});
}

std::string local_clock_time(std::int64_t unix_ms) { return clock_of(local_tm(unix_ms)); }

std::string local_short_day(std::int64_t unix_ms, std::string_view lang) {
    return short_date(Date::local_of_unix_ms(unix_ms), lang);
}

std::string local_date_time(std::int64_t unix_ms, std::string_view lang) {
    const std::tm tm = local_tm(unix_ms);
    const long offset_min = tm.tm_gmtoff / 60;
    const long abs_min = offset_min < 0 ? -offset_min : offset_min;
    char offset[32];
    std::snprintf(offset, sizeof offset, " (UTC%c%02ld:%02ld)", offset_min < 0 ? '-' : '+', abs_min / 60, abs_min % 60);
    const Date day{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
    return tr(lang, "date.date_time", {{"date", long_date(day, lang)}, {"time", clock_of(tm)}}) + offset;
}

}  // namespace kiosk::text
