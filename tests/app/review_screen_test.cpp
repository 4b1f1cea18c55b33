// The review and thank-you screens through the real shell: every answer by
// page in the client's words, Edit jumps to its page and Continue comes
// back, Submit saves and thanks the client without any clinical verdict,
// Done returns to the attract screen, and a failed save keeps the answers
// behind a calm "please see the front desk".
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"
#include "theme/config_text.hpp"
#include "theme/flow_strings.hpp"
#include "theme/review_strings.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

using session::Step;

class ReviewScreen : public ::testing::Test {
protected:
    void SetUp() override { walk_to_review(ui, answers); }

    kiosk::AnswerMap answers = testing::clear_client();
    HeadlessUi ui{testing::shipped_config(), "en"};
};

TEST_F(ReviewScreen, ShowsEveryAnswerGroupedByPage) {
    ASSERT_EQ(ui.shell().screen_name(), "review");
    const kiosk::Questionnaire& q = testing::shipped_config().questionnaire;
    for (const session::ReviewPage& page : ui.session().review_pages()) {
        EXPECT_TRUE(ui.drew(page.page->title.in("en"))) << page.page->id;
        EXPECT_TRUE(ui.shows("edit=" + page.page->id)) << page.page->id;
        for (const session::ReviewItem& it : page.items) EXPECT_TRUE(ui.drew(it.item->text.in("en"))) << it.item->id;
    }
    // Every answer given is listed (all of them are visible).
    size_t listed = 0;
    for (const session::ReviewPage& page : ui.session().review_pages()) listed += page.items.size();
    EXPECT_EQ(listed, answers.size());
    EXPECT_EQ(ui.session().review_pages().size(), q.pages.size());
    // In the client's words: names, a date written out, option labels, Yes/No.
    EXPECT_TRUE(ui.drew("Ana"));
    EXPECT_TRUE(ui.drew("2 April 1990"));
    const kiosk::Item* concerns = q.find("concerns");
    EXPECT_TRUE(ui.drew(concerns->option("fine_lines")->label.in("en") + ", " +
                      concerns->option("texture")->label.in("en")));
    EXPECT_TRUE(ui.drew("Yes"));  // the acknowledgements
    EXPECT_TRUE(ui.drew("No"));
    EXPECT_FALSE(ui.drew("fine_lines")) << "option ids are never shown";
    EXPECT_FALSE(ui.drew("1990-04-02"));
    EXPECT_TRUE(ui.shows("submit"));
    EXPECT_TRUE(ui.shows("review.list"));
}

TEST_F(ReviewScreen, SpanishAnswersAreInSpanish) {
    ASSERT_TRUE(ui.session().set_language("es"));
    ui.frame();
    EXPECT_TRUE(ui.drew("2 de abril de 1990"));
    EXPECT_TRUE(ui.drew("Revise sus respuestas"));
    EXPECT_TRUE(ui.drew("Editar"));
    EXPECT_TRUE(ui.drew("Enviar"));
    EXPECT_TRUE(ui.drew("Sí"));
    const auto& all = ui.drawn_text();
    for (const char* english : {"Edit", "Submit", "Yes", "Back", "Continue"})
        EXPECT_EQ(std::find(all.begin(), all.end(), english), all.end()) << english;
    for (const char* english : {"Check your answers", "April", "Only your practitioner"}) EXPECT_FALSE(ui.drew(english)) << english;
}

TEST_F(ReviewScreen, EditJumpsToThePageAndContinueComesBack) {
    session::IntakeSession& s = ui.session();
    const std::string page_id = testing::shipped_config().questionnaire.pages[1].id;
    tap_in_view(ui, "edit=" + page_id);
    EXPECT_EQ(ui.shell().screen_name(), "questions");
    EXPECT_EQ(s.page_index(), 1U);
    EXPECT_TRUE(s.returning_to_review());
    ui.tap("next");
    EXPECT_EQ(ui.shell().screen_name(), "review");
    EXPECT_NE(s.answer("signature"), nullptr) << "nothing changed: the signature stands";

    // The last card (the consent page) is further down the list.
    tap_in_view(ui, "edit=consent");
    EXPECT_EQ(ui.shell().screen_name(), "consent");
}

TEST_F(ReviewScreen, ADragOnTheListScrollsAndTapsNothing) {
    const ImVec2 edit = ui.center_of("edit=" + testing::shipped_config().questionnaire.pages[0].id);
    ui.drag(edit, ImVec2(0, -200));
    EXPECT_EQ(ui.shell().screen_name(), "review");
    EXPECT_LT(ui.center_of("edit=" + testing::shipped_config().questionnaire.pages[0].id).y, edit.y - 150.0F);
}

