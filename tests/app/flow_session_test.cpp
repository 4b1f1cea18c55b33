// The flow as the session sees it: switching language mid-flow keeps every
// answer and leaves no English on screen; an idle timeout (on the hand-moved
// clock) wipes the client, and the next client sees nothing of them: not in
// the widget registry, not in any text drawn, not in a focused field.
#include <gtest/gtest.h>

#include <set>
#include <variant>

#include "support/intake_walk.hpp"
#include "theme/flow_strings.hpp"
#include "theme/ui_strings.hpp"

namespace kiosk::test {
namespace {

// Every English string the kiosk could draw whose Spanish differs: the
// app's own words and the clinic's content.
std::set<std::string> english_only(const kiosk::KioskConfig& config) {
    std::set<std::string> out;
    for (int i = 0; i <= static_cast<int>(ui::FlowText::Optional); ++i) {
        const auto id = static_cast<ui::FlowText>(i);
        if (ui::flow_text(id, "en") != ui::flow_text(id, "es")) out.emplace(ui::flow_text(id, "en"));
    }
    const auto add = [&](const kiosk::Localized& t) {
        if (!t.empty() && t.in("en") != t.in("es")) out.insert(t.in("en"));
    };
    const kiosk::Questionnaire& q = config.questionnaire;
    add(q.title);
    for (const kiosk::Page& page : q.pages) {
        add(page.title);
        add(page.intro);
        for (const kiosk::Item& item : page.items) {
            add(item.text);
            add(item.hint);
            for (const kiosk::Option& o : item.options) add(o.label);
            for (int c = 0; c <= static_cast<int>(kiosk::ProblemCode::WrongType); ++c) {
                const kiosk::Problem p{item.id, static_cast<kiosk::ProblemCode>(c), "3"};
                const std::string en = ui::problem_text(p, item, "en");
                if (en != ui::problem_text(p, item, "es")) out.insert(en);
            }
        }
    }
    return out;
}

void expect_no_english(const HeadlessUi& ui, const std::set<std::string>& english) {
    for (const std::string& text : ui.drawn_text()) {
        EXPECT_EQ(english.count(text), 0U) << "English on the Spanish path: \"" << text << "\"";
        for (const char* piece : {"Step", "Back", "Next", "Because", "Please", "answer", "space", "Done"})
            EXPECT_EQ(text.find(piece), std::string::npos) << "\"" << text << "\" has \"" << piece << "\"";
    }
}

TEST(LanguageMidFlow, SwitchingKeepsEveryAnswerAndShowsOnlySpanish) {
    HeadlessUi ui(testing::shipped_config());
    session::IntakeSession& s = ui.session();
    walk_to_page(ui, "your_skin_today");
    tap_in_view(ui, "eczema_psoriasis_flare=yes");
    tap_in_view(ui, "cold_sore_active=no");
    ui.tap("next");  // refused: the reasons show
    ASSERT_TRUE(s.show_errors());
    const kiosk::Answer before_name = *s.answer("first_name");
    const kiosk::Answer before_eczema = *s.answer("eczema_psoriasis_flare");

    ui.tap("lang=es");
    EXPECT_EQ(s.language(), "es");
    EXPECT_EQ(*s.answer("first_name"), before_name);
    EXPECT_EQ(*s.answer("eczema_psoriasis_flare"), before_eczema);
    EXPECT_EQ(std::get<bool>(*s.answer("cold_sore_active")), false);
    EXPECT_TRUE(s.show_errors());  // the reasons stay, now in Spanish
    ui.frame();
    const std::set<std::string> english = english_only(testing::shipped_config());
    EXPECT_TRUE(ui.drew("Paso"));
    EXPECT_TRUE(ui.drew("Porque ha respondido Sí"));
    EXPECT_TRUE(ui.drew("Por favor, responda a esta pregunta"));
    EXPECT_TRUE(ui.shows("lang=en"));
    expect_no_english(ui, english);

    // The keyboard too, on the first page.
    ui.tap("back");
    ui.tap("back");
    ASSERT_EQ(s.page_index(), 0U);
    ui.tap("first_name");
    EXPECT_TRUE(ui.drew("espacio"));
    EXPECT_TRUE(ui.drew("Listo"));
    expect_no_english(ui, english);

    ui.tap("key=done");
    ui.tap("lang=en");
    EXPECT_EQ(*s.answer("first_name"), before_name);
    EXPECT_TRUE(ui.drew("Step"));
}

TEST(IdleWipe, TheNextClientSeesNothingOfTheLast) {
    HeadlessUi ui(testing::shipped_config());
    session::IntakeSession& s = ui.session();
    walk_to_page(ui, "about_you");
    ASSERT_TRUE(s.clear_answer("first_name"));
    ui.frame();
    ui.tap("first_name");
    for (const char* key : {"key=Z", "key=o", "key=e"}) ui.tap(key);
    ui.tap("key=digits");
    ASSERT_EQ(text_answer(ui, "first_name"), "Zoe");
    ui.drag(ImVec2(40, 300), ImVec2(0, -60));  // scrolled a little, keyboard still up
    ASSERT_TRUE(ui.drew("Zoe"));

    const auto& timeouts = testing::shipped_config().clinic.timeouts;
    ui.clock().advance_s(timeouts.idle_seconds);
    ui.frame();
    EXPECT_EQ(ui.shell().screen_name(), "idle");
    ui.clock().advance_s(timeouts.countdown_seconds);
    ui.frame();
    ui.frame();

    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_FALSE(s.has_answers());
    EXPECT_EQ(ui.shell().widgets().ids(), (std::vector<std::string>{"start", "lang=en", "lang=es", "text_size=1",
                                                                    "text_size=2", "text_size=3", "contrast=high"}));
    for (const std::string& text : ui.drawn_text()) {
        EXPECT_EQ(text.find("Zoe"), std::string::npos);
        EXPECT_EQ(text.find("García"), std::string::npos);
    }

    // The next client: fresh page, no focused field, no keyboard layer, at the top.
    ui.tap("start");
    ui.tap("skip");
    ASSERT_EQ(ui.shell().screen_name(), "questions");
    EXPECT_TRUE(ids_starting(ui, "key=").empty());
    EXPECT_TRUE(ui.shows("next"));
    for (const std::string& text : ui.drawn_text()) {
        EXPECT_EQ(text.find("Zoe"), std::string::npos);
        EXPECT_EQ(text.find("Ana"), std::string::npos);
        EXPECT_EQ(text.find("1990"), std::string::npos);
    }
    const auto title = ui.drawn_at("About you");
    ASSERT_TRUE(title.has_value());
    EXPECT_LT(title->y, 130.0F);  // not left scrolled down
    ui.tap("first_name");
    EXPECT_TRUE(ui.shows("key=q") || ui.shows("key=Q"));  // the letters, not the last client's digits
}

TEST(IdleWipe, TheAttractScreenAsksForNoRedrawAndHasNoDeadline) {
    HeadlessUi ui(testing::shipped_config());
    ui.frame();
    ui.frame();
    EXPECT_FALSE(ui.shell().needs_redraw());
    EXPECT_FALSE(ui.session().next_deadline_ms().has_value());
}

}  // namespace
}  // namespace kiosk::test
