// The intake session (DESIGN §2): the client flow from attract to thanks
// against the shipped questionnaire, page validation and where problems are
// shown, follow-ups, consent and signature, review and edit, submit and its
// retry, the idle prompt and wipe, all on a hand-moved clock.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <variant>

#include "questionnaire/loader.hpp"
#include "session/intake_session.hpp"
#include "session/scrub.hpp"
#include "support/mini_config.hpp"
#include "support/shipped.hpp"

namespace kiosk::session {

// Readable step names in failure messages (found by ADL, so not in the unnamed namespace).
void PrintTo(Step step, std::ostream* os) { *os << to_string(step); }

namespace {

using kiosk::testing::clear_client;
using kiosk::testing::kToday;
using kiosk::testing::shipped_config;

class FakeClock final : public Clock {
public:
    [[nodiscard]] std::int64_t now_ms() const override { return now; }
    [[nodiscard]] Date today() const override { return kToday; }
    void advance_s(int seconds) { now += std::int64_t{seconds} * 1000; }
    std::int64_t now = 1'000'000;
};

class RecordingSink final : public SubmissionSink {
public:
    SaveOutcome save(const AnswerSet& answers, const CheckResult& result) override {
        sets.push_back(answers);
        results.push_back(result);
        if (throw_next) {
            throw_next = false;
            throw std::runtime_error("disk I/O error");
        }
        if (failures_left > 0) {
            --failures_left;
            return SaveOutcome::failed("see_front_desk");
        }
        return SaveOutcome::ok();
    }
    std::vector<AnswerSet> sets;
    std::vector<CheckResult> results;
    int failures_left = 0;
    bool throw_next = false;
};

// Pages of the shipped questionnaire.
constexpr size_t kAboutYou = 0;
constexpr size_t kGoals = 1;
constexpr size_t kSkin = 2;
constexpr size_t kHealth = 3;
constexpr size_t kConsentPage = 4;

const Signature kSigned{{{{0.1F, 0.5F}, {0.4F, 0.6F}, {0.8F, 0.4F}}}};

class SessionTest : public ::testing::Test {
protected:
    FakeClock clock;
    RecordingSink sink;
    int ids_made = 0;
    IntakeSession s{shipped_config(), clock, sink, [this] { return "uuid-" + std::to_string(++ids_made); }};
    AnswerMap client = clear_client();

    // Answers every visible item of the page on screen from `client`.
    void fill_page() {
        for (const Item* item : s.visible_items()) {
            auto it = client.find(item->id);
            if (it == client.end()) continue;
            ASSERT_TRUE(s.set_answer(item->id, it->second)) << item->id;
        }
    }
    void to_page(size_t index) {
        ASSERT_TRUE(s.start());
        ASSERT_TRUE(s.skip_about());
        while (s.page_index() < index) {
            fill_page();
            ASSERT_TRUE(s.next()) << "page " << s.page_index();
        }
        ASSERT_EQ(s.page_index(), index);
    }
    void to_review() {
        to_page(kConsentPage);
        ASSERT_TRUE(s.mark_consent_read());
        fill_page();
        ASSERT_TRUE(s.next());
        ASSERT_EQ(s.step(), Step::Review);
    }
    [[nodiscard]] bool has_problem(std::string_view id, ProblemCode code) const {
        const auto ps = s.problems_for(id);
        return std::any_of(ps.begin(), ps.end(), [&](const Problem& p) { return p.code == code; });
    }
};

// ---- The whole flow ---------------------------------------------------------

TEST_F(SessionTest, HappyPathFromAttractToThanksAndBack) {
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_EQ(s.language(), "en");
    EXPECT_EQ(s.progress(), std::nullopt);
    ASSERT_TRUE(s.start());
    EXPECT_EQ(s.step(), Step::About);
    ASSERT_TRUE(s.next());  // Next on the about cards: the first page
    const size_t pages = shipped_config().questionnaire.pages.size();
    ASSERT_EQ(pages, 5U);
    EXPECT_EQ(s.page_count(), 5U);
    EXPECT_EQ(s.question_page_count(), 4U);
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(s.step(), Step::Questions);
        EXPECT_EQ(s.page_index(), i);
        EXPECT_EQ(s.current_page()->id, shipped_config().questionnaire.pages[i].id);
        const auto progress = s.progress();
        ASSERT_TRUE(progress.has_value());
        EXPECT_EQ(progress->step, i + 1);
        EXPECT_EQ(progress->of, 6U);  // five pages, then review
        fill_page();
        ASSERT_TRUE(s.next());
    }
    EXPECT_EQ(s.step(), Step::Consent);
    EXPECT_EQ(s.progress()->step, 5U);
    EXPECT_TRUE(s.mark_consent_read());
    fill_page();
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.step(), Step::Review);
    EXPECT_EQ(s.progress()->step, 6U);