TEST_F(ReviewScreen, SubmitThanksTheClientWithNoVerdictAndDoneReturnsToAttract) {
    // A client the rules would decline: the thanks screen must not say so.
    ASSERT_TRUE(ui.session().edit_page(2));
    ui.frame();
    const kiosk::Questionnaire& q = testing::shipped_config().questionnaire;
    ASSERT_TRUE(ui.session().set_answer("keloid_history", true) ||
                ui.session().set_answer(q.pages[2].items.front().id, true));
    (void)ui.session().next();
    while (ui.session().step() != Step::Review) {
        if (ui.session().step() == Step::Consent) {
            ui.session().mark_consent_read();
            (void)ui.session().set_answer("signature", answers.at("signature"));
        }
        ASSERT_TRUE(ui.session().next());
    }
    ui.frame();
    ui.tap("submit");
    ASSERT_EQ(ui.shell().screen_name(), "thanks");
    ASSERT_EQ(ui.sink().saved.size(), 1U);
    ui.frame();
    const kiosk::Clinic& clinic = testing::shipped_config().clinic;
    EXPECT_TRUE(ui.drew(clinic.thanks_title.in("en")));
    EXPECT_TRUE(ui.drew(clinic.thanks_body.in("en").substr(0, 20)));
    for (const char* verdict : {"clear", "Clear", "review", "clearance", "Clearance", "defer", "Defer", "decline",
                                "Decline", "not suitable", "cannot be treated", "contraindicat"})
        EXPECT_FALSE(ui.drew(verdict)) << verdict;
    for (const kiosk::Rule& rule : q.rules) EXPECT_FALSE(ui.drew(rule.title.in("en"))) << rule.id;
    ASSERT_TRUE(ui.shows("done"));
    ui.tap("done");
    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_FALSE(ui.session().has_answers());
}

TEST_F(ReviewScreen, ThanksInSpanishShowsTheClinicsSpanishText) {
    ASSERT_TRUE(ui.session().set_language("es"));
    ui.frame();
    ui.tap("submit");
    ASSERT_EQ(ui.shell().screen_name(), "thanks");
    ui.frame();
    EXPECT_TRUE(ui.drew(testing::shipped_config().clinic.thanks_title.in("es")));
    EXPECT_TRUE(ui.drew("Terminar"));
    EXPECT_FALSE(ui.drew("Done"));
}

// ---- A store that fails -----------------------------------------------------------

class FailingSink final : public session::SubmissionSink {
public:
    session::SaveOutcome save(const AnswerSet&, const CheckResult&) override {
        ++attempts;
        if (failures_left > 0) {
            --failures_left;
            return session::SaveOutcome::failed("save_failed");
        }
        return session::SaveOutcome::ok();
    }
    int failures_left = 1;
    int attempts = 0;
};

// HeadlessUi's own sink always saves; this one is the shell over a FailingSink.
class FailingStore : public ::testing::Test {
protected:
    FailingSink sink;
    HeadlessUi ui{testing::shipped_config(), sink, "en"};
    session::IntakeSession& s = ui.session();
};

TEST_F(FailingStore, AFailedSaveSaysSeeTheFrontDeskAndKeepsTheAnswers) {
    const kiosk::AnswerMap answers = testing::clear_client();
    ASSERT_TRUE(s.start());
    if (s.step() == Step::About) {
        ASSERT_TRUE(s.skip_about());
    }
    while (s.step() != Step::Review) {
        if (s.step() == Step::Consent) s.mark_consent_read();
        for (const kiosk::Item* item : s.visible_items())
            if (const auto it = answers.find(item->id); it != answers.end()) (void)s.set_answer(item->id, it->second);
        ASSERT_TRUE(s.next());
    }
    ui.frame();
    EXPECT_FALSE(ui.drew(ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
    ui.tap("submit");
    EXPECT_EQ(ui.shell().screen_name(), "review");
    EXPECT_TRUE(s.save_failed());
    EXPECT_TRUE(ui.drew(ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
    EXPECT_TRUE(ui.drew("front desk"));
    EXPECT_TRUE(ui.drew("Ana")) << "the answers are kept and still listed";
    EXPECT_EQ(s.answer("first_name") != nullptr, true);

    // Trying again works; the banner goes with the thank-you screen.
    ui.tap("submit");
    EXPECT_EQ(ui.shell().screen_name(), "thanks");
    EXPECT_EQ(sink.attempts, 2);
    ui.frame();
    EXPECT_FALSE(ui.drew(ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
}

}  // namespace
}  // namespace kiosk::test
