// The consent page through the real shell and touch path: Continue is
// refused until the text was read to its end, each acknowledgement ticked,
// the signature drawn and the name printed, with the reason beside each
// field; the tick rows toggle as a whole; "please sign again" after an edit
// from review; the Spanish page shows no English.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <variant>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"
#include "theme/flow_strings.hpp"
#include "theme/review_strings.hpp"

namespace kiosk::test {
namespace {

using session::Step;

class ConsentScreen : public ::testing::Test {
protected:
    void SetUp() override { walk_to_consent(ui, testing::clear_client()); }

    void read_to_the_end() {
        const ImVec2 c = ui.center_of("consent.text");
        ui.drag(ImVec2(c.x - 100.0F, c.y + 60.0F), ImVec2(0, -4000));
        ui.frame();
    }
    void sign() {
        tap_in_view(ui, "signature=clear");  // brings the pad into view (and nothing to clear yet)
        const ui::WidgetEntry* pad = ui.shell().widgets().find("signature");
        ASSERT_NE(pad, nullptr);
        ui.drag(ImVec2(pad->min.x + 60.0F, pad->center().y), ImVec2(200, 30));
    }
    // Types through the on-screen keyboard, as a person would.
    void type(std::string_view text) {
        for (const char ch : text) {
            const std::string key = ch == ' ' ? "key=space" : "key=" + std::string(1, ch);
            if (ui.shows(key)) {
                ui.tap(key);
                continue;
            }
            ASSERT_TRUE(ui.shows("key=shift")) << ui.shell().widgets().ids_joined();
            ui.tap("key=shift");
            ASSERT_TRUE(ui.shows(key)) << key << ": " << ui.shell().widgets().ids_joined();
            ui.tap(key);
        }
    }
    [[nodiscard]] bool next_passes() {
        ui.tap("next");
        return ui.session().step() == Step::Review;
    }

