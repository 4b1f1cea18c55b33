// The idle timer on its own (DESIGN §2): prompt after the idle period,
// countdown, expiry measured from when the prompt was due, input ignored
// while the prompt shows, the deadlines the UI loop sleeps until.
#include <gtest/gtest.h>

#include "session/idle_timer.hpp"

namespace kiosk::session {
namespace {

using Event = IdleTimer::Event;

constexpr std::int64_t kT0 = 50'000;

IdleTimer armed_90_30() {
    IdleTimer t = IdleTimer::from_seconds(90, 30);
    t.arm(kT0);
    return t;
}

TEST(IdleTimer, DisarmedDoesNothing) {
    IdleTimer t = IdleTimer::from_seconds(90, 30);
    EXPECT_FALSE(t.armed());
    EXPECT_EQ(t.update(kT0 + 10'000'000), Event::None);
    EXPECT_FALSE(t.prompting());
    EXPECT_EQ(t.next_deadline_ms(kT0), std::nullopt);
}

TEST(IdleTimer, PromptsAfterIdlePeriodThenExpiresAfterCountdown) {
    IdleTimer t = armed_90_30();
    EXPECT_EQ(t.next_deadline_ms(kT0), kT0 + 90'000);
    EXPECT_EQ(t.update(kT0 + 89'999), Event::None);
    EXPECT_FALSE(t.prompting());
    EXPECT_EQ(t.seconds_left(kT0 + 89'999), 0);
    EXPECT_EQ(t.update(kT0 + 90'000), Event::Prompt);
    EXPECT_TRUE(t.prompting());
    EXPECT_EQ(t.seconds_left(kT0 + 90'000), 30);
    EXPECT_EQ(t.update(kT0 + 95'000), Event::None);  // the prompt is latched once
    EXPECT_EQ(t.seconds_left(kT0 + 95'000), 25);
    EXPECT_EQ(t.seconds_left(kT0 + 95'001), 25);  // rounded up: never shows 0 early
    EXPECT_EQ(t.seconds_left(kT0 + 119'001), 1);
    EXPECT_EQ(t.update(kT0 + 119'999), Event::None);
    EXPECT_EQ(t.update(kT0 + 120'000), Event::Expired);
    EXPECT_FALSE(t.armed());
    EXPECT_FALSE(t.prompting());
}

TEST(IdleTimer, ActivityRestartsTheIdlePeriod) {
    IdleTimer t = armed_90_30();
    t.activity(kT0 + 80'000);
    EXPECT_EQ(t.update(kT0 + 100'000), Event::None);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 100'000), kT0 + 170'000);
    EXPECT_EQ(t.update(kT0 + 170'000), Event::Prompt);
}

TEST(IdleTimer, ActivityDoesNotDismissThePrompt) {
    IdleTimer t = armed_90_30();
    ASSERT_EQ(t.update(kT0 + 90'000), Event::Prompt);
    t.activity(kT0 + 100'000);
    EXPECT_TRUE(t.prompting());
    EXPECT_EQ(t.update(kT0 + 120'000), Event::Expired);
}

TEST(IdleTimer, ArmDismissesThePrompt) {
    IdleTimer t = armed_90_30();
    ASSERT_EQ(t.update(kT0 + 90'000), Event::Prompt);
    t.arm(kT0 + 110'000);
    EXPECT_FALSE(t.prompting());
    EXPECT_EQ(t.update(kT0 + 150'000), Event::None);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 150'000), kT0 + 200'000);
}

TEST(IdleTimer, LateWakeUpExpiresWithoutExtendingTheCountdown) {
    IdleTimer t = armed_90_30();
    // The loop slept through both deadlines: straight to expiry.
    EXPECT_EQ(t.update(kT0 + 3'600'000), Event::Expired);
    // Prompt noticed late: the countdown still ends when it was due to.
    IdleTimer u = armed_90_30();
    ASSERT_EQ(u.update(kT0 + 115'000), Event::Prompt);
    EXPECT_EQ(u.seconds_left(kT0 + 115'000), 5);
    EXPECT_EQ(u.update(kT0 + 120'000), Event::Expired);
}

TEST(IdleTimer, DeadlinesFollowTheShownCountdown) {
    IdleTimer t = armed_90_30();
    ASSERT_EQ(t.update(kT0 + 90'000), Event::Prompt);
    // 30 shown; it drops to 29 one second later, and so on, then expiry.
    EXPECT_EQ(t.next_deadline_ms(kT0 + 90'000), kT0 + 91'000);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 90'500), kT0 + 91'000);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 91'000), kT0 + 92'000);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 118'200), kT0 + 119'000);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 119'000), kT0 + 120'000);
    EXPECT_EQ(t.next_deadline_ms(kT0 + 119'500), kT0 + 120'000);
}

}  // namespace
}  // namespace kiosk::session
