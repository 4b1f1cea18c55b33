// Answer validation and visibility (DESIGN §4): required, types, options,
// lengths, formats, real and non-future dates, hidden answers dropped.
#include <gtest/gtest.h>

#include "questionnaire/text_pattern.hpp"
#include "questionnaire/validation.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

using testing::clear_client;
using testing::kToday;
using testing::shipped_config;

std::vector<Problem> problems(AnswerMap a, Completeness mode = Completeness::Submit) {
    return validate_answers(shipped_config().questionnaire, a, mode, kToday);
}

bool has(const std::vector<Problem>& ps, const std::string& id, ProblemCode code) {
    for (const auto& p : ps)
        if (p.item_id == id && p.code == code) return true;
    return false;
}

TEST(Validation, FutureDateOfBirthRefused) {
    auto a = clear_client();
    a["dob"] = Date{2026, 11, 26};
    const auto ps = problems(a);
    EXPECT_TRUE(has(ps, "dob", ProblemCode::FutureDate));
    EXPECT_NE(ps[0].message().find("2026-11-26 is in the future"), std::string::npos);
    a["dob"] = kToday;  // today is not the future
    EXPECT_FALSE(has(problems(a), "dob", ProblemCode::FutureDate));
}

TEST(Validation, EmailAndPhoneFormats) {
    auto a = clear_client();
    a["email"] = std::string("ana@");
    a["phone"] = std::string("call me");
    const auto ps = problems(a);
    EXPECT_TRUE(has(ps, "email", ProblemCode::InvalidEmail));
    EXPECT_TRUE(has(ps, "phone", ProblemCode::InvalidPhone));
    a["email"] = std::string("ana.garcia@clinic.example.es");
    a["phone"] = std::string("(555) 010-2030");
    EXPECT_TRUE(problems(a).empty());
    a.erase("email");  // optional
    a.erase("phone");
    EXPECT_TRUE(problems(a).empty());
}

TEST(Validation, LengthCountsCharactersNotBytes) {
    auto a = clear_client();
    const auto max = shipped_config().questionnaire.find("first_name")->validation.max_length.value_or(60);
    std::string name;
    for (size_t i = 0; i < max; ++i) name += "ñ";  // two bytes each
    a["first_name"] = name;
    EXPECT_TRUE(problems(a).empty());
    a["first_name"] = name + "a";
    EXPECT_TRUE(has(problems(a), "first_name", ProblemCode::TooLong));
}

TEST(Validation, BlankTextIsMissing) {
    auto a = clear_client();
    a["last_name"] = std::string("   ");
    EXPECT_TRUE(has(problems(a), "last_name", ProblemCode::Missing));
}

TEST(Validation, ConsentMustBeYes) {
    auto a = clear_client();
    a["consent_risks"] = false;
    EXPECT_TRUE(has(problems(a), "consent_risks", ProblemCode::MustBeYes));
}

TEST(Validation, SignatureOnlyNeededToSubmit) {
    auto a = clear_client();
    a.erase("signature");
    EXPECT_TRUE(has(problems(a, Completeness::Submit), "signature", ProblemCode::Missing));
    EXPECT_FALSE(has(problems(a, Completeness::Check), "signature", ProblemCode::Missing));
    a["signature"] = Signature{{{{0.5F, 0.5F}}}};  // a dot is not a signature
    EXPECT_TRUE(has(problems(a, Completeness::Submit), "signature", ProblemCode::NoSignature));
}

TEST(Validation, TreatmentAreaRequired) {
    auto a = clear_client();
    a["treatment_areas"] = Choices{};
    EXPECT_TRUE(has(problems(a), "treatment_areas", ProblemCode::Missing));
}

TEST(Validation, FollowUpRequiredOnlyWhenShown) {
    auto a = clear_client();
    a["eczema_psoriasis_flare"] = true;
    EXPECT_TRUE(has(problems(a), "flare_in_treatment_area", ProblemCode::Missing));
    a["eczema_psoriasis_flare"] = false;
    EXPECT_TRUE(problems(a).empty());
}

