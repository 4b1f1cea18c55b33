// Headless tests of the attract screen through the app shell: real touch
// input (press and release in separate frames), no window, no renderer.
#include <gtest/gtest.h>

#include "support/headless_ui.hpp"
#include "theme/ui_strings.hpp"

namespace kiosk::test {
namespace {

using ui::ShellEvent;

class AttractScreen : public ::testing::Test {
protected:
    kiosk::KioskConfig config = two_language_clinic();
};

TEST_F(AttractScreen, StartsOnAttractInTheClinicsFirstLanguage) {
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Attract);
    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_EQ(ui.shell().language(), "en");
    EXPECT_EQ(ui.shell().attract_view().start_label, "Tap to start");
    EXPECT_EQ(ui.shell().attract_view().welcome, config.clinic.welcome.in("en"));
}

TEST_F(AttractScreen, RegistryReportsTheIdsShownInDrawingOrder) {
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.shell().widgets().ids(), (std::vector<std::string>{"start", "lang=en", "lang=es", "text_size=1",
                                                                    "text_size=2", "text_size=3", "contrast=high"}));
    EXPECT_EQ(ui.shell().widgets().ids_joined(),
              "start, lang=en, lang=es, text_size=1, text_size=2, text_size=3, contrast=high");
}

TEST_F(AttractScreen, WidgetRectsAreOnScreenAndTouchSized) {
    HeadlessUi ui(config);
    ui.frame();
    for (const ui::WidgetEntry& w : ui.shell().widgets().entries()) {
        SCOPED_TRACE(w.id);
        EXPECT_GE(w.min.x, 0.0F);
        EXPECT_GE(w.min.y, 0.0F);
        EXPECT_LE(w.max.x, 1280.0F);
        EXPECT_LE(w.max.y, 800.0F);
        EXPECT_GE(w.max.y - w.min.y, 48.0F);  // DESIGN §2: every target at least 48 px
        EXPECT_GE(w.max.x - w.min.x, 48.0F);
    }
    const ui::WidgetEntry* start = ui.shell().widgets().find("start");
    ASSERT_NE(start, nullptr);
    EXPECT_GE(start->max.y - start->min.y, 88.0F);  // the attract screen's XL button
}

TEST_F(AttractScreen, TappingSpanishSwitchesTheScreensTexts) {
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.tap("lang=es"), ShellEvent::LanguageChanged);
    EXPECT_EQ(ui.shell().language(), "es");
    const ui::AttractView& view = ui.shell().attract_view();
    EXPECT_EQ(view.welcome, config.clinic.welcome.in("es"));
    EXPECT_EQ(view.privacy_note, config.clinic.privacy_note.in("es"));
    EXPECT_EQ(view.start_label, ui::ui_text(ui::UiText::TapToStart, "es"));
    EXPECT_NE(view.start_label, "Tap to start");
    EXPECT_EQ(view.selected_lang, "es");

    EXPECT_EQ(ui.tap("lang=en"), ShellEvent::LanguageChanged);
    EXPECT_EQ(ui.shell().attract_view().welcome, config.clinic.welcome.in("en"));
}

TEST_F(AttractScreen, TappingTheSelectedLanguageChangesNothing) {
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.tap("lang=en"), ShellEvent::None);
    EXPECT_EQ(ui.shell().language(), "en");
}

TEST_F(AttractScreen, StartsInTheRequestedLanguage) {
    HeadlessUi ui(config, "es");
    ui.frame();
    EXPECT_EQ(ui.shell().language(), "es");
    EXPECT_EQ(ui.shell().attract_view().welcome, config.clinic.welcome.in("es"));
}

TEST_F(AttractScreen, UnofferedLanguageFallsBackToTheFirst) {
    HeadlessUi ui(config, "fr");
    EXPECT_EQ(ui.shell().language(), "en");
}

TEST_F(AttractScreen, StartIsARealButton) {
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.tap("start"), ShellEvent::StartTapped);
    // This clinic has no treatment cards: start goes straight to the questions.
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Questions);
}

TEST_F(AttractScreen, PressWithoutReleaseIsNotATap) {
    HeadlessUi ui(config);
    ui.frame();
    const ImVec2 c = ui.center_of("lang=es");
    EXPECT_EQ(ui.frame(c, true), ShellEvent::None);
    EXPECT_EQ(ui.frame(c, true), ShellEvent::None);
    EXPECT_EQ(ui.shell().language(), "en");
}

TEST_F(AttractScreen, PressThatMovesBeyondTheDragThresholdIsNotATap) {
    HeadlessUi ui(config);
    ui.frame();
    const ImVec2 c = ui.center_of("lang=es");
    const float beyond = ImGui::GetIO().MouseDragThreshold + 4.0F;
    ui.frame(c, true);
    ui.frame(ImVec2(c.x + beyond, c.y), true);  // still on the pill
    EXPECT_EQ(ui.frame(ImVec2(c.x + beyond, c.y), false), ShellEvent::None);
    ui.frame();
    EXPECT_EQ(ui.shell().language(), "en");
}

