// The expression language of conditions and rules: parsing, type checking
// with exact error offsets, and three-valued evaluation.
#include "questionnaire/expression.hpp"

#include "questionnaire/expression_ast.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {
namespace {

const std::map<std::string, ItemSignature, std::less<>>& table() {
    static const std::map<std::string, ItemSignature, std::less<>> items{
        {"p", {ValueType::Bool, {}}},
        {"q", {ValueType::Bool, {}}},
        {"r", {ValueType::Bool, {}}},
        {"smoker", {ValueType::Bool, {}}},
        {"weight", {ValueType::Number, {}}},
        {"height", {ValueType::Number, {}}},
        {"dob", {ValueType::Date, {}}},
        {"last_dose", {ValueType::Date, {}}},
        {"name", {ValueType::Text, {}}},
        {"skin_type", {ValueType::Choice, {"dry", "oily", "normal"}}},
        {"areas", {ValueType::ChoiceSet, {"face", "neck", "hands"}}},
        {"intro", {ValueType::None, {}}},
        {"signature", {ValueType::None, {}}},
    };
    return items;
}

const ItemLookup kLookup = [](std::string_view id) -> const ItemSignature* {
    const auto it = table().find(id);
    return it == table().end() ? nullptr : &it->second;
};

const Date kToday{2024, 7, 15};

std::optional<Expression> compiled(std::string_view source) {
    auto result = Expression::compile(source, kLookup);
    if (const auto* err = std::get_if<ExprError>(&result)) {
        ADD_FAILURE() << "'" << source << "' did not compile: " << err->message << " at " << err->offset;
        return std::nullopt;
    }
    return std::get<Expression>(std::move(result));
}

Truth eval(std::string_view source, const AnswerMap& answers, const Date& today = kToday) {
    const auto e = compiled(source);
    return e ? e->evaluate(answers, today) : Truth::Unknown;
}

constexpr Truth T = Truth::True;
constexpr Truth F = Truth::False;
constexpr Truth U = Truth::Unknown;

// --- Evaluation of each operator and function -------------------------------

TEST(ExpressionEval, BoolItemAloneAndCompared) {
    EXPECT_EQ(eval("smoker", {{"smoker", true}}), T);
    EXPECT_EQ(eval("smoker", {{"smoker", false}}), F);
    EXPECT_EQ(eval("smoker", {}), U);
    EXPECT_EQ(eval("smoker = yes", {{"smoker", true}}), T);
    EXPECT_EQ(eval("smoker = yes", {{"smoker", false}}), F);
    EXPECT_EQ(eval("smoker = true", {{"smoker", true}}), T);
    EXPECT_EQ(eval("smoker != no", {{"smoker", false}}), F);
    EXPECT_EQ(eval("smoker != false", {{"smoker", true}}), T);
    EXPECT_EQ(eval("no = smoker", {{"smoker", false}}), T);
    EXPECT_EQ(eval("smoker = yes", {}), U);
    EXPECT_EQ(eval("smoker = p", {{"smoker", true}, {"p", true}}), T);
    EXPECT_EQ(eval("smoker != p", {{"smoker", true}, {"p", true}}), F);
    EXPECT_EQ(eval("smoker = p", {{"smoker", true}}), U);
}

TEST(ExpressionEval, LiteralConditions) {
    EXPECT_EQ(eval("yes", {}), T);
    EXPECT_EQ(eval("true", {}), T);
    EXPECT_EQ(eval("no", {}), F);
    EXPECT_EQ(eval("false", {}), F);
}

TEST(ExpressionEval, NumberComparisons) {
    const AnswerMap seventy{{"weight", 70.0}};
    EXPECT_EQ(eval("weight = 70", seventy), T);
    EXPECT_EQ(eval("weight = 71", seventy), F);
    EXPECT_EQ(eval("weight != 70", seventy), F);
    EXPECT_EQ(eval("weight != 71", seventy), T);
    EXPECT_EQ(eval("weight < 70", seventy), F);
    EXPECT_EQ(eval("weight < 70.5", seventy), T);
    EXPECT_EQ(eval("weight <= 70", seventy), T);
    EXPECT_EQ(eval("weight <= 69.9", seventy), F);
    EXPECT_EQ(eval("weight > 69", seventy), T);
    EXPECT_EQ(eval("weight > 70", seventy), F);
    EXPECT_EQ(eval("weight >= 70", seventy), T);
    EXPECT_EQ(eval("weight >= 71", seventy), F);
    EXPECT_EQ(eval("weight > -3", {{"weight", -2.5}}), T);
    EXPECT_EQ(eval("weight < -3", {{"weight", -2.5}}), F);
    EXPECT_EQ(eval("weight = 6.5", {{"weight", 6.5}}), T);
    for (const char* op : {"=", "!=", "<", "<=", ">", ">="}) {
        EXPECT_EQ(eval(std::string("weight ") + op + " 70", {}), U) << op;
    }
}

TEST(ExpressionEval, LiteralOnEitherSide) {
    const AnswerMap seventy{{"weight", 70.0}};
    EXPECT_EQ(eval("80 > weight", seventy), T);
    EXPECT_EQ(eval("60 > weight", seventy), F);
    EXPECT_EQ(eval("70 <= weight", seventy), T);
    EXPECT_EQ(eval("'2000-01-01' < dob", {{"dob", Date{2000, 1, 2}}}), T);
    EXPECT_EQ(eval("'Bob' = name", {{"name", std::string("Bob")}}), T);
    EXPECT_EQ(eval("'dry' != skin_type", {{"skin_type", std::string("dry")}}), F);
    EXPECT_EQ(eval("18 > age(dob)", {{"dob", Date{2010, 1, 1}}}), T);
    EXPECT_EQ(eval("18 > age(dob)", {{"dob", Date{2000, 1, 1}}}), F);
}

TEST(ExpressionEval, NumberItemsWithEachOther) {
    EXPECT_EQ(eval("weight > height", {{"weight", 80.0}, {"height", 175.0}}), F);
    EXPECT_EQ(eval("weight < height", {{"weight", 80.0}, {"height", 175.0}}), T);
    EXPECT_EQ(eval("weight < height", {{"weight", 80.0}}), U);
}

TEST(ExpressionEval, DateComparisons) {
    const AnswerMap a{{"dob", Date{2000, 6, 15}}};
    EXPECT_EQ(eval("dob = '2000-06-15'", a), T);
    EXPECT_EQ(eval("dob != '2000-06-15'", a), F);
    EXPECT_EQ(eval("dob < '2000-06-16'", a), T);
    EXPECT_EQ(eval("dob < '2000-06-15'", a), F);
    EXPECT_EQ(eval("dob <= '2000-06-15'", a), T);
    EXPECT_EQ(eval("dob > '1999-12-31'", a), T);
    EXPECT_EQ(eval("dob > '2000-06-15'", a), F);
    EXPECT_EQ(eval("dob >= \"2000-06-15\"", a), T);
    EXPECT_EQ(eval("dob < '2000-06-16'", {}), U);
    EXPECT_EQ(eval("dob < last_dose", {{"dob", Date{2000, 6, 15}}, {"last_dose", Date{2024, 1, 1}}}), T);
    EXPECT_EQ(eval("dob >= last_dose", {{"dob", Date{2000, 6, 15}}, {"last_dose", Date{2024, 1, 1}}}), F);
    EXPECT_EQ(eval("dob = last_dose", {{"dob", Date{2000, 6, 15}}}), U);
}

TEST(ExpressionEval, TextAndSingleChoice) {
    const AnswerMap a{{"name", std::string("O'Brien")}, {"skin_type", std::string("oily")}};
    EXPECT_EQ(eval("name = \"O'Brien\"", a), T);
    EXPECT_EQ(eval("name = 'o'", a), F);
    EXPECT_EQ(eval("name != 'x'", a), T);
    EXPECT_EQ(eval("skin_type = 'oily'", a), T);
    EXPECT_EQ(eval("skin_type = \"dry\"", a), F);
    EXPECT_EQ(eval("skin_type != 'dry'", a), T);
    EXPECT_EQ(eval("skin_type != 'oily'", a), F);
    EXPECT_EQ(eval("name = 'x'", {}), U);
    EXPECT_EQ(eval("skin_type != 'dry'", {}), U);
}

TEST(ExpressionEval, Contains) {
    const AnswerMap a{{"areas", Choices{"face", "hands"}}};
    EXPECT_EQ(eval("areas contains 'face'", a), T);
    EXPECT_EQ(eval("areas contains \"hands\"", a), T);
    EXPECT_EQ(eval("areas contains 'neck'", a), F);
    EXPECT_EQ(eval("areas contains 'face'", {{"areas", Choices{}}}), F);
    EXPECT_EQ(eval("areas contains 'face'", {}), U);
    EXPECT_EQ(eval("not areas contains 'neck'", a), T);
}

TEST(ExpressionEval, Answered) {
    EXPECT_EQ(eval("answered(weight)", {{"weight", 1.0}}), T);
    EXPECT_EQ(eval("answered(weight)", {}), F);
    EXPECT_EQ(eval("answered(areas)", {{"areas", Choices{}}}), T);
    EXPECT_EQ(eval("not answered(dob)", {}), T);
    EXPECT_EQ(eval("answered(weight) = no", {}), T);
    EXPECT_EQ(eval("answered(weight) = no", {{"weight", 1.0}}), F);
}

TEST(ExpressionEval, AgeOnTheEighteenthBirthday) {
    const AnswerMap a{{"dob", Date{2006, 7, 15}}};
    EXPECT_EQ(eval("age(dob) < 18", a, Date{2024, 7, 15}), F);
    EXPECT_EQ(eval("age(dob) = 18", a, Date{2024, 7, 15}), T);
    EXPECT_EQ(eval("age(dob) < 18", a, Date{2024, 7, 14}), T);
    EXPECT_EQ(eval("age(dob) = 17", a, Date{2024, 7, 14}), T);
    EXPECT_EQ(eval("age(dob) < 18", {}), U);
}

TEST(ExpressionEval, AgeBornOnTwentyNinthFebruary) {
    const AnswerMap a{{"dob", Date{2008, 2, 29}}};
    EXPECT_EQ(eval("age(dob) < 18", a, Date{2026, 2, 28}), T);
    EXPECT_EQ(eval("age(dob) < 18", a, Date{2026, 3, 1}), F);
    EXPECT_EQ(eval("age(dob) = 20", a, Date{2028, 2, 29}), T);
    EXPECT_EQ(eval("age(dob) = 19", a, Date{2028, 2, 28}), T);
}

TEST(ExpressionEval, MonthsSince) {
    const Date today{2024, 7, 15};
    EXPECT_EQ(eval("months_since(last_dose) < 6", {{"last_dose", Date{2024, 2, 15}}}, today), T);  // 5
    EXPECT_EQ(eval("months_since(last_dose) < 6", {{"last_dose", Date{2023, 12, 15}}}, today), F);  // 7
    EXPECT_EQ(eval("months_since(last_dose) < 6", {{"last_dose", Date{2024, 1, 15}}}, today), F);  // exactly 6
    EXPECT_EQ(eval("months_since(last_dose) = 6", {{"last_dose", Date{2024, 1, 15}}}, today), T);
    EXPECT_EQ(eval("months_since(last_dose) < 6", {{"last_dose", Date{2024, 1, 16}}}, today), T);  // a day short
    EXPECT_EQ(eval("months_since(last_dose) < 6", {}, today), U);
}

TEST(ExpressionEval, DaysSince) {
    EXPECT_EQ(eval("days_since(last_dose) = 5", {{"last_dose", Date{2024, 7, 10}}}), T);
    EXPECT_EQ(eval("days_since(last_dose) = 366", {{"last_dose", Date{2023, 7, 15}}}), T);  // across 29 Feb
    EXPECT_EQ(eval("days_since(last_dose) < 0", {{"last_dose", Date{2024, 7, 16}}}), T);
    EXPECT_EQ(eval("days_since(last_dose) <= 14", {}), U);
}

TEST(ExpressionEval, AnswerOfTheWrongKindIsUnknown) {
    const AnswerMap wrong{{"smoker", std::string("yes")}, {"weight", std::string("70")},
                          {"dob", 3.0},                  {"areas", std::string("face")},
                          {"name", true},                {"skin_type", Choices{"dry"}}};
    EXPECT_EQ(eval("smoker", wrong), U);
    EXPECT_EQ(eval("weight > 1", wrong), U);
    EXPECT_EQ(eval("age(dob) > 1", wrong), U);
    EXPECT_EQ(eval("dob < '2020-01-01'", wrong), U);
    EXPECT_EQ(eval("areas contains 'face'", wrong), U);
    EXPECT_EQ(eval("name = 'x'", wrong), U);
    EXPECT_EQ(eval("skin_type = 'dry'", wrong), U);
    EXPECT_EQ(eval("answered(smoker)", wrong), T);
}

// --- Kleene logic and precedence ----------------------------------------------

AnswerMap pq(Truth p, Truth q) {
    AnswerMap a;
    if (p != U) a["p"] = p == T;
    if (q != U) a["q"] = q == T;
    return a;
}

TEST(ExpressionLogic, KleeneAnd) {
    const Truth values[] = {T, F, U};
    const Truth expected[3][3] = {{T, F, U}, {F, F, F}, {U, F, U}};
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            EXPECT_EQ(eval("p and q", pq(values[i], values[j])), expected[i][j]) << i << " and " << j;
        }
    }
}

