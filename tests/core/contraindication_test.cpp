// The contraindication check on the shipped microneedling rules (DESIGN §5):
// each rule firing and not firing, combinations, boundaries, hidden follow-ups.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "questionnaire/validation.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

using testing::clear_client;
using testing::kToday;
using testing::shipped_config;

CheckResult run(const AnswerMap& a, const Date& today = kToday) {
    return ContraindicationEngine(shipped_config().questionnaire).check(a, today, "en");
}

bool reads(const Finding& f, const std::string& item) {
    return std::find(f.items.begin(), f.items.end(), item) != f.items.end();
}

TEST(Contraindication, ClearClientIsClear) {
    auto a = clear_client();
    ASSERT_TRUE(validate_answers(shipped_config().questionnaire, a, Completeness::Submit, kToday).empty());
    const auto r = run(a);
    EXPECT_EQ(r.disposition, Severity::Clear);
    EXPECT_TRUE(r.findings.empty());
}

struct YesRule {
    const char* item;
    Severity severity;
};

class YesNoRule : public ::testing::TestWithParam<YesRule> {};

TEST_P(YesNoRule, FiresOnYesOnly) {
    const auto& p = GetParam();
    auto a = clear_client();
    a[p.item] = true;
    const auto fired = run(a);
    EXPECT_EQ(fired.disposition, p.severity) << p.item;
    ASSERT_EQ(fired.findings.size(), 1U) << p.item;
    const Finding& f = fired.findings[0];
    EXPECT_EQ(f.severity, p.severity);
    EXPECT_TRUE(reads(f, p.item)) << "the finding names the item it read";
    EXPECT_FALSE(f.rule_id.empty());
    EXPECT_FALSE(f.explanation.empty());
    EXPECT_FALSE(f.action.empty());

    a[p.item] = false;
    EXPECT_EQ(run(a).disposition, Severity::Clear) << p.item << " = no must not fire";
}

INSTANTIATE_TEST_SUITE_P(
    Shipped, YesNoRule,
    ::testing::Values(YesRule{"skin_infection_active", Severity::Defer}, YesRule{"cold_sore_active", Severity::Defer},
                      YesRule{"cold_sore_history", Severity::Review}, YesRule{"acne_active", Severity::Defer},
                      YesRule{"keloid_history", Severity::Decline}, YesRule{"diabetes", Severity::Clearance},
                      YesRule{"bleeding_disorder", Severity::Clearance}, YesRule{"anticoagulants", Severity::Clearance},
                      YesRule{"pregnant_or_breastfeeding", Severity::Defer}, YesRule{"sunburn_active", Severity::Defer},
                      YesRule{"open_wounds_in_area", Severity::Defer}, YesRule{"metal_allergy", Severity::Decline},
                      YesRule{"autoimmune_disease", Severity::Clearance}, YesRule{"retinoids_recent", Severity::Review},
                      YesRule{"recent_laser_or_peel", Severity::Defer}, YesRule{"skin_cancer_in_area", Severity::Decline},
                      YesRule{"immunosuppressed", Severity::Clearance}, YesRule{"anesthetic_allergy", Severity::Review},
                      YesRule{"recent_injectables", Severity::Review}),
    [](const ::testing::TestParamInfo<YesRule>& p) { return std::string(p.param.item); });

TEST(Contraindication, EighteenthBirthdayToday) {
    auto a = clear_client();
    a["dob"] = Date{2008, 11, 25};
    EXPECT_EQ(run(a).disposition, Severity::Clear) << "18 today is an adult";
    a["dob"] = Date{2008, 11, 26};
    const auto r = run(a);
    EXPECT_EQ(r.disposition, Severity::Review) << "18 tomorrow is a minor today";
    ASSERT_EQ(r.findings.size(), 1U);
    EXPECT_TRUE(reads(r.findings[0], "dob"));
}

TEST(Contraindication, IsotretinoinWindow) {
    auto a = clear_client();
    a["isotretinoin_last_dose"] = Date{2026, 6, 25};  // 5 months ago
    EXPECT_EQ(run(a).disposition, Severity::Defer);
    a["isotretinoin_last_dose"] = Date{2026, 4, 25};  // 7 months ago
    EXPECT_EQ(run(a).disposition, Severity::Clear);
    a["isotretinoin_last_dose"] = Date{2026, 5, 26};  // a day short of 6 months
    EXPECT_EQ(run(a).disposition, Severity::Defer);
    a["isotretinoin_last_dose"] = Date{2026, 5, 25};  // exactly 6 months
    EXPECT_EQ(run(a).disposition, Severity::Clear);
    a.erase("isotretinoin_last_dose");  // never taken: optional, not a finding
    EXPECT_EQ(run(a).disposition, Severity::Clear);
}

