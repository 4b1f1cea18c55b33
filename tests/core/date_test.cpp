// Calendar arithmetic behind age() and months_since().
#include <gtest/gtest.h>

#include "common/date.hpp"

#include <cstdint>
#include <limits>

#include "common/iso_time.hpp"

namespace kiosk {
namespace {

TEST(Date, ParsesOnlyRealIsoDates) {
    EXPECT_EQ(Date::parse("2024-02-29"), (Date{2024, 2, 29}));
    EXPECT_FALSE(Date::parse("2023-02-29"));
    EXPECT_FALSE(Date::parse("2023-13-01"));
    EXPECT_FALSE(Date::parse("2023-04-31"));
    EXPECT_FALSE(Date::parse("2023-4-01"));
    EXPECT_FALSE(Date::parse("20230401"));
    EXPECT_FALSE(Date::parse("2023-04-0a"));
    EXPECT_FALSE(Date::parse(""));
}

TEST(Date, DaysRoundTrip) {
    EXPECT_EQ(Date({1970, 1, 1}).days(), 0);
    EXPECT_EQ(Date({2000, 3, 1}).days() - Date({2000, 2, 28}).days(), 2);
    for (long d = -1000; d < 30000; d += 37) EXPECT_EQ(Date::from_days(d).days(), d);
    EXPECT_EQ(Date({2026, 11, 25}).iso(), "2026-11-25");
}

TEST(Date, WholeYearsIsAnAge) {
    const Date dob{2008, 11, 25};
    EXPECT_EQ(whole_years_between(dob, {2026, 11, 25}), 18);
    EXPECT_EQ(whole_years_between(dob, {2026, 11, 24}), 17);
    // Born on 29 February: a year older on 1 March in a common year.
    EXPECT_EQ(whole_years_between({2008, 2, 29}, {2026, 2, 28}), 17);
    EXPECT_EQ(whole_years_between({2008, 2, 29}, {2026, 3, 1}), 18);
}

TEST(Date, WholeMonths) {
    EXPECT_EQ(whole_months_between({2026, 5, 25}, {2026, 11, 25}), 6);
    EXPECT_EQ(whole_months_between({2026, 5, 26}, {2026, 11, 25}), 5);
    EXPECT_EQ(whole_months_between({2026, 8, 31}, {2026, 9, 30}), 1);
    EXPECT_EQ(whole_months_between({2026, 8, 31}, {2026, 9, 29}), 0);
    EXPECT_EQ(whole_months_between({2026, 11, 25}, {2026, 5, 25}), -6);
    // Month ends: 31 January to the last day of February is a month, leap year or not.
    EXPECT_EQ(whole_months_between({2024, 1, 31}, {2024, 2, 29}), 1);
    EXPECT_EQ(whole_months_between({2023, 1, 31}, {2023, 2, 28}), 1);
    EXPECT_EQ(whole_months_between({2023, 1, 31}, {2023, 2, 27}), 0);
    EXPECT_EQ(whole_months_between({2025, 12, 31}, {2026, 6, 30}), 6);
    EXPECT_EQ(whole_months_between({2025, 12, 31}, {2026, 6, 29}), 5);
}

TEST(Date, DaysInMonthFollowsTheGregorianLeapRule) {
    EXPECT_EQ(days_in_month(2024, 2), 29);
    EXPECT_EQ(days_in_month(2023, 2), 28);
    EXPECT_EQ(days_in_month(1900, 2), 28);
    EXPECT_EQ(days_in_month(2000, 2), 29);
    EXPECT_EQ(days_in_month(2026, 4), 30);
    EXPECT_EQ(days_in_month(2026, 12), 31);
    EXPECT_EQ(days_in_month(2026, 0), 0);
    EXPECT_EQ(days_in_month(2026, 13), 0);
    EXPECT_FALSE(Date::valid(2026, 1, 32));
    EXPECT_FALSE(Date::valid(2026, 1, 257));  // not 1 after a wrap to 8 bits
    EXPECT_FALSE(Date::valid(2026, 269, 1));
    EXPECT_FALSE(Date::valid(0, 1, 1));
    EXPECT_FALSE(Date::valid(10000, 1, 1));
}

TEST(Date, KnownDayCountsAndWeekdays) {
    EXPECT_EQ(Date({2000, 1, 1}).days(), 10957);
    EXPECT_EQ(Date({1969, 12, 31}).days(), -1);
    EXPECT_EQ(Date::from_days(-719162), (Date{1, 1, 1}));
    EXPECT_EQ(Date::from_days(2932896), (Date{9999, 12, 31}));
    EXPECT_EQ(Date({2026, 11, 25}).days(), 20782);
    EXPECT_EQ(Date({2026, 11, 25}).days() % 7, 6);  // 1970-01-01 a Thursday, so a Wednesday
}

TEST(Date, DayCountsPastTheCalendarsRangeAreHeldToItsEnds) {
    EXPECT_EQ(Date::from_days(std::numeric_limits<long>::max()), (Date{32767, 12, 31}));
    EXPECT_EQ(Date::from_days(std::numeric_limits<long>::min()), (Date{-32767, 1, 1}));
    // The ends of the millisecond range: defined text, no overflow on the way.
    EXPECT_EQ(iso_utc(std::numeric_limits<std::int64_t>::max()), "32767-12-31T07:12:55Z");
    EXPECT_EQ(iso_utc(std::numeric_limits<std::int64_t>::min()), "-32767-01-01T16:47:04Z");
    EXPECT_EQ(iso_utc(253'402'300'799'999), "9999-12-31T23:59:59Z");
}

}  // namespace
}  // namespace kiosk
