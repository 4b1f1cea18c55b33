// The review and thank-you screens through the real shell: every answer by
// page in the client's words, Edit jumps to its page and Continue comes
// back, Submit saves and thanks the client without any clinical verdict,
// Done returns to the attract screen, and a failed save keeps the answers
// behind a calm "please see the front desk".
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "headless_ui.hpp"
#include "intake_fixture.hpp"
#include "theme/config_text.hpp"
#include "theme/flow_strings.hpp"
#include "theme/review_strings.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

using session::Step;

bool drawn_in(const std::vector<std::string>& all, std::string_view text) {
    return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
}

class ReviewScreen : public ::testing::Test {
protected:
    void SetUp() override { walk_to_review(ui, answers); }
    [[nodiscard]] bool drawn(std::string_view text) { return drawn_in(ui.drawn_text(), text); }

    kiosk::AnswerMap answers = clear_client_answers();
    HeadlessUi ui{shipped_kiosk_config(), "en"};
};

TEST_F(ReviewScreen, ShowsEveryAnswerGroupedByPage) {
    ASSERT_EQ(ui.shell().screen_name(), "review");
    const kiosk::Questionnaire& q = shipped_kiosk_config().questionnaire;
    for (const session::ReviewPage& page : ui.session().review_pages()) {
        EXPECT_TRUE(drawn(page.page->title.in("en"))) << page.page->id;
        EXPECT_TRUE(ui.shows("edit=" + page.page->id)) << page.page->id;
        for (const session::ReviewItem& it : page.items) EXPECT_TRUE(drawn(it.item->text.in("en"))) << it.item->id;
    }
    // Every answer given is listed (all of them are visible).
    size_t listed = 0;
    for (const session::ReviewPage& page : ui.session().review_pages()) listed += page.items.size();
    EXPECT_EQ(listed, answers.size());
    EXPECT_EQ(ui.session().review_pages().size(), q.pages.size());
    // In the client's words: names, a date written out, option labels, Yes/No.
    EXPECT_TRUE(drawn("Ana"));
    EXPECT_TRUE(drawn("2 April 1990"));
    const kiosk::Item* concerns = q.find("concerns");
    EXPECT_TRUE(drawn(concerns->option("fine_lines")->label.in("en") + ", " +
                      concerns->option("texture")->label.in("en")));
    EXPECT_TRUE(drawn("Yes"));  // the acknowledgements
    EXPECT_TRUE(drawn("No"));
    EXPECT_FALSE(drawn("fine_lines")) << "option ids are never shown";
    EXPECT_FALSE(drawn("1990-04-02"));
    EXPECT_TRUE(ui.shows("submit"));
    EXPECT_TRUE(ui.shows("review.list"));
}

TEST_F(ReviewScreen, SpanishAnswersAreInSpanish) {
    ASSERT_TRUE(ui.session().set_language("es"));
    ui.frame();
    EXPECT_TRUE(drawn("2 de abril de 1990"));
    EXPECT_TRUE(drawn("Revise sus respuestas"));
    EXPECT_TRUE(drawn("Editar"));
    EXPECT_TRUE(drawn("Enviar"));
    EXPECT_TRUE(drawn("Sí"));
    const auto& all = ui.drawn_text();
    for (const char* english : {"Edit", "Submit", "Yes", "Back", "Continue"})
        EXPECT_EQ(std::find(all.begin(), all.end(), english), all.end()) << english;
    for (const char* english : {"Check your answers", "April", "Only your practitioner"}) EXPECT_FALSE(drawn(english)) << english;
}

TEST_F(ReviewScreen, EditJumpsToThePageAndContinueComesBack) {
    session::IntakeSession& s = ui.session();
    const std::string page_id = shipped_kiosk_config().questionnaire.pages[1].id;
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
    const ImVec2 edit = ui.center_of("edit=" + shipped_kiosk_config().questionnaire.pages[0].id);
    ui.drag(edit, ImVec2(0, -200));
    EXPECT_EQ(ui.shell().screen_name(), "review");
    EXPECT_LT(ui.center_of("edit=" + shipped_kiosk_config().questionnaire.pages[0].id).y, edit.y - 150.0F);
}