    const auto review = s.review_pages();
    ASSERT_EQ(review.size(), 5U);
    EXPECT_EQ(review[0].page->id, "about_you");
    ASSERT_EQ(review[0].items.size(), 5U);
    EXPECT_EQ(review[0].items[0].item->id, "first_name");
    EXPECT_EQ(std::get<std::string>(*review[0].items[0].answer), "Ana");
    EXPECT_EQ(review[4].items.back().item->id, "printed_name");

    const auto generation = s.wipe_generation();
    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    EXPECT_EQ(s.step(), Step::Thanks);
    ASSERT_EQ(sink.sets.size(), 1U);
    const AnswerSet& set = sink.sets[0];
    EXPECT_EQ(set.questionnaire, "microneedling");
    EXPECT_EQ(set.language, "en");
    EXPECT_EQ(set.submission_id, "uuid-1");
    EXPECT_EQ(set.answers, clear_client());
    EXPECT_EQ(sink.results[0].disposition, Severity::Clear);
    // Saved: nothing of the client stays while the thank-you screen shows.
    EXPECT_FALSE(s.has_answers());
    EXPECT_GT(s.wipe_generation(), generation);

    clock.advance_s(shipped_config().clinic.timeouts.thanks_seconds - 1);
    EXPECT_FALSE(s.tick());
    EXPECT_EQ(s.step(), Step::Thanks);
    clock.advance_s(1);
    EXPECT_TRUE(s.tick());
    EXPECT_EQ(s.step(), Step::Attract);
}

TEST_F(SessionTest, LanguageChosenOnAttractIsSubmittedAndKeptForThanks) {
    ASSERT_TRUE(s.set_language("es"));
    to_review();
    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    EXPECT_EQ(sink.sets.at(0).language, "es");
    EXPECT_EQ(s.language(), "es");  // the thank-you screen speaks the client's language
    EXPECT_TRUE(s.finish());
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_EQ(s.language(), "en");
}

TEST_F(SessionTest, SinkReceivesTheCheckButTheSessionShowsNoVerdict) {
    client["cold_sore_active"] = true;
    to_review();
    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    ASSERT_EQ(sink.results.size(), 1U);
    EXPECT_EQ(sink.results[0].disposition, Severity::Defer);
    EXPECT_EQ(s.step(), Step::Thanks);  // the same screen as for a clear client
}

// ---- Validation on Next -------------------------------------------------------

TEST_F(SessionTest, MissingRequiredAnswerBlocksNextAndNamesTheItem) {
    to_page(kAboutYou);
    client.erase("last_name");
    fill_page();
    EXPECT_FALSE(s.next());
    EXPECT_EQ(s.page_index(), kAboutYou);
    EXPECT_TRUE(s.show_errors());
    ASSERT_EQ(s.shown_problems().size(), 1U);
    EXPECT_TRUE(has_problem("last_name", ProblemCode::Missing));
    EXPECT_TRUE(s.problems_for("first_name").empty());
    ASSERT_TRUE(s.set_answer("last_name", std::string("García")));
    EXPECT_TRUE(s.next());
    EXPECT_EQ(s.page_index(), kGoals);
    EXPECT_FALSE(s.show_errors());
}

TEST_F(SessionTest, ErrorsShownOnlyAfterNextWasAttempted) {
    to_page(kAboutYou);
    ASSERT_TRUE(s.set_answer("email", std::string("ana@")));
    EXPECT_FALSE(s.show_errors());
    EXPECT_TRUE(s.shown_problems().empty());
    EXPECT_TRUE(s.problems_for("first_name").empty());

    EXPECT_FALSE(s.next());
    EXPECT_TRUE(s.show_errors());
    EXPECT_TRUE(has_problem("first_name", ProblemCode::Missing));
    EXPECT_TRUE(has_problem("last_name", ProblemCode::Missing));
    EXPECT_TRUE(has_problem("dob", ProblemCode::Missing));
    EXPECT_TRUE(has_problem("email", ProblemCode::InvalidEmail));
    EXPECT_TRUE(s.problems_for("phone").empty());  // optional and unanswered

    // Answering an item takes its reason away; the others stay until Next.
    ASSERT_TRUE(s.set_answer("first_name", std::string("Ana")));
    EXPECT_TRUE(s.problems_for("first_name").empty());
    EXPECT_TRUE(has_problem("last_name", ProblemCode::Missing));
    ASSERT_TRUE(s.set_answer("dob", Date{2027, 1, 1}));
    EXPECT_TRUE(s.problems_for("dob").empty());
    EXPECT_FALSE(s.next());
    EXPECT_TRUE(has_problem("dob", ProblemCode::FutureDate));
}

