// Issue 9, every frame guarded: a screen that throws while it is drawn does
// not end the kiosk. The shell puts ImGui back together, shows the calm
// maintenance screen with "Try again", keeps the client's answers, and "Try
// again" returns to the same page with them. Headless, through the shell's
// test seam (inject_fault), which throws from inside the guarded frame after
// leaving ImGui mid-way (a child window, an ID, a style var, a font, a clip
// rect), as a screen failing half-drawn would.
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <imgui.h>

#include "support/intake_walk.hpp"
#include "questionnaire/answer.hpp"

namespace kiosk::test {
namespace {

// A screen dying half-way through: ImGui left with things open.
void throw_half_drawn() {
    ImGui::PushID("half");
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.5F);
    ImGui::PushFont(ImGui::GetFont());
    ImGui::GetWindowDrawList()->PushClipRect(ImVec2(0, 0), ImVec2(10, 10));
    ImGui::BeginChild("##half-child", ImVec2(100, 100));
    throw std::out_of_range("Quillanova: a message that might quote an answer");
}

// Captures std::cerr for the scope.
class CerrCapture {
public:
    CerrCapture() : m_old(std::cerr.rdbuf(m_text.rdbuf())) {}
    ~CerrCapture() { std::cerr.rdbuf(m_old); }
    CerrCapture(const CerrCapture&) = delete;
    CerrCapture& operator=(const CerrCapture&) = delete;
    [[nodiscard]] std::string text() const { return m_text.str(); }

private:
    std::ostringstream m_text;
    std::streambuf* m_old;
};

TEST(FrameGuard, AThrowingScreenShowsMaintenanceAndTryAgainReturnsWithTheAnswers) {
    HeadlessUi ui(testing::shipped_config());
    session::IntakeSession& s = ui.session();
    walk_to_page(ui, "about_you");
    ASSERT_TRUE(s.set_answer("first_name", Answer{std::string("Quillanova")}));
    ui.frame();
    const std::string page = s.current_page()->id;

    CerrCapture err;
    ui.shell().inject_fault(throw_half_drawn);
    ui.frame();  // throws inside the guard; must not reach the test
    EXPECT_TRUE(ui.shell().screen_failed());
    EXPECT_EQ(ui.shell().screen_name(), "maintenance");
    ui.frame();  // ImGui is whole again: a normal frame follows (a broken stack would assert at EndFrame)
    EXPECT_TRUE(ui.shows("retry"));
    EXPECT_TRUE(ui.drew("Please see the front desk."));
    EXPECT_TRUE(ui.drew("Your answers are kept."));

    // Logged once, with the screen and the exception's type, never its message.
    EXPECT_NE(err.text().find("the questions screen failed (std::out_of_range)"), std::string::npos) << err.text();
    EXPECT_EQ(err.text().find("Quillanova"), std::string::npos) << err.text();

    EXPECT_EQ(text_answer(ui, "first_name"), "Quillanova");
    ui.tap("retry");
    EXPECT_FALSE(ui.shell().screen_failed());
    EXPECT_EQ(ui.shell().screen_name(), "questions");
    EXPECT_EQ(s.current_page()->id, page);
    EXPECT_EQ(text_answer(ui, "first_name"), "Quillanova");
    EXPECT_TRUE(ui.drew("Quillanova"));
}

TEST(FrameGuard, AClientWhoWalksAwayFromTheNoticeIsWipedAsUsual) {
    HeadlessUi ui(testing::shipped_config());
    session::IntakeSession& s = ui.session();
    walk_to_page(ui, "about_you");
    ASSERT_TRUE(s.set_answer("first_name", Answer{std::string("Quillanova")}));
    CerrCapture err;
    ui.shell().inject_fault(throw_half_drawn);
    ui.frame();
    ASSERT_TRUE(ui.shell().screen_failed());

    const auto& timeouts = testing::shipped_config().clinic.timeouts;
    ui.clock().advance_s(timeouts.idle_seconds);
    ui.frame();
    ui.clock().advance_s(timeouts.countdown_seconds);
    ui.frame();
    ui.frame();
    EXPECT_FALSE(ui.shell().screen_failed());
    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_FALSE(s.has_answers());
}

TEST(FrameGuard, ATapOnTheNoticeKeepsTheClientsTimeFresh) {
    HeadlessUi ui(testing::shipped_config());
    session::IntakeSession& s = ui.session();
    walk_to_page(ui, "about_you");
    ASSERT_TRUE(s.set_answer("first_name", Answer{std::string("Quillanova")}));
    CerrCapture err;
    ui.shell().inject_fault(throw_half_drawn);
    ui.frame();
    const auto& timeouts = testing::shipped_config().clinic.timeouts;
    ui.clock().advance_s(timeouts.idle_seconds - 5);
    ui.frame(ImVec2(20, 20), true);  // a finger on the notice, off the button
    ui.frame(ImVec2(20, 20), false);
    ui.clock().advance_s(10);
    ui.frame();
    EXPECT_TRUE(ui.shell().screen_failed());
    EXPECT_EQ(text_answer(ui, "first_name"), "Quillanova");
}

}  // namespace
}  // namespace kiosk::test
