// The replay driver turns commands into pointer frames and checks, against
// fake frames and against the real shell running headless.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

#include "support/headless_ui.hpp"
#include "replay/driver.hpp"

namespace kiosk::replay {
namespace {

Script script_of(std::string_view source) {
    ParseResult r = parse_script(source, "t.replay");
    EXPECT_TRUE(std::holds_alternative<Script>(r));
    return std::holds_alternative<Script>(r) ? std::get<Script>(std::move(r)) : Script{};
}

const ScreenshotWriter kNoScreenshots = [](const std::string&) { return std::string("unexpected screenshot"); };

ui::WidgetRegistry attract_widgets() {
    ui::WidgetRegistry r;
    r.add("start", ImVec2(100, 400), ImVec2(500, 488));
    r.add("lang=en", ImVec2(160, 520), ImVec2(340, 584));
    r.add("lang=es", ImVec2(356, 520), ImVec2(510, 584));
    return r;
}

struct PointerLog {
    std::vector<ImVec2> pos;
    std::vector<bool> down;
};

// Runs `driver` against a static attract screen for up to `frames` frames.
PointerLog run(ReplayDriver& driver, int frames, const ScreenshotWriter& write = kNoScreenshots,
               double ms_per_frame = 16.0) {
    const ui::WidgetRegistry widgets = attract_widgets();
    PointerLog log;
    ImGuiIO io;  // only MousePos / MouseDown are touched
    for (int i = 0; i < frames && !driver.finished(); ++i) {
        driver.apply_pointer(io);
        log.pos.push_back(io.MousePos);
        log.down.push_back(io.MouseDown[0]);
        driver.after_frame({ms_per_frame * i, "attract", widgets}, write);
    }
    return log;
}

TEST(ReplayDriver, TapPressesAndReleasesInSeparateFramesAtTheWidgetsCentre) {
    ReplayDriver driver(script_of("tap lang=es\nquit\n"), "");
    const PointerLog log = run(driver, 20);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 0);
    std::vector<int> pressed;
    for (size_t i = 0; i < log.down.size(); ++i)
        if (log.down[i]) pressed.push_back(static_cast<int>(i));
    ASSERT_EQ(pressed.size(), 1U);  // exactly one frame down
    const auto p = static_cast<size_t>(pressed[0]);
    ASSERT_LT(p + 1, log.down.size());
    EXPECT_FALSE(log.down[p + 1]);  // released in the next frame, same place
    EXPECT_FLOAT_EQ(log.pos[p].x, 433.0F);
    EXPECT_FLOAT_EQ(log.pos[p].y, 552.0F);
    EXPECT_FLOAT_EQ(log.pos[p + 1].x, 433.0F);
}

TEST(ReplayDriver, UnknownIdFailsNamingTheScreenAndTheIdsShown) {
    ReplayDriver driver(script_of("tap start\nsign signature\n"), "");
    run(driver, 50);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 2);
    EXPECT_EQ(driver.message(),
              "replay t.replay:2: unknown or hidden id 'signature' on screen attract; "
              "ids shown: start, lang=en, lang=es");
}

TEST(ReplayDriver, CommandsForWidgetsNotBuiltYetFailAtRunTime) {
    for (const char* line : {"type Ana", "pick dob 1990-01-01", "drag queue 0 -200", "sign signature"}) {
        ReplayDriver driver(script_of(line), "");
        run(driver, 50);
        ASSERT_TRUE(driver.finished()) << line;
        EXPECT_EQ(driver.exit_code(), 2) << line;
        EXPECT_NE(driver.message().find("unknown or hidden id"), std::string::npos) << driver.message();
        EXPECT_NE(driver.message().find("on screen attract; ids shown: start, lang=en, lang=es"), std::string::npos);
    }
}