TEST_F(SessionTest, AnswersOfTheWrongKindAreRefused) {
    EXPECT_FALSE(s.set_answer("first_name", std::string("Ana")));  // attract: no answers
    to_page(kAboutYou);
    EXPECT_FALSE(s.set_answer("first_name", true));
    EXPECT_FALSE(s.set_answer("dob", Date{2023, 2, 29}));
    EXPECT_FALSE(s.set_answer("first_name", std::string("\xC3\x28")));  // broken UTF-8
    EXPECT_FALSE(s.set_answer("diabetes", false));                       // not on this page
    EXPECT_FALSE(s.set_answer("no_such_item", true));
    EXPECT_FALSE(s.has_answers());
    fill_page();
    ASSERT_TRUE(s.next());
    EXPECT_FALSE(s.toggle_choice("treatment_areas", "feet"));
    EXPECT_FALSE(s.set_answer("treatment_areas", Choices{"face", "feet"}));
}

TEST_F(SessionTest, ChoicesKeepQuestionnaireOrderAndEmptyClears) {
    to_page(kGoals);
    ASSERT_TRUE(s.toggle_choice("concerns", "texture"));
    ASSERT_TRUE(s.toggle_choice("concerns", "fine_lines"));
    EXPECT_EQ(std::get<Choices>(*s.answer("concerns")), (Choices{"fine_lines", "texture"}));
    ASSERT_TRUE(s.toggle_choice("concerns", "texture"));
    EXPECT_EQ(std::get<Choices>(*s.answer("concerns")), (Choices{"fine_lines"}));
    ASSERT_TRUE(s.toggle_choice("concerns", "fine_lines"));
    EXPECT_EQ(s.answer("concerns"), nullptr);
    ASSERT_TRUE(s.set_answer("treatment_areas", Choices{"neck", "face", "neck"}));
    EXPECT_EQ(std::get<Choices>(*s.answer("treatment_areas")), (Choices{"face", "neck"}));
}

// ---- Navigation ---------------------------------------------------------------

TEST_F(SessionTest, BackKeepsAnswers) {
    to_page(kSkin);
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.page_index(), kGoals);
    EXPECT_EQ(std::get<Choices>(*s.answer("treatment_areas")), (Choices{"face"}));
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.page_index(), kAboutYou);
    EXPECT_EQ(std::get<std::string>(*s.answer("first_name")), "Ana");
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.step(), Step::About);
    ASSERT_TRUE(s.next());
    EXPECT_EQ(std::get<Date>(*s.answer("dob")), (Date{1990, 4, 2}));
}

TEST_F(SessionTest, BackFromConsentAndReview) {
    to_review();
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.step(), Step::Consent);
    EXPECT_NE(s.answer("signature"), nullptr);  // moving is not editing
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.step(), Step::Questions);
    EXPECT_EQ(s.page_index(), kHealth);
}

TEST_F(SessionTest, BackFromAboutLeavesNothingOnAttract) {
    ASSERT_TRUE(s.set_language("es"));
    to_page(kGoals);
    ASSERT_TRUE(s.back());
    ASSERT_TRUE(s.back());
    ASSERT_EQ(s.step(), Step::About);
    const auto generation = s.wipe_generation();
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_FALSE(s.has_answers());  // attract never times out, so it holds nothing
    EXPECT_EQ(s.wipe_generation(), generation + 1);
    EXPECT_EQ(s.language(), "es");  // the client is still there
    EXPECT_FALSE(s.back());
}

TEST_F(SessionTest, LanguageSwitchKeepsAnswers) {
    to_page(kGoals);
    ASSERT_TRUE(s.set_language("es"));
    EXPECT_EQ(s.language(), "es");
    EXPECT_EQ(std::get<std::string>(*s.answer("first_name")), "Ana");
    EXPECT_EQ(s.page_index(), kGoals);
    EXPECT_FALSE(s.set_language("fr"));
    EXPECT_EQ(s.language(), "es");
}