TEST_F(AttractScreen, DragThatComesBackBeforeReleaseIsStillNotATap) {
    HeadlessUi ui(config);
    ui.frame();
    const ImVec2 c = ui.center_of("lang=es");
    const float beyond = ImGui::GetIO().MouseDragThreshold + 4.0F;
    ui.frame(c, true);
    ui.frame(ImVec2(c.x, c.y + beyond * 0.5F), true);
    ui.frame(ImVec2(c.x - beyond, c.y), true);
    ui.frame(c, true);
    EXPECT_EQ(ui.frame(c, false), ShellEvent::None);
    EXPECT_EQ(ui.shell().language(), "en");
}

TEST_F(AttractScreen, MovingAndLiftingInOneFrameIsNotATap) {
    HeadlessUi ui(config);
    ui.frame();
    const ImVec2 c = ui.center_of("lang=es");
    const float beyond = ImGui::GetIO().MouseDragThreshold + 4.0F;
    ui.frame(c, true);
    EXPECT_EQ(ui.frame(ImVec2(c.x + beyond, c.y), false), ShellEvent::None);
    EXPECT_EQ(ui.shell().language(), "en");
}

TEST_F(AttractScreen, AFingersSmallWobbleIsStillATap) {
    HeadlessUi ui(config);
    ui.frame();
    const ImVec2 c = ui.center_of("lang=es");
    const float within = ImGui::GetIO().MouseDragThreshold * 0.5F;
    ui.frame(c, true);
    ui.frame(ImVec2(c.x + within, c.y), true);
    EXPECT_EQ(ui.frame(ImVec2(c.x + within, c.y), false), ShellEvent::LanguageChanged);
    EXPECT_EQ(ui.shell().language(), "es");
}

TEST_F(AttractScreen, ReleaseOutsideTheTargetIsNotATap) {
    HeadlessUi ui(config);
    ui.frame();
    const ImVec2 c = ui.center_of("start");
    ui.frame(c, true);
    ui.frame(ImVec2(c.x, 10.0F), true);
    EXPECT_EQ(ui.frame(ImVec2(c.x, 10.0F), false), ShellEvent::None);
}

TEST_F(AttractScreen, OneLanguageShowsNoLanguagePills) {
    config.clinic.languages.resize(1);
    HeadlessUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.shell().widgets().ids(),
              (std::vector<std::string>{"start", "text_size=1", "text_size=2", "text_size=3", "contrast=high"}));
}

TEST_F(AttractScreen, LaysOutOnASmallAndALargeDisplay) {
    for (const ImVec2 size : {ImVec2(1024, 600), ImVec2(1920, 1200)}) {
        SCOPED_TRACE(size.x);
        HeadlessUi ui(config, "", size);
        ui.frame();
        for (const ui::WidgetEntry& w : ui.shell().widgets().entries()) {
            EXPECT_LE(w.max.x, size.x) << w.id;
            EXPECT_LE(w.max.y, size.y) << w.id;
        }
        EXPECT_EQ(ui.tap("lang=es"), ShellEvent::LanguageChanged);
    }
}

TEST_F(AttractScreen, LargestFontScaleInSpanishKeepsEveryControlOnScreen) {
    config.clinic.theme.font_scale = 1.6F;  // the largest clinic.yaml allows
    config.clinic.welcome.by_lang["es"] =
        "Le damos la bienvenida. Unas preguntas sobre su piel y su salud nos ayudan a que su tratamiento sea "
        "seguro. Solo le llevará unos 5 minutos.";
    for (const ImVec2 size : {ImVec2(1280, 800), ImVec2(1024, 600)}) {
        SCOPED_TRACE(size.x);
        HeadlessUi ui(config, "es", size);
        ui.frame();
        ASSERT_EQ(ui.shell().widgets().ids().size(), 7U);  // start, 2 languages, 3 text sizes, contrast
        for (const ui::WidgetEntry& w : ui.shell().widgets().entries()) {
            EXPECT_GE(w.min.y, 0.0F) << w.id;
            EXPECT_LE(w.max.y, size.y) << w.id;
            EXPECT_LE(w.max.x, size.x) << w.id;
        }
        EXPECT_EQ(ui.tap("lang=en"), ShellEvent::LanguageChanged);
    }
}

TEST(MaintenanceScreen, ShowsNoWidgetsAndKeepsItsName) {
    HeadlessUi ui(ui::MaintenanceView{ui::MaintenanceView::Reason::Config, 3, "en"});
    ui.frame(ImVec2(640, 400), true);
    ui.frame(ImVec2(640, 400), false);
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Maintenance);
    EXPECT_EQ(ui.shell().screen_name(), "maintenance");
    EXPECT_TRUE(ui.shell().widgets().ids().empty());
}

TEST(UiStrings, ProblemCountIsSpelledOutInBothLanguages) {
    EXPECT_EQ(ui::ui_text_n(ui::UiText::ConfigProblemsMany, "en", 3), "3 problems in the clinic configuration");
    EXPECT_EQ(ui::ui_text_n(ui::UiText::ConfigProblemsMany, "es", 2), "2 problemas en la configuración de la clínica");
    EXPECT_EQ(ui::ui_text(ui::UiText::TapToStart, "de"), "Tap to start");  // falls back to English
}

}  // namespace
}  // namespace kiosk::test