    HeadlessUi ui{testing::shipped_config(), "en"};
};

TEST_F(ConsentScreen, ShowsTheTextTheTicksThePadTheNameAndContinue) {
    EXPECT_EQ(ui.shell().screen_name(), "consent");
    for (const char* id : {"back", "next", "consent.text", "consent.more", "consent_risks=yes", "consent_aftercare=yes",
                           "photo_consent=yes", "photo_consent=no", "signature", "signature=clear", "printed_name"})
        EXPECT_TRUE(ui.shows(id)) << id << " not in: " << ui.shell().widgets().ids_joined();
    const kiosk::Consent& consent = testing::shipped_config().questionnaire.consent;
    EXPECT_TRUE(ui.drew(consent.title.in("en")));
    EXPECT_TRUE(ui.drew("Keep reading"));
    EXPECT_TRUE(ui.drew("Continue"));
    // Touch-sized targets.
    for (const char* id : {"next", "consent_risks=yes", "signature=clear", "printed_name"}) {
        const ui::WidgetEntry* e = ui.shell().widgets().find(id);
        EXPECT_GE(e->max.y - e->min.y, 48.0F) << id;
    }
    EXPECT_GE(ui.shell().widgets().find("consent_risks=yes")->max.y - ui.shell().widgets().find("consent_risks=yes")->min.y,
              72.0F);
}

TEST_F(ConsentScreen, ContinueWaitsForReadTickedSignedAndNamed) {
    session::IntakeSession& s = ui.session();
    EXPECT_FALSE(next_passes());
    EXPECT_TRUE(s.consent_unread_shown());
    EXPECT_TRUE(ui.drew(ui::review_text(ui::ReviewText::ReadToTheEnd, "en")));
    EXPECT_TRUE(ui.drew("Please tick this to continue"));
    EXPECT_TRUE(ui.drew("Please sign with your finger"));
    EXPECT_TRUE(ui.drew("Please fill this in"));  // the printed name

    read_to_the_end();
    EXPECT_TRUE(s.consent_read());
    EXPECT_FALSE(ui.shows("consent.more")) << "the cue goes once the end was seen";
    EXPECT_FALSE(next_passes());

    tap_in_view(ui, "consent_risks=yes");
    tap_in_view(ui, "consent_aftercare=yes");
    EXPECT_EQ(s.answer("consent_risks") != nullptr && std::get<bool>(*s.answer("consent_risks")), true);
    EXPECT_FALSE(next_passes());

    sign();
    ASSERT_NE(s.answer("signature"), nullptr);
    EXPECT_FALSE(next_passes());
    EXPECT_TRUE(ui.drew("Please fill this in"));
    EXPECT_FALSE(ui.drew("Please sign with your finger"));

    tap_in_view(ui, "printed_name");
    ASSERT_TRUE(ui.shows("key=done")) << ui.shell().widgets().ids_joined();
    EXPECT_FALSE(ui.shows("next")) << "the keyboard takes the bottom bar's place";
    type("Ana Garcia");
    ASSERT_NE(s.answer("printed_name"), nullptr);
    EXPECT_EQ(std::get<std::string>(*s.answer("printed_name")), "Ana Garcia");
    ui.tap("key=done");
    ASSERT_TRUE(ui.shows("next"));

    EXPECT_TRUE(next_passes());
    EXPECT_EQ(ui.shell().screen_name(), "review");
    // Photo consent is optional and was left unanswered.
    EXPECT_EQ(s.answer("photo_consent"), nullptr);
}

TEST_F(ConsentScreen, KeepReadingScrollsTheTextToItsEnd) {
    session::IntakeSession& s = ui.session();
    for (int i = 0; i < 20 && ui.shows("consent.more"); ++i) ui.tap("consent.more");
    ui.frame();
    EXPECT_TRUE(s.consent_read());
    EXPECT_FALSE(ui.shows("consent.more"));
}

TEST_F(ConsentScreen, ATickRowTogglesAsAWhole) {
    session::IntakeSession& s = ui.session();
    const ui::WidgetEntry* row = ui.shell().widgets().find("consent_risks=yes");
    ASSERT_NE(row, nullptr);
    // Tap the label's far end, not the box.
    const ImVec2 p(row->max.x - 20.0F, row->center().y);
    ui.frame(p, true);
    ui.frame(p, false);
    ui.frame(p, false);
    ASSERT_NE(s.answer("consent_risks"), nullptr);
    EXPECT_TRUE(std::get<bool>(*s.answer("consent_risks")));
    EXPECT_FALSE(ui.shows("consent_risks=yes"));
    ASSERT_TRUE(ui.shows("consent_risks=no"));
    ui.tap("consent_risks=no");
    EXPECT_EQ(s.answer("consent_risks"), nullptr) << "unticked is unanswered, not No";
    EXPECT_TRUE(ui.shows("consent_risks=yes"));
}

TEST_F(ConsentScreen, PhotoConsentIsAYesNo) {
    tap_in_view(ui, "photo_consent=yes");
    ASSERT_NE(ui.session().answer("photo_consent"), nullptr);
    EXPECT_TRUE(std::get<bool>(*ui.session().answer("photo_consent")));
    tap_in_view(ui, "photo_consent=no");
    EXPECT_FALSE(std::get<bool>(*ui.session().answer("photo_consent")));
}

TEST_F(ConsentScreen, AnEditAfterSigningAsksToSignAgain) {
    session::IntakeSession& s = ui.session();
    const kiosk::AnswerMap answers = testing::clear_client();
    ASSERT_TRUE(s.mark_consent_read());
    for (const kiosk::Item* item : s.visible_items())
        if (const auto it = answers.find(item->id); it != answers.end()) {
            ASSERT_TRUE(s.set_answer(item->id, it->second));
        }
    EXPECT_FALSE(ui.drew(ui::review_text(ui::ReviewText::SignAgain, "en")));
    ui.tap("next");
    ASSERT_EQ(ui.shell().screen_name(), "review");

    // Review -> edit the first page -> change an answer -> Continue.
    tap_in_view(ui, "edit=" + testing::shipped_config().questionnaire.pages.front().id);
    ASSERT_EQ(ui.shell().screen_name(), "questions");
    ASSERT_TRUE(s.set_answer("first_name", std::string("Anna")));
    ui.frame();
    ui.tap("next");
    EXPECT_EQ(ui.shell().screen_name(), "consent") << "the signature was taken away: sign again first";
    EXPECT_TRUE(s.signature_cleared_by_edit());
    EXPECT_EQ(s.answer("signature"), nullptr);
    ui.frame();
    EXPECT_TRUE(ui.drew(ui::review_text(ui::ReviewText::SignAgain, "en")));

    sign();
    EXPECT_FALSE(s.signature_cleared_by_edit());
    ui.frame();
    EXPECT_FALSE(ui.drew(ui::review_text(ui::ReviewText::SignAgain, "en")));
    EXPECT_TRUE(next_passes());
}

TEST_F(ConsentScreen, SpanishShowsNoEnglish) {
    ASSERT_TRUE(ui.session().set_language("es"));
    ui.frame();
    ui.tap("next");  // refused: every reason shows too
    ui.frame();
    for (const char* english : {"Continue", "Keep reading", "Clear", "Please", "Next, you can", "Back", "Yes",
                                "Your signature", "Printed name"})
        EXPECT_FALSE(ui.drew(english)) << english;
    const auto& all = ui.drawn_text();
    EXPECT_EQ(std::find(all.begin(), all.end(), "Consent"), all.end());
    EXPECT_TRUE(ui.drew("Continuar"));
    EXPECT_TRUE(ui.drew("Siga leyendo"));
    EXPECT_TRUE(ui.drew("Borrar"));
    EXPECT_TRUE(ui.drew(testing::shipped_config().questionnaire.consent.title.in("es")));
}

TEST_F(ConsentScreen, DraggingTheTextNeverTicksOrPresses) {
    session::IntakeSession& s = ui.session();
    const ImVec2 c = ui.center_of("consent_risks=yes");
    ui.drag(c, ImVec2(0, -120));
    EXPECT_EQ(s.answer("consent_risks"), nullptr);
    EXPECT_EQ(s.step(), Step::Consent);
}

}  // namespace
}  // namespace kiosk::test
