// Every client screen's state lives in one place the shell owns
// (ClientScreens, issue 10), and a new client finds all of it fresh: each
// test drives the first client partway through a screen by touch, checks the
// state holds what that client did, wipes the session (what the idle
// time-out does) and draws one frame. The state must then equal a fresh
// shell's, with the last client's draft date and stroke points gone.
//
// Against the old code these cannot be written literally: the state sat in
// function statics (consent.cpp, review.cpp, date_picker.cpp,
// signature_pad.cpp, scroll_region.cpp) and the scroll offsets in ImGui's
// window storage, with no one place to look. In spirit they failed. After a
// wipe, the consent page's and the review list's offsets stayed in ImGui's
// storage at the last client's values until those screens next drew (their
// reset was a flag read at the next draw). Each static also decided "new
// client" by guessing from a changed session pointer, ImGui context or
// wipe_generation. So two shells in one process took each other's draws for
// a new client and dropped each other's drafts; the last test here (an open
// date picker that a second shell's draw closed) shows that.
#include <gtest/gtest.h>

#include <string>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"
#include "screens/client_screens.hpp"

namespace kiosk::test {
namespace {

using session::Step;

void expect_fresh(const ui::ClientScreens& s) {
    EXPECT_EQ(s.about.card, 0U);
    EXPECT_EQ(s.about.scroll.offset(), 0.0F);

    EXPECT_TRUE(s.questions.focused.empty());
    EXPECT_TRUE(s.questions.number_text.empty());
    EXPECT_EQ(s.questions.scroll.offset(), 0.0F);
    EXPECT_TRUE(s.questions.dates.by_item.empty()) << "a date picker of the last client is still there";
    EXPECT_FALSE(s.questions.reveal_focused);
    EXPECT_FALSE(s.questions.reveal_problem);

    EXPECT_TRUE(s.consent.focused.empty());
    EXPECT_EQ(s.consent.page.offset, 0.0F);
    EXPECT_EQ(s.consent.page.content, -1.0F);
    EXPECT_EQ(s.consent.card.offset, 0.0F);
    EXPECT_EQ(s.consent.card.content, -1.0F);
    EXPECT_TRUE(s.consent.pad.stroke.empty()) << "the last client's stroke is still there";
    EXPECT_FALSE(s.consent.pad.active);
    EXPECT_TRUE(s.consent.pad.item.empty());
    EXPECT_FALSE(s.consent.reveal_focused);
    EXPECT_FALSE(s.consent.reveal_problem);

    EXPECT_EQ(s.review.list.offset, 0.0F);
    EXPECT_EQ(s.review.list.content, -1.0F);
}

// What the idle time-out does to a client who walked away: the session
// wipes; the shell sees it in the next frame (drawn with the finger up).
void next_client(HeadlessUi& ui) {
    const auto generation = ui.session().wipe_generation();
    ui.session().wipe();
    ui.frame();
    ASSERT_GT(ui.session().wipe_generation(), generation);
    ASSERT_EQ(ui.session().step(), Step::Attract);
}

void start_questions(HeadlessUi& ui) {
    ui.frame();
    ASSERT_TRUE(ui.session().start());
    if (ui.session().step() == Step::About) {
        ASSERT_TRUE(ui.session().skip_about());
    }
    ui.frame();
    ASSERT_TRUE(ui.shows("dob")) << ui.shell().widgets().ids_joined();
}

// The year the dob picker's first grid shows (it opens a generation back).
std::string first_year_shown(const HeadlessUi& ui) {
    for (const std::string& id : ui.shell().widgets().ids())
        if (id.starts_with("dob.year=")) return id;
    return {};
}

class ClientScreensTest : public ::testing::Test {
protected:
    [[nodiscard]] const ui::ClientScreens& screens() const { return ui.shell().screens(); }