// ---- Follow-ups ---------------------------------------------------------------

TEST_F(SessionTest, HiddenFollowUpAnswerIsDroppedWhenItsParentFlips) {
    to_page(kSkin);
    const auto shows = [&](std::string_view id) {
        const auto items = s.visible_items();
        return std::any_of(items.begin(), items.end(), [&](const Item* i) { return i->id == id; });
    };
    EXPECT_FALSE(shows("flare_in_treatment_area"));
    EXPECT_FALSE(s.set_answer("flare_in_treatment_area", true));  // hidden: refused
    ASSERT_TRUE(s.set_answer("eczema_psoriasis_flare", true));
    EXPECT_TRUE(shows("flare_in_treatment_area"));
    ASSERT_TRUE(s.set_answer("flare_in_treatment_area", true));
    ASSERT_TRUE(s.set_answer("eczema_psoriasis_flare", false));
    EXPECT_FALSE(shows("flare_in_treatment_area"));
    EXPECT_EQ(s.answer("flare_in_treatment_area"), nullptr);
}

TEST_F(SessionTest, ShownProblemOfAHiddenFollowUpGoes) {
    to_page(kGoals);
    ASSERT_TRUE(s.toggle_choice("concerns", "other"));
    ASSERT_TRUE(s.set_answer("concerns_other", std::string(201, 'x')));
    EXPECT_FALSE(s.next());
    EXPECT_TRUE(has_problem("concerns_other", ProblemCode::TooLong));
    ASSERT_TRUE(s.toggle_choice("concerns", "other"));
    EXPECT_EQ(s.answer("concerns_other"), nullptr);
    EXPECT_TRUE(s.problems_for("concerns_other").empty());
}

TEST_F(SessionTest, SinkNeverReceivesHiddenAnswers) {
    to_page(kSkin);
    ASSERT_TRUE(s.set_answer("eczema_psoriasis_flare", true));
    ASSERT_TRUE(s.set_answer("flare_in_treatment_area", true));
    ASSERT_TRUE(s.set_answer("eczema_psoriasis_flare", false));
    fill_page();
    ASSERT_TRUE(s.next());
    ASSERT_TRUE(s.set_answer("anticoagulants", true));
    ASSERT_TRUE(s.set_answer("anticoagulant_name", std::string("Warfarin")));
    ASSERT_TRUE(s.set_answer("anticoagulants", false));
    fill_page();
    ASSERT_TRUE(s.next());
    ASSERT_TRUE(s.mark_consent_read());
    fill_page();
    ASSERT_TRUE(s.next());
    ASSERT_EQ(s.submit(), SubmitOutcome::Saved);
    const AnswerMap& sent = sink.sets.at(0).answers;
    EXPECT_EQ(sent.count("flare_in_treatment_area"), 0U);
    EXPECT_EQ(sent.count("anticoagulant_name"), 0U);
    EXPECT_EQ(sent, clear_client());
    EXPECT_EQ(sink.results.at(0).disposition, Severity::Clear);
}

// ---- Consent and signature ----------------------------------------------------

TEST_F(SessionTest, ConsentNeedsReadingTicksSignatureAndName) {
    to_page(kConsentPage);
    EXPECT_EQ(s.step(), Step::Consent);
    EXPECT_FALSE(s.next());
    EXPECT_TRUE(s.consent_unread_shown());
    EXPECT_TRUE(has_problem("consent_risks", ProblemCode::Missing));
    EXPECT_TRUE(has_problem("consent_aftercare", ProblemCode::Missing));
    EXPECT_TRUE(has_problem("signature", ProblemCode::Missing));
    EXPECT_TRUE(has_problem("printed_name", ProblemCode::Missing));
    EXPECT_TRUE(s.problems_for("photo_consent").empty());  // optional

    ASSERT_TRUE(s.mark_consent_read());
    EXPECT_FALSE(s.consent_unread_shown());
    ASSERT_TRUE(s.set_answer("consent_risks", false));
    ASSERT_TRUE(s.set_answer("consent_aftercare", true));
    ASSERT_TRUE(s.set_answer("signature", Signature{{{{0.5F, 0.5F}}}}));  // a dot is no signature
    ASSERT_TRUE(s.set_answer("printed_name", std::string("Ana García")));
    EXPECT_FALSE(s.next());
    EXPECT_FALSE(s.consent_unread_shown());
    EXPECT_TRUE(has_problem("consent_risks", ProblemCode::MustBeYes));
    EXPECT_TRUE(has_problem("signature", ProblemCode::NoSignature));
    EXPECT_TRUE(s.problems_for("printed_name").empty());

    ASSERT_TRUE(s.set_answer("consent_risks", true));
    ASSERT_TRUE(s.set_answer("signature", kSigned));
    EXPECT_TRUE(s.next());
    EXPECT_EQ(s.step(), Step::Review);
}