TEST(Validation, HiddenAnswersAreDropped) {
    auto a = clear_client();
    a["anticoagulants"] = false;
    a["anticoagulant_name"] = std::string("warfarin");
    drop_hidden(shipped_config().questionnaire, a, kToday);
    EXPECT_FALSE(a.contains("anticoagulant_name"));
    a["anticoagulants"] = true;
    a["anticoagulant_name"] = std::string("warfarin");
    drop_hidden(shipped_config().questionnaire, a, kToday);
    EXPECT_TRUE(a.contains("anticoagulant_name"));
}

TEST(Validation, WrongTypeIsReportedNotCrashed) {
    auto a = clear_client();
    a["diabetes"] = std::string("yes");
    EXPECT_TRUE(has(problems(a), "diabetes", ProblemCode::WrongType));
}

TEST(Validation, PageValidationCoversOnlyThatPage) {
    const auto& q = shipped_config().questionnaire;
    AnswerMap empty;
    const auto first = validate_page(q.pages.front(), empty, Completeness::Submit, kToday);
    EXPECT_TRUE(has(first, "first_name", ProblemCode::Missing));
    EXPECT_FALSE(has(first, "cold_sore_active", ProblemCode::Missing));
}

// --- Patterns through RE2, on bounded text (issue #9) --------------------------

// The shipped questionnaire with `first_name` checked by `pattern` and no
// length limit of its own, so only the pattern speaks.
Questionnaire with_name_pattern(const std::string& pattern) {
    Questionnaire q = shipped_config().questionnaire;
    for (auto& page : q.pages)
        for (auto& item : page.items) {
            if (item.id != "first_name") continue;
            auto compiled = TextPattern::compile(pattern);
            item.validation.pattern_re = std::get<TextPattern>(std::move(compiled));
            item.validation.pattern = pattern;
            item.validation.max_length.reset();
        }
    return q;
}

TEST(ValidationPattern, TextLongerThan10000NeverMatches) {
    const Questionnaire q = with_name_pattern("[a-z]*");
    auto a = clear_client();
    a["first_name"] = std::string(10000, 'a');
    EXPECT_FALSE(has(validate_answers(q, a, Completeness::Submit, kToday), "first_name", ProblemCode::PatternMismatch))
        << "10 000 characters are still looked at";
    a["first_name"] = std::string(10001, 'a');
    EXPECT_TRUE(has(validate_answers(q, a, Completeness::Submit, kToday), "first_name", ProblemCode::PatternMismatch))
        << "longer text is invalid without being matched";
}

// A pattern that backtracking engines take exponential time over (and
// libstdc++'s std::regex recursion over): RE2 answers in linear time.
TEST(ValidationPattern, CatastrophicPatternOnLongTextIsJustInvalid) {
    const Questionnaire q = with_name_pattern("(a*)*b");
    auto a = clear_client();
    a["first_name"] = std::string(10000, 'a');
    EXPECT_TRUE(has(validate_answers(q, a, Completeness::Submit, kToday), "first_name", ProblemCode::PatternMismatch));
    a["first_name"] = std::string(9999, 'a') + "b";
    EXPECT_FALSE(has(validate_answers(q, a, Completeness::Submit, kToday), "first_name", ProblemCode::PatternMismatch));
}

TEST(ValidationPattern, Re2RefusesBackreferencesAndLookarounds) {
    for (const char* refused : {"(a)\\1", "(?=a)a", "a(?!b)", "(?<=a)b"})
        EXPECT_TRUE(std::holds_alternative<std::string>(TextPattern::compile(refused))) << refused;
    EXPECT_TRUE(std::holds_alternative<std::string>(TextPattern::compile(std::string(1001, 'a'))));
    EXPECT_TRUE(std::holds_alternative<TextPattern>(TextPattern::compile(std::string(1000, 'a'))));
}

TEST(ValidationEmail, LongerThan254IsInvalid) {
    // local part @ domain: 254 characters in all, then 255.
    const std::string domain = "@clinic.example.es";
    auto a = clear_client();
    a["email"] = std::string(254 - domain.size(), 'a') + domain;
    EXPECT_FALSE(has(problems(a), "email", ProblemCode::InvalidEmail));
    a["email"] = std::string(255 - domain.size(), 'a') + domain;
    EXPECT_TRUE(has(problems(a), "email", ProblemCode::InvalidEmail));
    EXPECT_FALSE(looks_like_email(std::string(100000, 'a') + domain));
    EXPECT_TRUE(looks_like_email(std::string(254 - domain.size(), 'a') + domain));
}

}  // namespace
}  // namespace kiosk
