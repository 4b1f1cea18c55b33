// The touch date picker on the first question page (dob) and the health
// page (isotretinoin_last_dose), through the real shell: it reaches a date
// through its own controls only (as `pick` does), offers no future date for
// an item that must not be in the future, and an optional date can be cleared.
#include <gtest/gtest.h>

#include <algorithm>
#include <variant>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"
#include "widgets/date_picker.hpp"

namespace kiosk::test {
namespace {

using Kind = ui::DatePickStep::Kind;

class DatePicker : public ::testing::Test {
protected:
    void SetUp() override {
        ui.frame();
        ASSERT_TRUE(ui.session().start());
        if (ui.session().step() == session::Step::About) {
            ASSERT_TRUE(ui.session().skip_about());
        }
        ui.frame();
        ASSERT_TRUE(ui.shows("dob")) << ui.shell().widgets().ids_joined();
    }

    [[nodiscard]] std::optional<Date> dob() {
        const kiosk::Answer* a = ui.session().answer("dob");
        if (a == nullptr) return std::nullopt;
        const Date* d = std::get_if<Date>(a);
        return d == nullptr ? std::nullopt : std::optional<Date>(*d);
    }

    // What the replay's `pick` does: tap what date_pick_next names until Done.
    // Returns the number of taps, or -1 if it reported Unreachable.
    int pick(std::string_view id, const Date& target) {
        for (int taps = 0; taps < 60; ++taps) {
            const ui::DatePickStep step =
                ui::date_pick_next(id, target, ui.shell().widgets(), ui.shell().screens().questions.dates);
            if (step.kind == Kind::Done) return taps;
            if (step.kind == Kind::Unreachable) {
                last_message = step.message;
                return -1;
            }
            tap_in_view(ui, step.id);
        }
        ADD_FAILURE() << "pick did not converge";
        return -1;
    }

    HeadlessUi ui{testing::shipped_config(), "en"};
    std::string last_message;
};

TEST_F(DatePicker, ReachesADateOfBirthThroughItsControls) {
    const int taps = pick("dob", Date{1987, 4, 15});
    EXPECT_EQ(dob(), (Date{1987, 4, 15}));
    // Open, a decade back or so, year, month, day: a handful of taps, not dozens.
    EXPECT_GE(taps, 4);
    EXPECT_LE(taps, 8);
    EXPECT_FALSE(ui.shows("dob.year=1987")) << "the panel closes once the day is picked";
}

TEST_F(DatePicker, ShowsTheDateWrittenOutInTheClientsLanguage) {
    ASSERT_GE(pick("dob", Date{1990, 4, 2}), 0);
    ui.frame();
    const auto& text = ui.drawn_text();
    EXPECT_NE(std::find(text.begin(), text.end(), "2 April 1990"), text.end());
    ASSERT_TRUE(ui.session().set_language("es"));
    ui.frame();
    const auto& es = ui.drawn_text();
    EXPECT_NE(std::find(es.begin(), es.end(), "2 de abril de 1990"), es.end());
}

TEST_F(DatePicker, ChangingTheMonthKeepsTheDayInTheMonth) {
    ASSERT_GE(pick("dob", Date{1990, 1, 31}), 0);
    ASSERT_GE(pick("dob", Date{1990, 2, 28}), 0);
    EXPECT_EQ(dob(), (Date{1990, 2, 28}));
    ASSERT_GE(pick("dob", Date{1992, 2, 29}), 0);
    EXPECT_EQ(dob(), (Date{1992, 2, 29}));
}

TEST_F(DatePicker, OffersNoFutureDateOfBirth) {
    // Today is 2026-11-25 (the test clock).
    EXPECT_EQ(pick("dob", Date{2027, 1, 1}), -1);
    EXPECT_NE(last_message.find("outside"), std::string::npos) << last_message;
    EXPECT_EQ(dob(), std::nullopt);

    tap_in_view(ui, "dob");
    while (!ui.shows("dob.year=2026")) tap_in_view(ui, "dob.decade+");
    EXPECT_FALSE(ui.shows("dob.year=2027"));
    EXPECT_FALSE(ui.shows("dob.decade+"));
    tap_in_view(ui, "dob.year=2026");
    EXPECT_TRUE(ui.shows("dob.month=11"));
    EXPECT_FALSE(ui.shows("dob.month=12"));
    tap_in_view(ui, "dob.month=11");
    EXPECT_TRUE(ui.shows("dob.day=25"));
    EXPECT_FALSE(ui.shows("dob.day=26"));
    tap_in_view(ui, "dob.day=25");
    EXPECT_EQ(dob(), (Date{2026, 11, 25}));
}

TEST_F(DatePicker, RespectsTheEarliestDate) {
    // dob: min_date 1900-01-01 in the shipped questionnaire.
    EXPECT_EQ(pick("dob", Date{1899, 12, 31}), -1);
    EXPECT_GE(pick("dob", Date{1900, 1, 1}), 0);
    EXPECT_EQ(dob(), (Date{1900, 1, 1}));
}

TEST_F(DatePicker, TappingTheFieldAgainClosesItAndForgetsAHalfPickedDate) {
    tap_in_view(ui, "dob");
    ASSERT_TRUE(ui.shows("dob.year"));
    const std::string year = "dob.year=1990";
    while (!ui.shows(year)) tap_in_view(ui, "dob.decade-");
    tap_in_view(ui, year);
    tap_in_view(ui, "dob");
    EXPECT_FALSE(ui.shows("dob.year"));
    EXPECT_EQ(dob(), std::nullopt);
    tap_in_view(ui, "dob");
    // Reopened with nothing chosen: the year tab shows no year yet.
    EXPECT_TRUE(ui.shows("dob.year=1990") || ui.shows("dob.decade-")) << ui.shell().widgets().ids_joined();
    EXPECT_EQ(dob(), std::nullopt);
}

TEST_F(DatePicker, AnOptionalDateCanBeCleared) {
    // Walk to the page with isotretinoin_last_dose.
    const kiosk::AnswerMap answers = testing::clear_client();
    session::IntakeSession& s = ui.session();
    while (!ui.shows("isotretinoin_last_dose")) {
        for (const kiosk::Item* item : s.visible_items())
            if (const auto it = answers.find(item->id); it != answers.end()) s.set_answer(item->id, it->second);
        ASSERT_TRUE(s.next());
        ASSERT_EQ(s.step(), session::Step::Questions);
        ui.frame();
    }
    ASSERT_GE(pick("isotretinoin_last_dose", Date{2026, 3, 10}), 0);
    ASSERT_NE(s.answer("isotretinoin_last_dose"), nullptr);
    tap_in_view(ui, "isotretinoin_last_dose");
    tap_in_view(ui, "isotretinoin_last_dose.clear");
    EXPECT_EQ(s.answer("isotretinoin_last_dose"), nullptr);
    EXPECT_FALSE(ui.shows("isotretinoin_last_dose.clear"));
}

TEST_F(DatePicker, UnknownFieldIsUnreachable) {
    const ui::DatePickStep step = ui::date_pick_next("no_such_date", Date{2000, 1, 1}, ui.shell().widgets(),
                                                     ui.shell().screens().questions.dates);
    EXPECT_EQ(step.kind, Kind::Unreachable);
    EXPECT_NE(step.message.find("no_such_date"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::test
