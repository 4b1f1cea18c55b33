// Calendar arithmetic behind age() and months_since().
#include <gtest/gtest.h>

#include "common/date.hpp"

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
}

}  // namespace
}  // namespace kiosk