TEST(ReplayDriver, ExpectScreenMismatchExitsTwoNamingTheCurrentScreen) {
    ReplayDriver driver(script_of("expect-screen attract\nexpect-screen questions\nquit\n"), "");
    run(driver, 10);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 2);
    EXPECT_NE(driver.message().find("t.replay:2: expected screen questions but screen attract is showing"),
              std::string::npos)
        << driver.message();
}

TEST(ReplayDriver, WaitBlocksUntilItsTimeHasPassed) {
    ReplayDriver driver(script_of("wait 1000\nquit\n"), "");
    const ui::WidgetRegistry widgets = attract_widgets();
    driver.after_frame({0, "attract", widgets}, kNoScreenshots);
    driver.after_frame({10, "attract", widgets}, kNoScreenshots);
    ASSERT_TRUE(driver.wake_at_ms().has_value());
    EXPECT_DOUBLE_EQ(*driver.wake_at_ms(), 1010.0);
    EXPECT_FALSE(driver.wants_frame());  // the loop may sleep until then
    driver.after_frame({500, "attract", widgets}, kNoScreenshots);
    EXPECT_FALSE(driver.finished());
    driver.after_frame({1011, "attract", widgets}, kNoScreenshots);
    EXPECT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 0);
}

TEST(ReplayDriver, ScreenshotWritesNamePngInTheDirectory) {
    std::vector<std::string> written;
    ReplayDriver driver(script_of("screenshot first\nscreenshot second\n"), "/tmp/shots");
    run(driver, 10, [&](const std::string& path) {
        written.push_back(path);
        return std::string();
    });
    EXPECT_EQ(written, (std::vector<std::string>{"/tmp/shots/first.png", "/tmp/shots/second.png"}));
    EXPECT_EQ(driver.exit_code(), 0);
}

TEST(ReplayDriver, ScreenshotWithoutADirectoryIsAnError) {
    ReplayDriver driver(script_of("screenshot x\n"), "");
    run(driver, 10);
    EXPECT_EQ(driver.exit_code(), 2);
    EXPECT_NE(driver.message().find("--screenshots DIR"), std::string::npos);
}

TEST(ReplayDriver, TheEndOfTheScriptQuits) {
    ReplayDriver driver(script_of("# nothing\n"), "");
    run(driver, 5);
    EXPECT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 0);
}

ui::WidgetRegistry choice_widgets() {
    ui::WidgetRegistry r;
    r.add("treatment_areas=face", ImVec2(100, 300), ImVec2(220, 348));
    r.add("treatment_areas=neck", ImVec2(232, 300), ImVec2(352, 348));
    r.add("cold_sore_active=yes", ImVec2(700, 400), ImVec2(848, 472));
    r.add("cold_sore_active=no", ImVec2(848, 400), ImVec2(996, 472));
    r.add("next", ImVec2(960, 705), ImVec2(1200, 777));
    return r;
}

PointerLog run_on(ReplayDriver& driver, const ui::WidgetRegistry& widgets, std::string_view screen, int frames) {
    PointerLog log;
    ImGuiIO io;
    for (int i = 0; i < frames && !driver.finished(); ++i) {
        driver.apply_pointer(io);
        log.pos.push_back(io.MousePos);
        log.down.push_back(io.MouseDown[0]);
        driver.after_frame({16.0 * i, screen, widgets}, kNoScreenshots);
    }
    return log;
}

// DESIGN §7: `pick ID VALUE` drives a list to VALUE through its own
// controls: the option `ID=VALUE`, as `tap` would.
TEST(ReplayDriver, PickOnAListTapsItsOptionOnce) {
    for (const auto& [line, x, y] : {std::tuple("pick treatment_areas neck", 292.0F, 324.0F),
                                     std::tuple("pick cold_sore_active no", 922.0F, 436.0F)}) {
        SCOPED_TRACE(line);
        ReplayDriver driver(script_of(line), "");
        const PointerLog log = run_on(driver, choice_widgets(), "questions", 30);
        ASSERT_TRUE(driver.finished());
        EXPECT_EQ(driver.exit_code(), 0) << driver.message();
        ASSERT_EQ(std::ranges::count(log.down, true), 1);  // one press: without a session to ask, one tap
        const auto p = static_cast<size_t>(std::ranges::find(log.down, true) - log.down.begin());
        EXPECT_FLOAT_EQ(log.pos[p].x, x);
        EXPECT_FLOAT_EQ(log.pos[p].y, y);
    }
}

