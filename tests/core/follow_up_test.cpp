// Why a follow-up question shows: read from the compiled condition, never
// from its text, for the "Because you …" line above it.
#include "questionnaire/follow_up.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/shipped.hpp"

namespace kiosk {
namespace {

using testing::shipped_config;

const Item& item(std::string_view id) {
    const Item* found = shipped_config().questionnaire.find(id);
    EXPECT_NE(found, nullptr) << id;
    return *found;
}

FollowUpCause cause_with(std::string_view follow_up, const AnswerMap& answers) {
    return follow_up_cause(shipped_config().questionnaire, item(follow_up), [&answers](std::string_view id) {
        const auto it = answers.find(id);
        return it == answers.end() ? nullptr : &it->second;
    });
}

TEST(FollowUpCause, AYesNoParentGivesItsAnswer) {
    auto yes = cause_with("anticoagulant_name", {{"anticoagulants", Answer{true}}});
    EXPECT_EQ(yes.kind, FollowUpCause::Kind::Yes);
    ASSERT_NE(yes.parent, nullptr);
    EXPECT_EQ(yes.parent->id, "anticoagulants");
    EXPECT_EQ(cause_with("anticoagulant_name", {{"anticoagulants", Answer{false}}}).kind, FollowUpCause::Kind::No);
}

TEST(FollowUpCause, AChoiceParentNamesTheChosenOptionTheConditionTests) {
    const auto cause = cause_with("concerns_other", {{"concerns", Answer{Choices{"fine_lines", "other"}}}});
    ASSERT_EQ(cause.kind, FollowUpCause::Kind::Chose);
    ASSERT_NE(cause.option, nullptr);
    EXPECT_EQ(cause.option->id, "other");  // not fine_lines: the condition does not test it
}

TEST(FollowUpCause, UnansweredOrUntestedChoicesSayOnlyEarlier) {
    EXPECT_EQ(cause_with("concerns_other", {}).kind, FollowUpCause::Kind::Earlier);
    EXPECT_EQ(cause_with("concerns_other", {{"concerns", Answer{Choices{"pores"}}}}).kind,
              FollowUpCause::Kind::Earlier);
    EXPECT_EQ(cause_with("first_name", {}).kind, FollowUpCause::Kind::Earlier);  // no condition at all
}

TEST(ExpressionOptionsTested, ListsEqualityAndContainsLiteralsOfThatItemOnly) {
    const ItemSignature choice{ValueType::Choice, {"dry", "oily", "normal"}};
    const ItemSignature set{ValueType::ChoiceSet, {"face", "neck", "hands"}};
    const ItemSignature text{ValueType::Text, {}};
    const ItemLookup lookup = [&](std::string_view id) -> const ItemSignature* {
        if (id == "skin") return &choice;
        if (id == "areas") return &set;
        if (id == "name") return &text;
        return nullptr;
    };
    const auto compiled = Expression::compile(
        R"(skin = "oily" or "dry" = skin or areas contains "neck" or skin != 'oily' or name = "neck")", lookup);
    ASSERT_TRUE(std::holds_alternative<Expression>(compiled));
    const auto& e = std::get<Expression>(compiled);
    EXPECT_EQ(e.options_tested("skin"), (std::vector<std::string>{"oily", "dry"}));
    EXPECT_EQ(e.options_tested("areas"), (std::vector<std::string>{"neck"}));
    EXPECT_TRUE(e.options_tested("nothing").empty());
}

}  // namespace
}  // namespace kiosk
