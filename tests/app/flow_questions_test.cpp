// The question pages through the real shell, headless, with real touches on
// the shipped questionnaire: taps and drags on yes/no, a refused Next and the
// reason beside the field, Back keeping answers, a follow-up appearing and
// its answer dropped, and the about cards.
#include <gtest/gtest.h>

#include <variant>

#include "support/intake_walk.hpp"

namespace kiosk::test {
namespace {

class QuestionsFlow : public ::testing::Test {
protected:
    HeadlessUi ui{testing::shipped_config()};
    session::IntakeSession& s = ui.session();

    [[nodiscard]] std::optional<bool> yes_no(std::string_view id) {
        const kiosk::Answer* a = s.answer(id);
        if (a == nullptr || !std::holds_alternative<bool>(*a)) return std::nullopt;
        return std::get<bool>(*a);
    }
};

TEST_F(QuestionsFlow, StartShowsTheCardsAndNextWalksThroughThemToTheQuestions) {
    ui.frame();
    ui.tap("start");
    EXPECT_EQ(ui.shell().screen_name(), "about");
    EXPECT_TRUE(ui.shows("next"));
    EXPECT_TRUE(ui.shows("back"));
    EXPECT_TRUE(ui.shows("skip"));
    const auto& cards = testing::shipped_config().questionnaire.cards;
    for (size_t i = 0; i < cards.size(); ++i) {
        EXPECT_TRUE(ui.drew(cards[i].title.in("en"))) << i;
        ui.tap("next");
    }
    EXPECT_EQ(ui.shell().screen_name(), "questions");
    EXPECT_EQ(s.page_index(), 0U);
    // Back from the first page returns to the last card, not the first.
    ui.tap("back");
    EXPECT_EQ(ui.shell().screen_name(), "about");
    EXPECT_TRUE(ui.drew(cards.back().title.in("en")));
}

TEST_F(QuestionsFlow, SwipingTheCardTurnsItAndSkipGoesToTheQuestions) {
    ui.frame();
    ui.tap("start");
    const auto& cards = testing::shipped_config().questionnaire.cards;
    ui.drag(ImVec2(900, 400), ImVec2(-300, 0));
    EXPECT_TRUE(ui.drew(cards[1].title.in("en")));
    ui.drag(ImVec2(400, 400), ImVec2(300, 0));
    EXPECT_TRUE(ui.drew(cards[0].title.in("en")));
    ui.tap("skip");
    EXPECT_EQ(ui.shell().screen_name(), "questions");
}

TEST_F(QuestionsFlow, ATapAnswersAYesNoAndADragStartingOnItOnlyScrolls) {
    walk_to_page(ui, "your_skin_today");
    const ImVec2 yes = ui.center_of("cold_sore_active=yes");
    ui.drag(yes, ImVec2(0, -150));
    EXPECT_EQ(yes_no("cold_sore_active"), std::nullopt);  // a drag never presses
    EXPECT_LT(ui.center_of("cold_sore_active=yes").y, yes.y - 100.0F);  // the page followed the finger

    tap_in_view(ui, "cold_sore_active=yes");
    EXPECT_EQ(yes_no("cold_sore_active"), true);
    tap_in_view(ui, "cold_sore_active=no");
    EXPECT_EQ(yes_no("cold_sore_active"), false);
}

TEST_F(QuestionsFlow, AMissingRequiredAnswerBlocksNextAndTheReasonIsShownBesideTheField) {
    walk_to_page(ui, "about_you");
    EXPECT_FALSE(ui.drew("Please fill this in"));  // not before Next was tried
    ui.tap("next");
    EXPECT_EQ(s.page_index(), 0U);
    EXPECT_TRUE(s.show_errors());
    ui.frame();
    const auto at = ui.drawn_at("Please fill this in");
    ASSERT_TRUE(at.has_value());
    // Right under the first name's field, inside its column.
    const ui::WidgetEntry* field = ui.shell().widgets().find("first_name");
    ASSERT_NE(field, nullptr);
    EXPECT_GE(at->y, field->max.y);
    EXPECT_LT(at->y, field->max.y + 40.0F);
    EXPECT_GE(at->x, field->min.x);
    EXPECT_LT(at->x, field->max.x);
    EXPECT_TRUE(ui.drew("Please choose a date"));
    EXPECT_TRUE(ui.drew("answers need your attention"));

    // Answering takes the reason away.
    ASSERT_TRUE(s.set_answer("first_name", std::string("Ana")));
    ui.frame();
    const auto still = ui.drawn_at("Please fill this in");
    ASSERT_TRUE(still.has_value());  // the last name's is left
    EXPECT_GT(still->x, field->max.x);
}

TEST_F(QuestionsFlow, BackKeepsTheAnswersOfThePageLeft) {
    walk_to_page(ui, "goals_and_areas");
    tap_in_view(ui, "treatment_areas=face");
    tap_in_view(ui, "concerns=pores");
    ui.tap("back");
    EXPECT_EQ(s.page_index(), 0U);
    EXPECT_TRUE(ui.drew("Ana"));  // page 1's answers are still drawn
    ui.tap("next");
    ASSERT_EQ(s.page_index(), 1U);
    const kiosk::Answer* areas = s.answer("treatment_areas");
    ASSERT_NE(areas, nullptr);
    EXPECT_EQ(std::get<kiosk::Choices>(*areas), kiosk::Choices{"face"});
    EXPECT_EQ(std::get<kiosk::Choices>(*s.answer("concerns")), kiosk::Choices{"pores"});
}

TEST_F(QuestionsFlow, AFollowUpAppearsWithItsReasonAndItsAnswerIsDroppedWhenTheParentFlips) {
    walk_to_page(ui, "your_skin_today");
    EXPECT_FALSE(ui.shows("flare_in_treatment_area=yes"));
    tap_in_view(ui, "eczema_psoriasis_flare=yes");
    EXPECT_TRUE(ui.shows("flare_in_treatment_area=yes"));
    EXPECT_TRUE(ui.drew("Because you answered Yes"));
    tap_in_view(ui, "flare_in_treatment_area=yes");
    EXPECT_EQ(yes_no("flare_in_treatment_area"), true);

    tap_in_view(ui, "eczema_psoriasis_flare=no");
    EXPECT_EQ(yes_no("flare_in_treatment_area"), std::nullopt);
    EXPECT_TRUE(ids_starting(ui, "flare_in_treatment_area").empty());
    EXPECT_FALSE(ui.drew("Because you answered"));
    EXPECT_FALSE(ui.drew("Is the flare-up where we would treat today?"));
}

TEST_F(QuestionsFlow, AChosenOptionShowsItsFollowUpAndTappingItAgainTakesItBack) {
    walk_to_page(ui, "goals_and_areas");
    tap_in_view(ui, "concerns=other");
    EXPECT_TRUE(ui.shows("concerns_other"));
    EXPECT_TRUE(ui.drew("Because you chose “Something else”"));
    tap_in_view(ui, "concerns=other");
    EXPECT_FALSE(ui.shows("concerns_other"));
}

TEST_F(QuestionsFlow, EveryTargetIsTouchSized) {
    walk_to_page(ui, "about_you");
    ui.tap("first_name");
    for (const ui::WidgetEntry& w : ui.shell().widgets().entries()) {
        SCOPED_TRACE(w.id);
        EXPECT_GE(w.max.y - w.min.y, 48.0F);
        EXPECT_GE(w.max.x - w.min.x, 48.0F);
    }
}

}  // namespace
}  // namespace kiosk::test