TEST(Contraindication, FlareInAreaDefersElsewhereReviews) {
    auto a = clear_client();
    a["eczema_psoriasis_flare"] = true;
    a["flare_in_treatment_area"] = true;
    EXPECT_EQ(run(a).disposition, Severity::Defer);
    a["flare_in_treatment_area"] = false;
    EXPECT_EQ(run(a).disposition, Severity::Review);
}

TEST(Contraindication, HiddenFollowUpIsIgnored) {
    auto a = clear_client();
    a["eczema_psoriasis_flare"] = false;
    a["flare_in_treatment_area"] = true;  // hidden: its condition is false
    EXPECT_EQ(run(a).disposition, Severity::Clear);
    EXPECT_TRUE(run(a).findings.empty());
}

TEST(Contraindication, MostSevereWinsAndComesFirst) {
    auto a = clear_client();
    a["cold_sore_history"] = true;  // review
    a["diabetes"] = true;           // clearance
    a["keloid_history"] = true;     // decline
    a["acne_active"] = true;        // defer
    const auto r = run(a);
    EXPECT_EQ(r.disposition, Severity::Decline);
    ASSERT_EQ(r.findings.size(), 4U);
    EXPECT_EQ(r.findings[0].severity, Severity::Decline);
    EXPECT_EQ(r.findings[1].severity, Severity::Defer);
    EXPECT_EQ(r.findings[2].severity, Severity::Clearance);
    EXPECT_EQ(r.findings[3].severity, Severity::Review);
}

TEST(Contraindication, DeterministicAndLocalised) {
    auto a = clear_client();
    a["metal_allergy"] = true;
    const auto en = run(a);
    const auto en2 = run(a);
    const auto es = ContraindicationEngine(shipped_config().questionnaire).check(a, kToday, "es");
    ASSERT_EQ(en.findings.size(), 1U);
    EXPECT_EQ(en.findings[0].explanation, en2.findings[0].explanation);
    EXPECT_EQ(en.findings[0].rule_id, es.findings[0].rule_id);
    EXPECT_NE(en.findings[0].explanation, es.findings[0].explanation) << "Spanish text expected";
}

TEST(Contraindication, UnansweredMedicalQuestionIsAnErrorNotANo) {
    auto a = clear_client();
    a.erase("cold_sore_active");
    const auto problems = validate_answers(shipped_config().questionnaire, a, Completeness::Check, kToday);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].item_id, "cold_sore_active");
    EXPECT_EQ(problems[0].code, ProblemCode::Missing);
}

TEST(Contraindication, EveryMedicalYesNoIsRequired) {
    // An unanswered question must never be read as "no": every yes/no item
    // a rule reads is required.
    const auto& q = shipped_config().questionnaire;
    for (const auto& rule : q.rules)
        for (const auto& id : rule.when.items()) {
            const Item* item = q.find(id);
            ASSERT_NE(item, nullptr);
            if (item->type == ItemType::YesNo) {
                EXPECT_TRUE(item->required) << id;
            }
        }
}

// --- Fail closed (DESIGN §5): what a rule cannot read is never "clear" -------

const Finding* finding_of(const CheckResult& r, const std::string& rule) {
    for (const auto& f : r.findings)
        if (f.rule_id == rule) return &f;
    return nullptr;
}

const Rule& rule_reading(const std::string& item) {
    for (const auto& rule : shipped_config().questionnaire.rules)
        for (const auto& id : rule.when.items())
            if (id == item) return rule;
    throw std::runtime_error("no shipped rule reads " + item);
}

// The finding a rule gives when it could not be evaluated: at least review,
// naming the rule and the items it read, saying why.
void expect_unevaluated(const CheckResult& r, const std::string& item, const std::string& why) {
    const Rule& rule = rule_reading(item);
    EXPECT_NE(r.disposition, Severity::Clear);
    const Finding* f = finding_of(r, rule.id);
    ASSERT_NE(f, nullptr) << "no finding for rule " << rule.id;
    EXPECT_GE(f->severity, Severity::Review);
    EXPECT_GE(f->severity, rule.severity) << "read as if it fired";
    EXPECT_TRUE(reads(*f, item));
    EXPECT_EQ(f->explanation.rfind("could not be evaluated: ", 0), 0U) << f->explanation;
    EXPECT_NE(f->explanation.find(why), std::string::npos) << f->explanation;
}