TEST(ExpressionLogic, KleeneOr) {
    const Truth values[] = {T, F, U};
    const Truth expected[3][3] = {{T, T, T}, {T, F, U}, {T, U, U}};
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            EXPECT_EQ(eval("p or q", pq(values[i], values[j])), expected[i][j]) << i << " or " << j;
        }
    }
}

TEST(ExpressionLogic, KleeneNot) {
    EXPECT_EQ(eval("not p", pq(T, U)), F);
    EXPECT_EQ(eval("not p", pq(F, U)), T);
    EXPECT_EQ(eval("not p", pq(U, U)), U);
    EXPECT_EQ(eval("not not p", pq(F, U)), F);
    EXPECT_EQ(eval("not weight > 3", {}), U);
}

TEST(ExpressionLogic, AndBindsTighterThanOr) {
    AnswerMap a{{"p", true}, {"q", false}, {"r", false}};
    EXPECT_EQ(eval("p or q and r", a), T);    // p or (q and r)
    EXPECT_EQ(eval("(p or q) and r", a), F);
    EXPECT_EQ(eval("q and r or p", a), T);    // (q and r) or p
    EXPECT_EQ(eval("q and (r or p)", a), F);
}

TEST(ExpressionLogic, NotBindsTighterThanAndButLooserThanComparison) {
    const AnswerMap a{{"p", false}, {"q", false}};
    EXPECT_EQ(eval("not p and q", a), F);  // (not p) and q
    EXPECT_EQ(eval("not (p and q)", a), T);
    EXPECT_EQ(eval("not weight > 3", {{"weight", 5.0}}), F);  // not (weight > 3)
    EXPECT_EQ(eval("not p = yes", {{"p", true}}), F);          // not (p = yes)
}