TEST_F(SessionTest, ConsentUnreadAloneBlocksNext) {
    to_page(kConsentPage);
    fill_page();
    EXPECT_FALSE(s.next());
    EXPECT_TRUE(s.consent_unread_shown());
    EXPECT_TRUE(s.shown_problems().empty());
    ASSERT_TRUE(s.mark_consent_read());
    EXPECT_TRUE(s.next());
}

TEST_F(SessionTest, ConsentPageItemsAfterSigningKeepTheSignature) {
    to_page(kConsentPage);
    ASSERT_TRUE(s.mark_consent_read());
    ASSERT_TRUE(s.set_answer("signature", kSigned));
    // The printed name is typed after signing, letter by letter.
    ASSERT_TRUE(s.set_answer("printed_name", std::string("A")));
    ASSERT_TRUE(s.set_answer("printed_name", std::string("Ana")));
    ASSERT_TRUE(s.set_answer("photo_consent", true));
    EXPECT_NE(s.answer("signature"), nullptr);
    EXPECT_FALSE(s.signature_cleared_by_edit());
}

TEST_F(SessionTest, EditAfterSigningClearsTheSignature) {
    to_review();
    ASSERT_TRUE(s.edit_page(kSkin));
    EXPECT_EQ(s.step(), Step::Questions);
    EXPECT_TRUE(s.returning_to_review());
    ASSERT_TRUE(s.set_answer("cold_sore_history", true));
    EXPECT_EQ(s.answer("signature"), nullptr);
    EXPECT_TRUE(s.signature_cleared_by_edit());
    // Next goes to the consent page to sign again, not to review.
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.step(), Step::Consent);
    EXPECT_TRUE(s.consent_read());  // the text itself was read already
    EXPECT_NE(s.answer("printed_name"), nullptr);
    ASSERT_TRUE(s.set_answer("signature", kSigned));
    EXPECT_FALSE(s.signature_cleared_by_edit());
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.step(), Step::Review);
    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    EXPECT_EQ(std::get<bool>(sink.sets.at(0).answers.at("cold_sore_history")), true);
}

TEST_F(SessionTest, ConsentPageEditFromReviewClearsTheSignature) {
    to_review();
    ASSERT_TRUE(s.edit_page(kConsentPage));
    EXPECT_EQ(s.step(), Step::Consent);
    ASSERT_TRUE(s.set_answer("photo_consent", true));  // signed against "no"
    EXPECT_EQ(s.answer("signature"), nullptr);
    EXPECT_TRUE(s.signature_cleared_by_edit());
    EXPECT_FALSE(s.next());
    EXPECT_TRUE(has_problem("signature", ProblemCode::Missing));
}

TEST_F(SessionTest, SameAnswerAgainIsNoEdit) {
    to_review();
    ASSERT_TRUE(s.edit_page(kAboutYou));
    ASSERT_TRUE(s.set_answer("first_name", std::string("Ana")));
    EXPECT_NE(s.answer("signature"), nullptr);
    EXPECT_FALSE(s.signature_cleared_by_edit());
}

// ---- Review -------------------------------------------------------------------

TEST_F(SessionTest, EditPageReturnsToReview) {
    to_review();
    ASSERT_TRUE(s.edit_page(kGoals));
    EXPECT_EQ(s.page_index(), kGoals);
    EXPECT_TRUE(s.returning_to_review());
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.step(), Step::Review);
    EXPECT_FALSE(s.returning_to_review());

    ASSERT_TRUE(s.edit_page(kAboutYou));
    ASSERT_TRUE(s.back());  // Back goes where the client came from
    EXPECT_EQ(s.step(), Step::Review);
    EXPECT_FALSE(s.edit_page(99));
}

TEST_F(SessionTest, ReviewListsOnlyVisibleAnsweredItems) {
    client.erase("phone");
    to_review();
    const auto review = s.review_pages();
    const auto listed = [&](size_t page, std::string_view id) {
        const auto& items = review.at(page).items;
        return std::any_of(items.begin(), items.end(), [&](const ReviewItem& r) { return r.item->id == id; });
    };
    EXPECT_TRUE(listed(kAboutYou, "email"));
    EXPECT_FALSE(listed(kAboutYou, "phone"));
    EXPECT_FALSE(listed(kGoals, "concerns_other"));
    EXPECT_TRUE(listed(kConsentPage, "signature"));
}