TEST(ContraindicationFailsClosed, AnswerOfTheWrongTypeIsAFinding) {
    auto a = clear_client();
    a["diabetes"] = std::string("no");  // a text where a yes/no belongs
    expect_unevaluated(run(a), "diabetes", "item 'diabetes' holds a text");
    a["diabetes"] = 0.0;
    expect_unevaluated(run(a), "diabetes", "item 'diabetes' holds a number");
}

TEST(ContraindicationFailsClosed, ImpossibleDateIsAFinding) {
    auto a = clear_client();
    a["dob"] = Date{2001, 2, 30};
    expect_unevaluated(run(a), "dob", "impossible date");
    a = clear_client();
    a["isotretinoin_last_dose"] = Date{2026, 4, 31};
    expect_unevaluated(run(a), "isotretinoin_last_dose", "impossible date");
}

TEST(ContraindicationFailsClosed, MissingRequiredAnswerIsAFindingNotANo) {
    // The callers refuse this as an input error first; the check on its own
    // still never reads it as "no".
    auto a = clear_client();
    a.erase("keloid_history");
    const auto r = run(a);
    expect_unevaluated(r, "keloid_history", "the required item 'keloid_history' has no answer");
    EXPECT_EQ(r.disposition, Severity::Decline) << "the keloid rule's own severity";
}

TEST(ContraindicationFailsClosed, OptionalLeftEmptyStillDoesNotFire) {
    auto a = clear_client();
    a.erase("isotretinoin_last_dose");
    a.erase("email");
    EXPECT_EQ(run(a).disposition, Severity::Clear);
    EXPECT_TRUE(run(a).findings.empty());
}

TEST(ContraindicationFailsClosed, ARuleThatCannotBeEvaluatedIsAFinding) {
    Questionnaire q = shipped_config().questionnaire;
    Rule broken = q.rules.front();
    broken.id = "broken";
    broken.when = Expression{};  // never compiled: evaluating it fails
    q.rules.push_back(broken);
    const auto r = ContraindicationEngine(q).check(clear_client(), kToday, "en");
    EXPECT_NE(r.disposition, Severity::Clear);
    const Finding* f = finding_of(r, "broken");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->explanation.rfind("could not be evaluated: ", 0), 0U) << f->explanation;
}

TEST(ContraindicationFailsClosed, FollowUpWhoseConditionFailsIsAFinding) {
    // A rule reading only the follow-up: its condition cannot be evaluated
    // (the flare answer is a text), so whether it was asked is unknown.
    Questionnaire q = shipped_config().questionnaire;
    const Rule& flare_rule = rule_reading("flare_in_treatment_area");
    ItemLookup lookup = [](std::string_view id) -> const ItemSignature* {
        static const ItemSignature yes_no{ValueType::Bool, {}};
        return id == "flare_in_treatment_area" ? &yes_no : nullptr;
    };
    Rule only_follow_up = flare_rule;
    only_follow_up.id = "follow_up_only";
    only_follow_up.when = std::get<Expression>(Expression::compile("flare_in_treatment_area", lookup));
    q.rules = {only_follow_up};
    auto a = clear_client();
    a["eczema_psoriasis_flare"] = std::string("yes");
    a["flare_in_treatment_area"] = false;
    const auto r = ContraindicationEngine(q).check(a, kToday, "en");
    const Finding* f = finding_of(r, "follow_up_only");
    ASSERT_NE(f, nullptr) << "an undecidable follow-up was taken as not asked";
    EXPECT_NE(f->explanation.find("whether 'flare_in_treatment_area' is asked could not be decided"), std::string::npos)
        << f->explanation;
    a["eczema_psoriasis_flare"] = false;  // decided: not asked, so not read
    EXPECT_TRUE(ContraindicationEngine(q).check(a, kToday, "en").findings.empty());
}

TEST(ContraindicationFailsClosed, ShippedRulesAllFailClosedOnWrongTypes) {
    // Every item any shipped rule reads, given a value of the wrong kind: no
    // rule may quietly come out clear.
    for (const auto& rule : shipped_config().questionnaire.rules) {
        for (const auto& item : rule.when.items()) {
            auto a = clear_client();
            const Item* asked = shipped_config().questionnaire.find(item);
            ASSERT_NE(asked, nullptr);
            if (!is_visible(*asked, a, kToday)) continue;  // hidden follow-ups are never read
            a[item] = Signature{};
            EXPECT_NE(run(a).disposition, Severity::Clear) << rule.id << " reading " << item;
        }
    }
}

}  // namespace
}  // namespace kiosk