TEST(ExpressionLogic, WhitespaceAnywhere) {
    EXPECT_EQ(eval("  (\tp\nand\r\nq )  ", pq(T, T)), T);
    EXPECT_EQ(eval("age(dob)<18", {{"dob", Date{2010, 1, 1}}}), T);
    EXPECT_EQ(eval("age ( dob ) >= 18", {{"dob", Date{2010, 1, 1}}}), F);
    EXPECT_EQ(eval("weight>=70 and(p)or q", {{"weight", 70.0}, {"p", true}}), T);
}

// --- The compiled object ----------------------------------------------------------

TEST(ExpressionItems, UniqueInOrderOfFirstAppearance) {
    const auto e = compiled("weight > 3 and smoker or weight < 1 and age(dob) > 2 and answered(smoker)"
                            " and areas contains 'face' or months_since(dob) < 2");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->items(), (std::vector<std::string>{"weight", "smoker", "dob", "areas"}));
    EXPECT_EQ(compiled("yes")->items(), std::vector<std::string>{});
}

TEST(ExpressionItems, KeepsSourceAndCopiesShareTheTree) {
    const std::string src = "p and not q";
    auto e = compiled(src);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->source(), src);
    const Expression copy = *e;
    e.reset();
    EXPECT_EQ(copy.source(), src);
    EXPECT_EQ(copy.evaluate(pq(T, F), kToday), T);
    EXPECT_EQ(copy.evaluate(pq(T, T), kToday), F);
}