TEST_F(SessionTest, SubmitWithSomethingMissingGoesToThatPage) {
    to_review();
    ASSERT_TRUE(s.edit_page(kAboutYou));
    ASSERT_TRUE(s.clear_answer("first_name"));
    ASSERT_TRUE(s.back());
    ASSERT_EQ(s.step(), Step::Review);
    EXPECT_EQ(s.submit(), SubmitOutcome::Incomplete);
    EXPECT_TRUE(sink.sets.empty());
    EXPECT_EQ(s.step(), Step::Questions);
    EXPECT_EQ(s.page_index(), kAboutYou);
    EXPECT_TRUE(s.show_errors());
    EXPECT_TRUE(has_problem("first_name", ProblemCode::Missing));
    EXPECT_TRUE(s.returning_to_review());
    EXPECT_EQ(s.submit(), SubmitOutcome::Refused);  // only from review
}

// ---- Saving -------------------------------------------------------------------

TEST_F(SessionTest, FailedSaveKeepsAnswersAndTheRetryUsesTheSameId) {
    sink.failures_left = 1;
    to_review();
    EXPECT_EQ(s.submit(), SubmitOutcome::Failed);
    EXPECT_EQ(s.step(), Step::Review);
    EXPECT_TRUE(s.save_failed());
    EXPECT_EQ(s.save_message_key(), "see_front_desk");
    EXPECT_EQ(std::get<std::string>(*s.answer("first_name")), "Ana");
    EXPECT_NE(s.answer("signature"), nullptr);

    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    ASSERT_EQ(sink.sets.size(), 2U);
    EXPECT_EQ(sink.sets[0].submission_id, "uuid-1");
    EXPECT_EQ(sink.sets[1].submission_id, "uuid-1");
    EXPECT_EQ(sink.sets[1].answers, clear_client());
    EXPECT_EQ(ids_made, 1);
    EXPECT_FALSE(s.save_failed());

    // The next client gets a new id.
    EXPECT_TRUE(s.finish());
    to_review();
    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    EXPECT_EQ(sink.sets.at(2).submission_id, "uuid-2");
}

TEST_F(SessionTest, ThrowingSinkIsACalmFailure) {
    sink.throw_next = true;
    to_review();
    EXPECT_EQ(s.submit(), SubmitOutcome::Failed);
    EXPECT_EQ(s.save_message_key(), kSaveFailedKey);
    EXPECT_TRUE(s.has_answers());
    EXPECT_EQ(s.submit(), SubmitOutcome::Saved);
    EXPECT_EQ(sink.sets.at(1).submission_id, sink.sets.at(0).submission_id);
}

TEST_F(SessionTest, FailedSaveStillTimesOut) {
    sink.failures_left = 1;
    to_review();
    ASSERT_EQ(s.submit(), SubmitOutcome::Failed);
    clock.advance_s(90);
    EXPECT_TRUE(s.tick());
    clock.advance_s(30);
    EXPECT_TRUE(s.tick());
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_FALSE(s.has_answers());
}

// ---- Idle -----------------------------------------------------------------------

TEST_F(SessionTest, IdlePromptAfterIdleSecondsAndStillHereDismissesIt) {
    to_page(kGoals);
    clock.advance_s(89);
    EXPECT_FALSE(s.tick());
    EXPECT_FALSE(s.idle_prompt());
    clock.advance_s(1);
    EXPECT_TRUE(s.tick());
    EXPECT_TRUE(s.idle_prompt());
    EXPECT_EQ(s.idle_seconds_left(), 30);
    // The overlay is modal: intents wait, a stray touch does not dismiss it.
    EXPECT_FALSE(s.next());
    EXPECT_FALSE(s.set_answer("concerns", Choices{"pores"}));
    s.touch();
    EXPECT_TRUE(s.idle_prompt());
    clock.advance_s(10);
    EXPECT_TRUE(s.tick());  // the countdown moved
    EXPECT_EQ(s.idle_seconds_left(), 20);
    EXPECT_TRUE(s.still_here());
    EXPECT_FALSE(s.idle_prompt());
    EXPECT_FALSE(s.still_here());
    EXPECT_EQ(s.step(), Step::Questions);
    EXPECT_EQ(std::get<std::string>(*s.answer("first_name")), "Ana");
    clock.advance_s(89);
    EXPECT_FALSE(s.tick());
    EXPECT_FALSE(s.idle_prompt());
}