TEST_F(ReviewScreen, SubmitThanksTheClientWithNoVerdictAndDoneReturnsToAttract) {
    // A client the rules would decline: the thanks screen must not say so.
    ASSERT_TRUE(ui.session().edit_page(2));
    ui.frame();
    const kiosk::Questionnaire& q = shipped_kiosk_config().questionnaire;
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
    const kiosk::Clinic& clinic = shipped_kiosk_config().clinic;
    EXPECT_TRUE(drawn(clinic.thanks_title.in("en")));
    EXPECT_TRUE(drawn(clinic.thanks_body.in("en").substr(0, 20)));
    for (const char* verdict : {"clear", "Clear", "review", "clearance", "Clearance", "defer", "Defer", "decline",
                                "Decline", "not suitable", "cannot be treated", "contraindicat"})
        EXPECT_FALSE(drawn(verdict)) << verdict;
    for (const kiosk::Rule& rule : q.rules) EXPECT_FALSE(drawn(rule.title.in("en"))) << rule.id;
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
    EXPECT_TRUE(drawn(shipped_kiosk_config().clinic.thanks_title.in("es")));
    EXPECT_TRUE(drawn("Terminar"));
    EXPECT_FALSE(drawn("Done"));
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
    void SetUp() override {
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);
        std::vector<std::string_view> glyphs = ui::all_ui_text();
        for (const auto& more : {ui::all_flow_text(), ui::all_review_text(), ui::config_text(shipped_kiosk_config())})
            glyphs.insert(glyphs.end(), more.begin(), more.end());
        ASSERT_EQ(ui::init_ui_theme(theme, shipped_kiosk_config().clinic.theme, 1.0F, glyphs), "");
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        shell = std::make_unique<ui::KioskShell>(s, "en", kTestToday);
    }
    void TearDown() override {
        shell.reset();
        ImGui::DestroyContext(context);
    }
    void frame(ImVec2 pos = ImVec2(-FLT_MAX, -FLT_MAX), bool down = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0F / 60.0F;
        io.MousePos = pos;
        io.MouseDown[0] = down;
        text.clear();
        ui::record_drawn_text(&text);
        ImGui::NewFrame();
        (void)shell->draw(theme);
        ImGui::Render();
        ui::record_drawn_text(nullptr);
    }
    void tap(std::string_view id) {
        const ui::WidgetEntry* e = shell->widgets().find(id);
        ASSERT_NE(e, nullptr) << id << ": " << shell->widgets().ids_joined();
        const ImVec2 c = e->center();
        frame(c, true);
        frame(c, false);
        frame(c, false);
    }

    FakeClock clock;
    FailingSink sink;
    session::IntakeSession s{shipped_kiosk_config(), clock, sink, [] { return std::string("fail-1"); }};
    ImGuiContext* context = nullptr;
    ui::UiTheme theme;
    std::unique_ptr<ui::KioskShell> shell;
    std::vector<std::string> text;
};

TEST_F(FailingStore, AFailedSaveSaysSeeTheFrontDeskAndKeepsTheAnswers) {
    const kiosk::AnswerMap answers = clear_client_answers();
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
    frame();
    EXPECT_FALSE(drawn_in(text, ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
    tap("submit");
    EXPECT_EQ(shell->screen_name(), "review");
    EXPECT_TRUE(s.save_failed());
    EXPECT_TRUE(drawn_in(text, ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
    EXPECT_TRUE(drawn_in(text, "front desk"));
    EXPECT_TRUE(drawn_in(text, "Ana")) << "the answers are kept and still listed";
    EXPECT_EQ(s.answer("first_name") != nullptr, true);

    // Trying again works; the banner goes with the thank-you screen.
    tap("submit");
    EXPECT_EQ(shell->screen_name(), "thanks");
    EXPECT_EQ(sink.attempts, 2);
    frame();
    EXPECT_FALSE(drawn_in(text, ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
}

}  // namespace
}  // namespace kiosk::test
