// The on-screen keyboard: typing through real taps reaches the session on
// every key (shift, the accent layer, backspace), the layouts per field, the
// focused field kept clear of the tray, and the replay's `type` and
// scroll-into-view `tap` driving the same keys.
#include <gtest/gtest.h>

#include "support/intake_walk.hpp"
#include "replay/driver.hpp"
#include "widgets/keyboard.hpp"

namespace kiosk::test {
namespace {

class Keyboard : public ::testing::Test {
protected:
    HeadlessUi ui{testing::shipped_config()};
    session::IntakeSession& s = ui.session();

    void SetUp() override {
        walk_to_page(ui, "about_you");
        ASSERT_TRUE(s.clear_answer("first_name"));
        ASSERT_TRUE(s.clear_answer("last_name"));
        ui.frame();
    }
};

TEST_F(Keyboard, TappingAFieldOpensTheTrayInPlaceOfTheBottomBar) {
    EXPECT_TRUE(ids_starting(ui, "key=").empty());
    ui.tap("first_name");
    EXPECT_TRUE(ui.shows("key=space"));
    EXPECT_TRUE(ui.shows("key=done"));
    EXPECT_TRUE(ui.shows("key=backspace"));
    EXPECT_FALSE(ui.shows("next"));
    EXPECT_TRUE(ui.shows("back"));  // Back stays at the top, never under the tray
    ui.tap("key=done");
    EXPECT_TRUE(ids_starting(ui, "key=").empty());
    EXPECT_TRUE(ui.shows("next"));
}

TEST_F(Keyboard, TypesIntoTheFocusedFieldWithShiftAccentsAndBackspace) {
    ui.tap("first_name");
    // An empty name starts with a capital.
    EXPECT_TRUE(ui.shows("key=L"));
    ui.tap("key=L");
    EXPECT_EQ(text_answer(ui, "first_name"), "L");
    ui.tap("key=u");  // shift was one-shot
    ui.tap("key=c");
    EXPECT_EQ(text_answer(ui, "first_name"), "Luc");
    ui.tap("key=accents");
    EXPECT_TRUE(ui.shows("key=í"));
    ui.tap("key=í");
    EXPECT_FALSE(ui.shows("key=í"));  // back to the letters
    ui.tap("key=a");
    EXPECT_EQ(text_answer(ui, "first_name"), "Lucía");
    EXPECT_TRUE(ui.drew("Lucía"));

    ui.tap("key=backspace");
    ui.tap("key=backspace");
    EXPECT_EQ(text_answer(ui, "first_name"), "Luc");  // í went as one character
    ui.tap("key=shift");
    EXPECT_TRUE(ui.shows("key=A"));
    EXPECT_FALSE(ui.shows("key=a"));
    ui.tap("key=A");
    EXPECT_EQ(text_answer(ui, "first_name"), "LucA");
    for (int i = 0; i < 4; ++i) ui.tap("key=backspace");
    EXPECT_EQ(s.answer("first_name"), nullptr);  // empty clears the answer
}

TEST_F(Keyboard, DigitsAndSymbolsAreOneLayerAwayAndSpaceComesBack) {
    ui.tap("first_name");
    ui.tap("key=digits");
    EXPECT_TRUE(ui.shows("key=7"));
    EXPECT_FALSE(ui.shows("key=q"));
    ui.tap("key=7");
    ui.tap("key=space");
    EXPECT_TRUE(ui.shows("key=q"));
    EXPECT_EQ(text_answer(ui, "first_name"), "7 ");
}

TEST_F(Keyboard, EmailAndPhoneFieldsGetTheirOwnLayouts) {
    tap_in_view(ui, "email");
    EXPECT_TRUE(ui.shows("key=@"));
    EXPECT_TRUE(ui.shows("key=."));
    EXPECT_FALSE(ui.shows("key=accents"));
    EXPECT_FALSE(ui.shows("key=Q"));  // no capital to start an address
    ui.tap("key=done");
    tap_in_view(ui, "phone");
    EXPECT_TRUE(ui.shows("key=5"));
    EXPECT_TRUE(ui.shows("key=+"));
    EXPECT_FALSE(ui.shows("key=q"));
}

TEST_F(Keyboard, TheFocusedFieldIsNeverHiddenUnderTheTray) {
    tap_in_view(ui, "email");
    ui.frame();
    const ui::WidgetEntry* field = ui.shell().widgets().find("email");
    const ui::WidgetEntry* key = ui.shell().widgets().find("key=q");
    ASSERT_NE(field, nullptr);
    ASSERT_NE(key, nullptr);
    EXPECT_TRUE(field->in_view());
    EXPECT_LT(field->max.y, key->min.y);
    EXPECT_GE(field->min.y, 104.0F);  // nor under the top bar
}

TEST_F(Keyboard, ADragOnTheTrayNeverTypes) {
    ui.tap("first_name");
    ui.drag(ui.center_of("key=Q"), ImVec2(200, 0));
    EXPECT_EQ(s.answer("first_name"), nullptr);
}

TEST(KeyboardText, BackspaceRemovesOneUtf8CharacterAndAKeyAppends) {
    std::string text = "Ñandú";
    EXPECT_TRUE(ui::apply_key(text, {ui::KeyPress::Kind::Backspace, ""}));
    EXPECT_EQ(text, "Ñand");
    EXPECT_TRUE(ui::apply_key(text, {ui::KeyPress::Kind::Char, "ú"}));
    EXPECT_EQ(text, "Ñandú");
    std::string empty;
    EXPECT_FALSE(ui::apply_key(empty, {ui::KeyPress::Kind::Backspace, ""}));
}

// The replay's `type` taps the same keys, switching layers as a person would,
// and `tap` first scrolls a widget below the fold into view.
void run_script(HeadlessUi& ui, std::string_view source) {
    replay::ParseResult parsed = replay::parse_script(source, "t.replay");
    ASSERT_TRUE(std::holds_alternative<replay::Script>(parsed));
    replay::ReplayDriver driver(std::get<replay::Script>(std::move(parsed)), "");
    ui.play(driver, 4000);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 0) << driver.message();
}

TEST(ReplayTyping, TypeSwitchesShiftAccentsAndDigitsAndTapScrollsIntoView) {
    HeadlessUi ui(testing::shipped_config());
    ui.frame();
    run_script(ui,
               "tap start\ntap skip\nexpect-screen questions\n"
               "tap first_name\ntype María José Ñúñez\ntap key=done\n"
               "tap email\ntype lu.garcia+1@example.es\ntap key=done\n"
               "tap phone\ntype +34 600 12-34\ntap key=done\n");
    EXPECT_EQ(text_answer(ui, "first_name"), "María José Ñúñez");
    EXPECT_EQ(text_answer(ui, "email"), "lu.garcia+1@example.es");
    EXPECT_EQ(text_answer(ui, "phone"), "+34 600 12-34");
}

TEST(ReplayTyping, ACharacterNoLayoutHasFailsNamingTheKey) {
    HeadlessUi ui(testing::shipped_config());
    ui.frame();
    replay::ParseResult parsed = replay::parse_script("tap start\ntap skip\ntap phone\ntype 12a\n", "t.replay");
    replay::ReplayDriver driver(std::get<replay::Script>(std::move(parsed)), "");
    ui.play(driver, 2000);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 2);
    EXPECT_NE(driver.message().find("t.replay:4: unknown or hidden id 'key=a'"), std::string::npos) << driver.message();
    EXPECT_EQ(text_answer(ui, "phone"), "12");
}

}  // namespace
}  // namespace kiosk::test

