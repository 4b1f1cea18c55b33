// The contraindication check on the shipped microneedling rules (DESIGN §5):
// each rule firing and not firing, combinations, boundaries, hidden follow-ups.
#include <gtest/gtest.h>

#include <algorithm>

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

}  // namespace
}  // namespace kiosk