    HeadlessUi ui{testing::shipped_config(), "en"};
};

TEST_F(ClientScreensTest, ANewShellStartsFresh) { expect_fresh(screens()); }

TEST_F(ClientScreensTest, ADateHalfPickedIsGoneForTheNextClient) {
    start_questions(ui);
    ui.tap("dob");
    const std::string year = first_year_shown(ui);
    ASSERT_FALSE(year.empty()) << ui.shell().widgets().ids_joined();
    tap_in_view(ui, year);
    const auto it = screens().questions.dates.by_item.find("dob");
    ASSERT_NE(it, screens().questions.dates.by_item.end());
    EXPECT_TRUE(it->second.open);
    EXPECT_EQ(std::to_string(it->second.year), year.substr(std::string("dob.year=").size()));
    EXPECT_EQ(ui.session().answer("dob"), nullptr) << "only a year: still a draft";

    next_client(ui);
    expect_fresh(screens());
    start_questions(ui);
    EXPECT_FALSE(ui.shows(year)) << "the next client found the last one's picker open";
    const auto again = screens().questions.dates.by_item.find("dob");
    ASSERT_NE(again, screens().questions.dates.by_item.end());
    EXPECT_FALSE(again->second.open);
    EXPECT_EQ(again->second.year, 0);
}

TEST_F(ClientScreensTest, AScrolledConsentPageAndItsFocusedFieldAreGoneForTheNextClient) {
    walk_to_consent(ui, testing::clear_client());
    const ImVec2 text = ui.center_of("consent.text");
    ui.drag(ImVec2(text.x - 100.0F, text.y + 60.0F), ImVec2(0, -80));  // some way into the consent text
    ui.drag(ImVec2(20, 500), ImVec2(0, -100));                           // the page, by its margin
    EXPECT_GT(screens().consent.card.offset, 0.0F);
    EXPECT_GT(screens().consent.page.offset, 0.0F);
    tap_in_view(ui, "printed_name");
    EXPECT_EQ(screens().consent.focused, "printed_name");

    next_client(ui);
    expect_fresh(screens());
}

TEST_F(ClientScreensTest, AHalfDrawnStrokeIsGoneForTheNextClient) {
    walk_to_consent(ui, testing::clear_client());
    tap_in_view(ui, "signature=clear");  // brings the pad into view
    const ui::WidgetEntry* pad = ui.shell().widgets().find("signature");
    ASSERT_NE(pad, nullptr);
    const ImVec2 from(pad->min.x + 60.0F, pad->center().y);
    ui.frame(from, true);
    ui.frame(ImVec2(from.x + 60.0F, from.y - 10.0F), true);
    ui.frame(ImVec2(from.x + 120.0F, from.y + 10.0F), true);  // the finger is still down
    EXPECT_TRUE(screens().consent.pad.active);
    EXPECT_GE(screens().consent.pad.stroke.size(), 2U);

    next_client(ui);
    expect_fresh(screens());
    EXPECT_EQ(ui.session().answer("signature"), nullptr) << "the half-drawn stroke reached the session";
}

TEST_F(ClientScreensTest, AScrolledReviewListIsGoneForTheNextClient) {
    walk_to_review(ui, testing::clear_client());
    const ImVec2 edit = ui.center_of("edit=" + testing::shipped_config().questionnaire.pages[0].id);
    ui.drag(edit, ImVec2(0, -200));
    EXPECT_GT(screens().review.list.offset, 0.0F);

    next_client(ui);
    expect_fresh(screens());
}

// What the old code guessed from frame counts, now from the screen changes
// the shell sees: each visit to the consent page or the review starts at the
// top with no field focused.
TEST_F(ClientScreensTest, EachVisitToConsentOrReviewStartsAtTheTop) {
    walk_to_consent(ui, testing::clear_client());
    ui.drag(ImVec2(20, 500), ImVec2(0, -100));
    tap_in_view(ui, "printed_name");
    ASSERT_GT(screens().consent.page.offset, 0.0F);
    ASSERT_EQ(screens().consent.focused, "printed_name");
    ASSERT_TRUE(ui.session().back());
    ui.frame();
    ASSERT_EQ(ui.session().step(), Step::Questions);
    ASSERT_TRUE(ui.session().next());
    ui.frame();
    ASSERT_EQ(ui.session().step(), Step::Consent);
    EXPECT_EQ(screens().consent.page.offset, 0.0F);
    EXPECT_TRUE(screens().consent.focused.empty());

    next_client(ui);
    walk_to_review(ui, testing::clear_client());  // the next client, straight to review
    const ImVec2 edit = ui.center_of("edit=" + testing::shipped_config().questionnaire.pages[0].id);
    ui.drag(edit, ImVec2(0, -200));
    ASSERT_GT(screens().review.list.offset, 0.0F);
    ASSERT_TRUE(ui.session().edit_page(1));
    ui.frame();
    ASSERT_TRUE(ui.session().next());  // back to review
    ui.frame();
    ASSERT_EQ(ui.session().step(), Step::Review);
    EXPECT_EQ(screens().review.list.offset, 0.0F);
}

// Two kiosks in one process (as in these tests) keep their own state: the
// second one's draw does not close the first one's date picker. The old
// statics took the other shell's session for a new client and forgot it.
TEST_F(ClientScreensTest, TwoShellsKeepTheirOwnState) {
    start_questions(ui);
    ui.tap("dob");
    ASSERT_TRUE(ui.shows(first_year_shown(ui)));

    HeadlessUi other(testing::shipped_config(), "en");
    start_questions(other);
    other.tap("dob");
    ui.frame();
    EXPECT_FALSE(first_year_shown(ui).empty()) << "the other shell closed this one's picker";
    EXPECT_TRUE(screens().questions.dates.by_item.at("dob").open);
}

}  // namespace
}  // namespace kiosk::test
