// "Are you still there?" through the real shell on the session's hand-moved
// clock: after idle_seconds the overlay covers the page with its countdown
// and one button (the page's ids are gone), the seconds count down, "I'm
// still here" dismisses it with every answer kept, and at zero everything is
// wiped and the attract screen is back.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"
#include "theme/review_strings.hpp"

namespace kiosk::test {
namespace {

class IdleOverlay : public ::testing::Test {
protected:
    void SetUp() override { walk_to_consent(ui, testing::clear_client()); }

    void go_idle() {
        ui.clock().advance_s(testing::shipped_config().clinic.timeouts.idle_seconds);
        ui.frame();
        ui.frame();
    }

    HeadlessUi ui{testing::shipped_config(), "en"};
};

TEST_F(IdleOverlay, ShowsTheCountdownAndOnlyItsButton) {
    ASSERT_EQ(ui.shell().screen_name(), "consent");
    go_idle();
    ASSERT_TRUE(ui.session().idle_prompt());
    EXPECT_EQ(ui.shell().screen_name(), "idle");
    EXPECT_EQ(ui.shell().widgets().ids(), std::vector<std::string>{"still_here"});
    const int countdown = testing::shipped_config().clinic.timeouts.countdown_seconds;
    EXPECT_TRUE(ui.drew_exactly(std::to_string(countdown)));
    EXPECT_TRUE(ui.drew_exactly("seconds"));
    EXPECT_TRUE(ui.drew_exactly("Are you still there?"));
    EXPECT_TRUE(ui.drew_exactly(ui::review_text(ui::ReviewText::StillHere, "en")));

    ui.clock().advance_s(9);
    ui.frame();
    EXPECT_TRUE(ui.drew_exactly(std::to_string(countdown - 9)));
    const ui::WidgetEntry* button = ui.shell().widgets().find("still_here");
    ASSERT_NE(button, nullptr);
    EXPECT_GE(button->max.y - button->min.y, 72.0F);
}

TEST_F(IdleOverlay, TheScrimBlocksThePageUnderIt) {
    const ImVec2 next = ui.center_of("next");
    go_idle();
    ui.frame(next, true);
    ui.frame(next, false);
    ui.frame(next, false);
    EXPECT_TRUE(ui.session().idle_prompt());
    EXPECT_EQ(ui.session().step(), session::Step::Consent);
}

TEST_F(IdleOverlay, StillHereDismissesItAndKeepsTheAnswers) {
    go_idle();
    ui.tap("still_here");
    EXPECT_FALSE(ui.session().idle_prompt());
    EXPECT_EQ(ui.shell().screen_name(), "consent");
    EXPECT_TRUE(ui.shows("next"));
    ASSERT_NE(ui.session().answer("first_name"), nullptr);
    EXPECT_EQ(std::get<std::string>(*ui.session().answer("first_name")), "Ana");
}

TEST_F(IdleOverlay, AtZeroEverythingIsWipedAndAttractIsBack) {
    go_idle();
    ui.clock().advance_s(testing::shipped_config().clinic.timeouts.countdown_seconds);
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_FALSE(ui.session().has_answers());
    EXPECT_TRUE(ui.shows("start"));
    EXPECT_FALSE(ui.shows("still_here"));
}

TEST_F(IdleOverlay, SpeaksTheClientsLanguage) {
    ASSERT_TRUE(ui.session().set_language("es"));
    go_idle();
    EXPECT_TRUE(ui.drew_exactly("¿Sigue ahí?"));
    EXPECT_TRUE(ui.drew_exactly("segundos"));
    EXPECT_TRUE(ui.drew_exactly("Sigo aquí"));
    EXPECT_FALSE(ui.drew_exactly("Are you still there?"));
}

}  // namespace
}  // namespace kiosk::test