TEST(ExpressionItems, KeywordsAreNotItems) {
    // An item named like a keyword can never be referenced: the keyword wins.
    const ItemLookup everything = [](std::string_view) -> const ItemSignature* {
        static const ItemSignature number{ValueType::Number, {}};
        return &number;
    };
    auto r = Expression::compile("yes", everything);
    ASSERT_TRUE(std::holds_alternative<Expression>(r));
    EXPECT_TRUE(std::get<Expression>(r).items().empty());
    r = Expression::compile("contains > 3", everything);
    ASSERT_TRUE(std::holds_alternative<ExprError>(r));
    EXPECT_EQ(std::get<ExprError>(r).offset, 0U);
}

// --- Compile errors: exact message and offset ----------------------------------

struct ErrorCase {
    const char* source;
    const char* message;  // a substring of the message
    size_t offset;
};

class ExpressionErrors : public testing::TestWithParam<ErrorCase> {};

TEST_P(ExpressionErrors, ReportsMessageAtOffset) {
    const ErrorCase& c = GetParam();
    const auto result = Expression::compile(c.source, kLookup);
    ASSERT_TRUE(std::holds_alternative<ExprError>(result)) << c.source << " compiled";
    const ExprError& err = std::get<ExprError>(result);
    EXPECT_NE(err.message.find(c.message), std::string::npos) << c.source << " -> " << err.message;
    EXPECT_EQ(err.offset, c.offset) << c.source << " -> " << err.message;
}