TEST_F(SessionTest, InputRestartsTheIdlePeriod) {
    to_page(kAboutYou);
    clock.advance_s(60);
    s.touch();
    clock.advance_s(60);
    EXPECT_FALSE(s.tick());
    EXPECT_FALSE(s.idle_prompt());
    ASSERT_TRUE(s.set_answer("first_name", std::string("Ana")));  // an intent is input too
    clock.advance_s(89);
    EXPECT_FALSE(s.tick());
    clock.advance_s(1);
    EXPECT_TRUE(s.tick());
    EXPECT_TRUE(s.idle_prompt());
}

TEST_F(SessionTest, CountdownExpiryWipesEverything) {
    ASSERT_TRUE(s.set_language("es"));
    to_page(kConsentPage);
    ASSERT_TRUE(s.mark_consent_read());
    ASSERT_TRUE(s.set_answer("signature", kSigned));
    const auto generation = s.wipe_generation();
    clock.advance_s(90);
    ASSERT_TRUE(s.tick());
    ASSERT_TRUE(s.idle_prompt());
    clock.advance_s(29);
    EXPECT_TRUE(s.tick());
    EXPECT_EQ(s.step(), Step::Consent);
    clock.advance_s(1);
    EXPECT_TRUE(s.tick());

    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_FALSE(s.idle_prompt());
    EXPECT_FALSE(s.has_answers());
    EXPECT_EQ(s.answer("first_name"), nullptr);
    EXPECT_EQ(s.answer("signature"), nullptr);
    EXPECT_EQ(s.language(), "en");
    EXPECT_FALSE(s.consent_read());
    EXPECT_EQ(s.wipe_generation(), generation + 1);
    EXPECT_EQ(s.next_deadline_ms(), std::nullopt);

    // The next client starts from nothing.
    ASSERT_TRUE(s.start());
    ASSERT_TRUE(s.skip_about());
    EXPECT_EQ(s.page_index(), kAboutYou);
    EXPECT_FALSE(s.show_errors());
    EXPECT_TRUE(s.visible_items().size() >= 5);
    EXPECT_EQ(s.answer("last_name"), nullptr);
}

TEST_F(SessionTest, NothingOnAttractTimesOut) {
    EXPECT_EQ(s.next_deadline_ms(), std::nullopt);
    clock.advance_s(10 * 3600);
    s.touch();
    EXPECT_FALSE(s.tick());
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_FALSE(s.idle_prompt());
    EXPECT_FALSE(s.still_here());
    EXPECT_EQ(s.next_deadline_ms(), std::nullopt);
}

TEST_F(SessionTest, AboutTimesOutToo) {
    ASSERT_TRUE(s.start());
    clock.advance_s(120);
    EXPECT_TRUE(s.tick());  // one late wake-up: past the prompt and the countdown
    EXPECT_EQ(s.step(), Step::Attract);
}