namespace kiosk::test {
namespace {

// A clinic with a number item (the shipped questionnaire has none).
kiosk::KioskConfig clinic_with_a_number() {
    kiosk::KioskConfig config = two_language_clinic();
    kiosk::Item weight;
    weight.id = "weight_kg";
    weight.type = ItemType::Number;
    weight.text.by_lang = {{"en", "Your weight in kg"}, {"es", "Su peso en kg"}};
    weight.required = true;
    kiosk::Page page;
    page.id = "body";
    page.title.by_lang = {{"en", "Your body"}, {"es", "Su cuerpo"}};
    page.items.push_back(std::move(weight));
    config.questionnaire.id = "numbers";
    config.questionnaire.pages.push_back(std::move(page));
    return config;
}

TEST(NumberField, TypesOnTheKeypadAndTheSessionHoldsANumber) {
    const kiosk::KioskConfig config = clinic_with_a_number();
    HeadlessUi ui(config);
    ui.frame();
    ui.tap("start");
    ASSERT_EQ(ui.shell().screen_name(), "questions");
    ui.tap("weight_kg");
    EXPECT_TRUE(ui.shows("key=5"));
    EXPECT_TRUE(ui.shows("key=."));
    EXPECT_FALSE(ui.shows("key=q"));
    for (const char* key : {"key=7", "key=2", "key=."}) ui.tap(key);
    ASSERT_NE(ui.session().answer("weight_kg"), nullptr);
    EXPECT_DOUBLE_EQ(std::get<double>(*ui.session().answer("weight_kg")), 72.0);
    EXPECT_TRUE(ui.drew("72."));  // the field shows what was typed
    ui.tap("key=5");
    EXPECT_DOUBLE_EQ(std::get<double>(*ui.session().answer("weight_kg")), 72.5);
    for (int i = 0; i < 4; ++i) ui.tap("key=backspace");
    EXPECT_EQ(ui.session().answer("weight_kg"), nullptr);
}

}  // namespace
}  // namespace kiosk::test