const ErrorCase kErrors[] = {
    {"nope = yes", "unknown item 'nope'", 0},
    {"smoker and nope", "unknown item 'nope'", 11},
    {"skin_type = 'purple'", "'purple' is not an option of 'skin_type' (options: dry, oily, normal)", 12},
    {"areas contains \"feet\"", "'feet' is not an option of 'areas' (options: face, neck, hands)", 15},
    {"skin_type contains 'dry'", "'contains' needs a multiple-choice item on its left", 0},
    {"p and weight contains 'x'", "'contains' needs a multiple-choice item on its left", 6},
    {"areas contains skin_type", "'contains' needs a quoted option on its right, got a single choice", 15},
    {"dob > 18", "cannot compare a date with a number", 4},
    {"weight = 'heavy'", "cannot compare a number with a string", 7},
    {"dob = yes", "cannot compare a date with a yes/no value", 4},
    {"name = skin_type", "cannot compare a text with a single choice", 5},
    {"dob = last_dose and weight = dob", "cannot compare a number with a date", 27},
    {"areas = 'face'", "cannot compare a multiple choice with a string; use 'contains'", 6},
    {"smoker = 'yes'", "cannot compare a yes/no value with a string", 7},
    {"'a' = 'b'", "cannot compare a string with a string", 4},
    {"dob < '2023-02-30'", "'2023-02-30' is not a valid date (YYYY-MM-DD)", 6},
    {"'15/07/2024' > dob", "'15/07/2024' is not a valid date (YYYY-MM-DD)", 0},
    {"name < 'x'", "'<' cannot be used with a text; only = and !=", 5},
    {"skin_type >= 'dry'", "'>=' cannot be used with a single choice", 10},
    {"smoker > no", "'>' cannot be used with a yes/no value", 7},
    {"name = 'bob", "unterminated string", 7},
    {"name = \"bob'", "unterminated string", 7},
    {"(smoker and p", "expected ')'", 13},
    {"(smoker and p q", "expected ')'", 14},
    {"age(dob", "expected ')'", 7},
    {"smoker p", "unexpected 'p'", 7},
    {"age(dob) < 18 )", "unexpected ')'", 14},
    {"", "empty expression", 0},
    {"   ", "empty expression", 0},
    {"smoker and", "unexpected end of expression", 10},
    {"weight <", "unexpected end of expression", 8},
    {"smoker and )", "expected an expression, got ')'", 11},
    {"and p", "expected an expression, got 'and'", 0},
    {"()", "expected an expression, got ')'", 1},
    {"weight < 5 < 10", "comparisons cannot be chained", 11},
    {"areas contains 'face' = yes", "comparisons cannot be chained", 22},
    {"dob > 18 < 3", "cannot compare a date with a number", 4},  // reading order: the mismatch comes first
    {"weight", "expected a condition, got a number", 0},
    {"dob", "expected a condition, got a date", 0},
    {"not weight", "expected a condition, got a number", 4},
    {"p or age(dob)", "expected a condition, got a number", 5},
    {"(weight) and p", "expected a condition, got a number", 0},
    {"intro = yes", "item 'intro' has no value to compare (info or signature)", 0},
    {"answered(signature)", "item 'signature' has no value to compare (info or signature)", 9},
    {"answered('dob')", "'answered' takes an item id", 9},
    {"answered(3) = yes", "'answered' takes an item id", 9},
    {"age(18) < 3", "'age' takes a date item id", 4},
    {"age(weight) > 3", "'age' needs a date item; 'weight' is a number", 4},
    {"months_since(name) > 3", "'months_since' needs a date item; 'name' is a text", 13},
    {"foo(dob) > 1", "unknown function 'foo'", 0},
    {"weight > 12abc", "'12abc' is not a number", 9},
    {"weight > 1.", "'1.' is not a number", 9},
    {"smoker @ p", "unexpected '@'", 7},
    {"smoker == yes", "'=='", 7},
    {"weight > - 3", "unexpected '-'", 9},
    {"p and nope and skin_type = 'x'", "unknown item 'nope'", 6},  // the first problem wins
};

