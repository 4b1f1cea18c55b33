// One date formatter for every screen and the PDF (text/date_words.hpp), in
// English and Spanish, and the calendar arithmetic under it (common/date.hpp).
#include <gtest/gtest.h>

#include "common/date.hpp"
#include "text/date_words.hpp"

namespace kiosk::test {
namespace {

TEST(DateWords, LongDates) {
    EXPECT_EQ(text::long_date({2027, 3, 1}, "en"), "1 March 2027");
    EXPECT_EQ(text::long_date({2027, 3, 1}, "es"), "1 de marzo de 2027");
    EXPECT_EQ(text::long_date({1990, 12, 24}, "es"), "24 de diciembre de 1990");
    EXPECT_EQ(text::long_date({2027, 3, 1}, "fr"), "1 March 2027");  // no French catalogue: English
}

TEST(DateWords, ShortDatesAndWeekdays) {
    EXPECT_EQ(text::short_date({2026, 11, 25}, "en"), "25 Nov 2026");
    EXPECT_EQ(text::short_date({2026, 9, 5}, "es"), "5 sept 2026");
    EXPECT_EQ(text::weekday_date({2026, 11, 25}, "en"), "Wed 25 November 2026");
    EXPECT_EQ(text::weekday_date({2026, 11, 25}, "es"), "mié, 25 de noviembre de 2026");
    EXPECT_EQ(text::weekday_date({2027, 3, 1}, "es"), "lun, 1 de marzo de 2027");
    EXPECT_EQ(text::month_name(1, "es"), "enero");
    EXPECT_EQ(text::month_name(13, "en"), "");
}

TEST(DateWords, Weekday) {
    EXPECT_EQ(weekday({1970, 1, 1}), 4);  // a Thursday
    EXPECT_EQ(weekday({2026, 11, 29}), 0);
    EXPECT_EQ(weekday({2024, 2, 29}), 4);
    EXPECT_EQ(weekday({1969, 12, 31}), 3);
}

TEST(DateWords, AddMonthsHoldsTheDayToTheMonthsEnd) {
    EXPECT_EQ(add_months({2027, 1, 31}, 1), (Date{2027, 2, 28}));
    EXPECT_EQ(add_months({2028, 1, 31}, 1), (Date{2028, 2, 29}));
    EXPECT_EQ(add_months({2026, 11, 30}, 3), (Date{2027, 2, 28}));
    EXPECT_EQ(add_months({2026, 12, 15}, 1), (Date{2027, 1, 15}));
    EXPECT_EQ(add_months({2027, 3, 31}, -1), (Date{2027, 2, 28}));
    EXPECT_EQ(add_days({2026, 12, 28}, 7), (Date{2027, 1, 4}));
}

}  // namespace
}  // namespace kiosk::test