TEST_F(SessionTest, NextDeadlineTellsTheLoopWhenToWake) {
    const std::int64_t t0 = clock.now;
    ASSERT_TRUE(s.start());
    EXPECT_EQ(s.next_deadline_ms(), t0 + 90'000);
    clock.advance_s(10);
    s.touch();
    EXPECT_EQ(s.next_deadline_ms(), t0 + 100'000);
    clock.now = t0 + 100'000;
    ASSERT_TRUE(s.tick());
    ASSERT_TRUE(s.idle_prompt());
    EXPECT_EQ(s.next_deadline_ms(), t0 + 101'000);  // the countdown's next second
    clock.now = t0 + 129'400;
    EXPECT_TRUE(s.tick());
    EXPECT_EQ(s.idle_seconds_left(), 1);
    EXPECT_EQ(s.next_deadline_ms(), t0 + 130'000);  // the wipe
    ASSERT_TRUE(s.still_here());
    EXPECT_EQ(s.next_deadline_ms(), t0 + 129'400 + 90'000);
}

TEST_F(SessionTest, ThanksReturnsToAttractByItself) {
    to_review();
    ASSERT_EQ(s.submit(), SubmitOutcome::Saved);
    const std::int64_t saved_at = clock.now;
    const int thanks = shipped_config().clinic.timeouts.thanks_seconds;
    EXPECT_EQ(s.next_deadline_ms(), saved_at + std::int64_t{thanks} * 1000);
    // No idle prompt on the thank-you screen, and touches do not keep it up.
    clock.advance_s(thanks - 1);
    s.touch();
    EXPECT_FALSE(s.tick());
    EXPECT_FALSE(s.idle_prompt());
    EXPECT_EQ(s.step(), Step::Thanks);
    clock.advance_s(1);
    EXPECT_TRUE(s.tick());
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_EQ(s.next_deadline_ms(), std::nullopt);
}

// ---- Wipe -----------------------------------------------------------------------

TEST_F(SessionTest, WipeForgetsEverything) {
    ASSERT_TRUE(s.set_language("es"));
    to_page(kAboutYou);
    ASSERT_TRUE(s.set_answer("email", std::string("ana@")));
    EXPECT_FALSE(s.next());
    const auto generation = s.wipe_generation();
    s.wipe();
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_FALSE(s.has_answers());
    EXPECT_TRUE(s.shown_problems().empty());
    EXPECT_FALSE(s.show_errors());
    EXPECT_EQ(s.language(), "en");
    EXPECT_EQ(s.wipe_generation(), generation + 1);
}

TEST(SessionScrub, ZeroesTheWholeStringBuffer) {
    std::string s(100, 'x');
    s.resize(10);  // bytes past size() still hold the longer value
    const char* buffer = s.data();
    const size_t capacity = s.capacity();
    scrub(s);
    EXPECT_TRUE(s.empty());
    ASSERT_EQ(s.data(), buffer);  // the same block, now zeroed
    EXPECT_TRUE(std::all_of(buffer, buffer + capacity, [](char c) { return c == 0; }));
}

TEST(SessionScrub, ZeroesEveryKindOfAnswer) {
    AnswerMap answers;
    answers["name"] = std::string("Ana García, a long enough name to leave the small-string buffer");
    answers["areas"] = Choices{"face", "neck"};
    answers["sig"] = kSigned;
    answers["dob"] = Date{1990, 4, 2};
    Answer sig = kSigned;
    scrub(sig);
    EXPECT_TRUE(std::get<Signature>(sig).strokes.empty());
    Answer yes = true;
    scrub(yes);
    EXPECT_FALSE(std::get<bool>(yes));
    scrub(answers);
    EXPECT_TRUE(answers.empty());
}

// ---- A questionnaire without cards ------------------------------------------------

TEST(SessionMini, NoCardsGoesStraightToTheFirstPage) {
    auto files = kiosk::testing::MiniConfig::valid();
    const auto about = files.questionnaire.find("about:");
    const auto pages = files.questionnaire.find("pages:");
    files.questionnaire.erase(about, pages - about);
    const auto dir = files.write();
    auto loaded = load_config(dir.string());
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(loaded));
    const auto& config = std::get<KioskConfig>(loaded);
    ASSERT_TRUE(config.questionnaire.cards.empty());

    FakeClock clock;
    RecordingSink sink;
    IntakeSession s(config, clock, sink, [] { return std::string("mini-1"); });
    ASSERT_TRUE(s.start());
    EXPECT_EQ(s.step(), Step::Questions);
    EXPECT_EQ(s.question_page_count(), 1U);
    ASSERT_TRUE(s.set_answer("name", std::string("Ana")));
    ASSERT_TRUE(s.set_answer("dob", Date{2010, 1, 1}));
    ASSERT_TRUE(s.set_answer("flare", true));
    ASSERT_TRUE(s.set_answer("flare_here", true));
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.step(), Step::Consent);
    EXPECT_EQ(s.progress()->step, 2U);
    EXPECT_EQ(s.progress()->of, 3U);
    ASSERT_TRUE(s.mark_consent_read());
    ASSERT_TRUE(s.set_answer("signature", kSigned));
    ASSERT_TRUE(s.next());
    ASSERT_EQ(s.submit(), SubmitOutcome::Saved);
    EXPECT_EQ(sink.sets.at(0).submission_id, "mini-1");
    EXPECT_EQ(sink.results.at(0).disposition, Severity::Defer);  // minor + flare in the area

    // With no cards, Back from the first page is the way out, and takes nothing along.
    s.wipe();
    ASSERT_TRUE(s.start());
    ASSERT_TRUE(s.set_answer("name", std::string("Bo")));
    ASSERT_TRUE(s.back());
    EXPECT_EQ(s.step(), Step::Attract);
    EXPECT_FALSE(s.has_answers());
}

}  // namespace
}  // namespace kiosk::session