INSTANTIATE_TEST_SUITE_P(Table, ExpressionErrors, testing::ValuesIn(kErrors));

TEST(ExpressionErrorsDepth, DeepNestingIsAnErrorNotACrash) {
    const std::string deep = std::string(150, '(') + "p" + std::string(150, ')');
    const auto result = Expression::compile(deep, kLookup);
    ASSERT_TRUE(std::holds_alternative<ExprError>(result));
    EXPECT_NE(std::get<ExprError>(result).message.find("nested too deeply"), std::string::npos);
    EXPECT_EQ(std::get<ExprError>(result).offset, 64U) << "the 65th bracket opens level 65, past the limit of 64";
    const std::string ok = std::string(64, '(') + "p" + std::string(64, ')');
    EXPECT_EQ(eval(ok, pq(T, U)), T);
}

TEST(ExpressionErrorsDepth, NotsCountAsNesting) {
    std::string deep;
    for (int i = 0; i < 70; ++i) deep += "not ";
    const auto result = Expression::compile(deep + "p", kLookup);
    ASSERT_TRUE(std::holds_alternative<ExprError>(result));
    EXPECT_NE(std::get<ExprError>(result).message.find("nested too deeply"), std::string::npos);
}

// The limit is 64 levels, nots and brackets alike (65 nots used to pass).
TEST(ExpressionErrorsDepth, SixtyFourLevelsAndNoMore) {
    std::string nots;
    for (int i = 0; i < 64; ++i) nots += "not ";
    EXPECT_EQ(eval(nots + "p", pq(T, U)), T) << "64 nots: an even count";
    const auto past = Expression::compile(nots + "not p", kLookup);
    ASSERT_TRUE(std::holds_alternative<ExprError>(past)) << "65 nots were accepted";
    EXPECT_EQ(std::get<ExprError>(past).offset, 64U * 4) << "at the 65th not";
    const std::string mixed = "not (" + std::string(62, '(') + "p" + std::string(63, ')');
    EXPECT_EQ(eval(mixed, pq(T, U)), F) << "a not and 63 brackets: 64 levels";
    const auto mixed_past = Expression::compile("not " + mixed, kLookup);
    ASSERT_TRUE(std::holds_alternative<ExprError>(mixed_past));
    EXPECT_EQ(std::get<ExprError>(mixed_past).offset, 4U + 4U + 62U) << "at the 63rd bracket, the last";
}

std::string chain_of_ands(size_t n) {
    std::string s = "p";
    for (size_t i = 0; i < n; ++i) s += " and p";
    return s;
}

TEST(ExpressionLimits, LongerThanTheLimitIsAnError) {
    const std::string long_chain = chain_of_ands(80000);
    const auto result = Expression::compile(long_chain, kLookup);
    ASSERT_TRUE(std::holds_alternative<ExprError>(result));
    EXPECT_NE(std::get<ExprError>(result).message.find("at most 4000"), std::string::npos)
        << std::get<ExprError>(result).message;
    const std::string within = chain_of_ands(600);  // 3 601 characters
    ASSERT_LE(within.size(), 4000U);
    EXPECT_EQ(eval(within, pq(T, U)), T);
    EXPECT_EQ(eval(within, pq(F, U)), F);
}

// --- Failures told apart from unanswered items ---------------------------------