TEST(ReplayDriver, PickOfAValueAListDoesNotHaveNamesItsOptions) {
    ReplayDriver driver(script_of("pick treatment_areas elbow\n"), "");
    const PointerLog log = run_on(driver, choice_widgets(), "questions", 30);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 2);
    EXPECT_EQ(std::ranges::count(log.down, true), 0);
    EXPECT_EQ(driver.message(),
              "replay t.replay:1: 'treatment_areas' has no option 'elbow' on screen questions; its options: "
              "treatment_areas=face, treatment_areas=neck");
}

TEST(ReplayDriver, PickOnAListThatIsNotShownNamesTheIdsShown) {
    ReplayDriver driver(script_of("pick concerns texture\n"), "");
    run_on(driver, choice_widgets(), "questions", 30);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 2);
    EXPECT_NE(driver.message().find("unknown or hidden id 'concerns=texture'"), std::string::npos) << driver.message();
    EXPECT_NE(driver.message().find("on screen questions; ids shown: treatment_areas=face, treatment_areas=neck"),
              std::string::npos)
        << driver.message();
}

// The driver against the real shell, headless: the taps go through the
// same ImGui input path as a finger.
TEST(ReplayDriverOnTheShell, TapOnSpanishSwitchesTheLanguage) {
    const kiosk::KioskConfig config = test::two_language_clinic();
    test::HeadlessUi ui(config);
    ReplayDriver driver(script_of("expect-screen attract\ntap lang=es\nexpect-screen attract\nquit\n"), "");
    ui.play(driver, 30);
    ASSERT_TRUE(driver.finished());
    EXPECT_EQ(driver.exit_code(), 0) << driver.message();
    EXPECT_EQ(ui.shell().language(), "es");
}

// On a short screen the page must scroll to reach the areas: `pick` drags it
// there first, never takes a choice back (a second pick of a chosen option
// leaves it chosen), and works for yes/no items the same way.
TEST(ReplayDriverOnTheShell, PickDrivesChoiceListsToTheirValue) {
    test::HeadlessUi ui(testing::shipped_config(), "", ImVec2(1280, 600));
    ReplayDriver driver(script_of("tap start\ntap skip\ntap first_name\ntype Ana\ntap key=done\n"
                                  "tap last_name\ntype Ruiz\ntap key=done\npick dob 1990-04-02\ntap next\n"
                                  "expect-screen questions\n"
                                  "pick treatment_areas face\npick treatment_areas face\npick concerns texture\n"
                                  "tap next\npick cold_sore_active no\npick cold_sore_active no\nquit\n"),
                        "");
    ui.play(driver, 4000);
    ASSERT_TRUE(driver.finished());
    ASSERT_EQ(driver.exit_code(), 0) << driver.message();
    const kiosk::Answer* areas = ui.session().answer("treatment_areas");
    ASSERT_NE(areas, nullptr);
    EXPECT_EQ(std::get<kiosk::Choices>(*areas), (kiosk::Choices{"face"}));
    const kiosk::Answer* concerns = ui.session().answer("concerns");
    ASSERT_NE(concerns, nullptr);
    EXPECT_EQ(std::get<kiosk::Choices>(*concerns), (kiosk::Choices{"texture"}));
    const kiosk::Answer* cold_sore = ui.session().answer("cold_sore_active");
    ASSERT_NE(cold_sore, nullptr);
    EXPECT_FALSE(std::get<bool>(*cold_sore));
}

}  // namespace
}  // namespace kiosk::replay