TEST(ExpressionAssess, UnansweredIsUnknownWithoutAProblem) {
    const auto e = compiled("smoker and weight > 3");
    ASSERT_TRUE(e);
    const Evaluation ev = e->assess({}, kToday);
    EXPECT_EQ(ev.truth, U);
    EXPECT_FALSE(ev.failed());
}

TEST(ExpressionAssess, AnswerOfTheWrongKindIsAFailureNamingTheItem) {
    const auto e = compiled("smoker");
    ASSERT_TRUE(e);
    const Evaluation ev = e->assess({{"smoker", std::string("yes")}}, kToday);
    EXPECT_EQ(ev.truth, U);
    ASSERT_TRUE(ev.failed());
    EXPECT_NE(ev.problem.find("'smoker'"), std::string::npos) << ev.problem;
    EXPECT_EQ(ev.problem.find("yes"), ev.problem.find("yes/no")) << "the value itself is never quoted: " << ev.problem;
}

TEST(ExpressionAssess, ImpossibleDateAndFutureBirthDateAreFailures) {
    const auto e = compiled("age(dob) >= 65");
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->assess({{"dob", Date{2001, 2, 30}}}, kToday).failed());
    EXPECT_TRUE(e->assess({{"dob", Date{2025, 1, 1}}}, kToday).failed()) << "born after today";
    EXPECT_FALSE(e->assess({{"dob", Date{1950, 1, 1}}}, kToday).failed());
    const auto d = compiled("dob < '2000-01-01'");
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->assess({{"dob", Date{2001, 13, 1}}}, kToday).failed());
}

TEST(ExpressionAssess, NotANumberIsAFailure) {
    const auto e = compiled("weight > 100");
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->assess({{"weight", std::numeric_limits<double>::quiet_NaN()}}, kToday).failed());
}

TEST(ExpressionAssess, ADecidedResultIgnoresAFailureItDidNotNeed) {
    const auto e = compiled("p and smoker");
    ASSERT_TRUE(e);
    const Evaluation no = e->assess({{"p", false}, {"smoker", std::string("x")}}, kToday);
    EXPECT_EQ(no.truth, F) << "false and anything is false";
    EXPECT_FALSE(no.failed());
    const Evaluation yes = e->assess({{"p", true}, {"smoker", std::string("x")}}, kToday);
    EXPECT_TRUE(yes.failed());
    const auto o = compiled("p or smoker");
    ASSERT_TRUE(o);
    EXPECT_EQ(o->assess({{"p", true}, {"smoker", 3.0}}, kToday).truth, T);
    EXPECT_TRUE(o->assess({{"p", false}, {"smoker", 3.0}}, kToday).failed());
    EXPECT_TRUE(o->assess({{"smoker", 3.0}}, kToday).failed()) << "a failure outweighs an unanswered item";
}

TEST(ExpressionAssess, AnUncompiledExpressionIsAFailure) {
    const Expression never;
    EXPECT_TRUE(never.assess({}, kToday).failed());
    EXPECT_EQ(never.evaluate({}, kToday), U);
}

// The evaluator walks the terms in a loop: a tree far deeper than any stack
// (built directly, past the parser's limits) evaluates without recursion.
TEST(ExpressionEval, DeepTreeEvaluatesWithoutRecursion) {
    expr_detail::Node node;
    expr_detail::Term leaf;
    leaf.kind = expr_detail::Kind::BoolItem;
    leaf.a = 0;
    node.items.push_back("p");
    node.terms.push_back(leaf);
    constexpr std::uint32_t kDepth = 2000000;
    for (std::uint32_t i = 1; i <= kDepth; ++i) {
        expr_detail::Term t;
        t.kind = i % 2 == 0 ? expr_detail::Kind::And : expr_detail::Kind::Not;
        t.a = i - 1;
        t.b = 0;
        node.terms.push_back(t);
    }
    node.root = kDepth;
    // (not (... (not (not p and p)) and p) ...) and p: with p true every
    // level pair gives true; with p false, false.
    EXPECT_EQ(node.evaluate({{"p", true}}, kToday).truth, T);
    EXPECT_EQ(node.evaluate({{"p", false}}, kToday).truth, F);
    EXPECT_EQ(node.evaluate({}, kToday).truth, U);
}

}  // namespace
}  // namespace kiosk
