// The client's display preferences (DESIGN §2, large print): three text
// sizes and a high-contrast look, chosen by touch on the attract screen or in
// the flow's "Aa" panel, rebuilt between frames as the platform does, and
// dropped when the session ends. Then the whole intake at the largest size in
// high contrast (tests/e2e/large_text.replay, driven headless): nothing
// tappable off screen, under 48 px or on top of another control.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "headless_ui.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "theme/config_text.hpp"
#include "theme/display_prefs.hpp"
#include "theme/flow_strings.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

// HeadlessUi, plus what the platform's frame loop does between frames: the
// theme follows the shell's display preferences (palette, and fonts rebuilt
// at the new size with the atlas built again, where the GL backend would
// upload a new font texture).
class DisplayUi {
public:
    // Keeps its own copy of `clinic`: the session reads it for as long as it lives.
    explicit DisplayUi(kiosk::KioskConfig clinic, std::string_view lang = "", ImVec2 display = ImVec2(1280, 800))
        : m_config(std::move(clinic)), m_display(display) {
        const kiosk::KioskConfig& config = m_config;
        m_session = std::make_unique<session::IntakeSession>(config, m_clock, m_sink,
                                                             [this] { return "a11y-" + std::to_string(++m_ids); });
        m_shell = std::make_unique<ui::KioskShell>(*m_session, lang, kTestToday);
        m_context = ImGui::CreateContext();
        ImGui::SetCurrentContext(m_context);
        std::vector<std::string_view> text = ui::all_ui_text();
        for (const std::vector<std::string_view>& more : {ui::all_flow_text(), ui::config_text(config)})
            text.insert(text.end(), more.begin(), more.end());
        const std::string warning = ui::init_ui_theme(m_theme, config.clinic.theme, 1.0F, text);
        if (!warning.empty()) throw std::runtime_error(warning);
        build_atlas();
    }
    DisplayUi(const DisplayUi&) = delete;
    DisplayUi& operator=(const DisplayUi&) = delete;
    ~DisplayUi() {
        m_shell.reset();
        ImGui::DestroyContext(m_context);
    }

    void frame(ImVec2 pos, bool down) {
        ImGui::SetCurrentContext(m_context);
        if (const auto want = m_shell->display_prefs(); want && *want != m_theme.prefs) {
            ++m_rebuilds;
            if (ui::apply_display_prefs(m_theme, *want)) build_atlas();
        }
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = m_display;
        io.DeltaTime = 1.0F / 60.0F;
        io.MousePos = pos;
        io.MouseDown[0] = down;
        m_pointer = pos;
        m_text.clear();
        ui::record_drawn_text(&m_text);
        ImGui::NewFrame();
        (void)m_shell->draw(m_theme);
        ImGui::Render();
        ui::record_drawn_text(nullptr);
    }
    void frame() { frame(m_pointer, false); }
    void tap_at(ImVec2 p) {
        frame(p, true);
        frame(p, false);
        frame(p, false);
    }
    void tap(std::string_view id) {
        const ui::WidgetEntry* w = m_shell->widgets().find(id);
        ASSERT_NE(w, nullptr) << id << " not shown; shown: " << m_shell->widgets().ids_joined();
        tap_at(w->center());
    }
    [[nodiscard]] bool shows(std::string_view id) const { return m_shell->widgets().find(id) != nullptr; }
    [[nodiscard]] bool drew(std::string_view needle) const {
        return std::ranges::any_of(m_text, [&](const std::string& s) { return s.find(needle) != std::string::npos; });
    }
    [[nodiscard]] ui::KioskShell& shell() { return *m_shell; }
    [[nodiscard]] session::IntakeSession& session() { return *m_session; }
    [[nodiscard]] FakeClock& clock() { return m_clock; }
    [[nodiscard]] const ui::UiTheme& theme() const { return m_theme; }
    [[nodiscard]] ImVec2 display() const { return m_display; }
    [[nodiscard]] int rebuilds() const { return m_rebuilds; }
    [[nodiscard]] float body_em() const { return ui::font_em(m_theme.font(ui::TextRole::Body)); }

private:
    static void build_atlas() {
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }

    kiosk::KioskConfig m_config;
    ImGuiContext* m_context = nullptr;
    ImVec2 m_display;
    ImVec2 m_pointer{-FLT_MAX, -FLT_MAX};
    ui::UiTheme m_theme;
    FakeClock m_clock;
    RecordingSink m_sink;
    int m_ids = 0;
    int m_rebuilds = 0;
    std::unique_ptr<session::IntakeSession> m_session;
    std::unique_ptr<ui::KioskShell> m_shell;
    std::vector<std::string> m_text;
};

ImU32 white() { return ui::color_from_rgb(0xFFFFFF); }

// ---- The steps ------------------------------------------------------------------------

TEST(DisplayPrefs, ThreeTextStepsOverTheClinicsScaleCappedAtTheLargestClinicScale) {
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 1), 1.0F);
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 2), 1.25F);
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 3), 1.5F);
    EXPECT_FLOAT_EQ(ui::text_scale(0.8F, 3), 1.2F);
    EXPECT_FLOAT_EQ(ui::text_scale(1.2F, 3), ui::kMaxTextScale);  // 1.8 would not fit the screens
    EXPECT_FLOAT_EQ(ui::text_scale(1.6F, 1), 1.6F);               // never below the clinic's own
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 0), 1.0F);               // out-of-range steps clamp
    EXPECT_FLOAT_EQ(ui::text_scale(1.0F, 9), 1.5F);
    kiosk::Theme clinic;
    EXPECT_EQ(ui::clinic_display_prefs(clinic), (ui::DisplayPrefs{1, false}));
    clinic.high_contrast = true;
    EXPECT_EQ(ui::clinic_display_prefs(clinic), (ui::DisplayPrefs{1, true}));
}

// ---- The attract screen ---------------------------------------------------------------

TEST(AttractDisplayControls, TextSizeStepsRebuildTheFontsBetweenFrames) {
    DisplayUi ui(two_language_clinic());
    ui.frame();
    EXPECT_NEAR(ui.body_em(), 24.0F, 0.6F);
    ASSERT_TRUE(ui.shows("text_size=3"));
    ui.tap("text_size=3");
    ASSERT_TRUE(ui.shell().display_prefs().has_value());
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 3);
    EXPECT_EQ(ui.theme().prefs.text_step, 3);
    EXPECT_NEAR(ui.body_em(), 36.0F, 0.6F);  // 24 x 1.5
    EXPECT_NEAR(ui::font_em(ui.theme().font(ui::TextRole::Display, ui::Weight::SemiBold)), 90.0F, 1.0F);
    EXPECT_EQ(ImGui::GetIO().FontDefault, ui.theme().font(ui::TextRole::Body));

    ui.tap("text_size=2");
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 2);
    EXPECT_NEAR(ui.body_em(), 30.0F, 0.6F);
    ui.tap("text_size=1");
    EXPECT_NEAR(ui.body_em(), 24.0F, 0.6F);
    EXPECT_EQ(ui.shell().screen_name(), "attract");  // choosing a size starts nothing
}

TEST(AttractDisplayControls, TheChosenSizeStaysOnScreenWithEveryControl) {
    DisplayUi ui(two_language_clinic(), "es");
    ui.frame();
    ui.tap("text_size=3");
    ui.tap("contrast=high");
    for (const ui::WidgetEntry& w : ui.shell().widgets().entries()) {
        SCOPED_TRACE(w.id);
        EXPECT_GE(w.min.x, 0.0F);
        EXPECT_GE(w.min.y, 0.0F);
        EXPECT_LE(w.max.x, 1280.0F);
        EXPECT_LE(w.max.y, 800.0F);
        EXPECT_GE(w.max.y - w.min.y, 48.0F);
        EXPECT_GE(w.max.x - w.min.x, 48.0F);
    }
}

TEST(AttractDisplayControls, HighContrastSwitchesThePaletteAndTheToggleSaysWhatATapDoes) {
    DisplayUi ui(two_language_clinic());
    ui.frame();
    EXPECT_NE(ui.theme().palette.background, white());
    EXPECT_TRUE(ui.shows("contrast=high"));
    EXPECT_FALSE(ui.shows("contrast=normal"));
    ui.tap("contrast=high");
    EXPECT_TRUE(ui.shell().display_prefs()->high_contrast);
    EXPECT_EQ(ui.theme().palette.background, white());
    EXPECT_EQ(ui.theme().palette.ink, ui::color_from_rgb(0x000000));
    EXPECT_EQ(ImGui::GetStyle().Colors[ImGuiCol_Text].x, 0.0F);  // ImGui's own style follows
    EXPECT_TRUE(ui.shows("contrast=normal"));
    EXPECT_NEAR(ui.body_em(), 24.0F, 0.6F);  // the contrast alone keeps the fonts
    ui.tap("contrast=normal");
    EXPECT_FALSE(ui.shell().display_prefs()->high_contrast);
    EXPECT_NE(ui.theme().palette.background, white());
}

TEST(AttractDisplayControls, ClinicsHighContrastIsWhereEverySessionStarts) {
    kiosk::KioskConfig config = two_language_clinic();
    config.clinic.theme.high_contrast = true;
    DisplayUi ui(config);
    ui.frame();
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{1, true}));
    EXPECT_EQ(ui.theme().palette.background, white());
    EXPECT_TRUE(ui.shows("contrast=normal"));
    EXPECT_EQ(ui.rebuilds(), 0);  // the theme was built for it from the start
}

TEST(AttractDisplayControls, LabelsAreInTheClientsLanguage) {
    DisplayUi ui(two_language_clinic());
    ui.frame();
    EXPECT_TRUE(ui.drew("High contrast"));
    ui.tap("lang=es");
    EXPECT_TRUE(ui.drew(ui::ui_text(ui::UiText::HighContrast, "es")));
    EXPECT_FALSE(ui.drew("High contrast"));
    EXPECT_FALSE(ui.drew("Text size"));
    EXPECT_NE(ui::ui_text(ui::UiText::TextSize, "es"), ui::ui_text(ui::UiText::TextSize, "en"));
    EXPECT_NE(ui::ui_text(ui::UiText::HighContrast, "es"), ui::ui_text(ui::UiText::HighContrast, "en"));
}

// ---- During the flow ---------------------------------------------------------------------

TEST(FlowDisplayPanel, AaOpensThePanelAboveThePageAndNothingUnderItCanBeTapped) {
    DisplayUi ui(shipped_kiosk_config());
    ui.frame();
    ui.tap("start");
    ui.tap("skip");
    ASSERT_EQ(ui.shell().screen_name(), "questions");
    ASSERT_TRUE(ui.shows("display"));
    const ImVec2 next = ui.shell().widgets().find("next")->center();
    const size_t page = ui.session().page_index();

    ui.tap("display");
    EXPECT_TRUE(ui.shell().display_panel_open());
    EXPECT_TRUE(ui.drew("Text size"));
    for (const char* id : {"display", "text_size=1", "text_size=2", "text_size=3", "contrast=high"})
        EXPECT_TRUE(ui.shows(id)) << id;
    EXPECT_FALSE(ui.shows("next"));
    EXPECT_FALSE(ui.shows("back"));

    ui.tap("text_size=2");
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 2);
    EXPECT_NEAR(ui.body_em(), 30.0F, 0.6F);
    EXPECT_TRUE(ui.shell().display_panel_open()) << "the client sees the page change and may try another size";
    ui.tap("contrast=high");
    EXPECT_EQ(ui.theme().palette.background, white());

    ui.tap_at(next);  // outside the panel: it closes, and Next is not pressed
    EXPECT_FALSE(ui.shell().display_panel_open());
    EXPECT_EQ(ui.session().page_index(), page);
    EXPECT_FALSE(ui.session().show_errors());
    EXPECT_TRUE(ui.shows("next"));

    ui.tap("display");
    ui.tap("display");  // the "Aa" pill closes it too
    EXPECT_FALSE(ui.shell().display_panel_open());
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{2, true}));
}

TEST(FlowDisplayPanel, SpanishPathHasNoEnglish) {
    DisplayUi ui(shipped_kiosk_config(), "es");
    ui.frame();
    ui.tap("start");
    ui.tap("display");
    EXPECT_TRUE(ui.drew(ui::ui_text(ui::UiText::TextSize, "es")));
    EXPECT_TRUE(ui.drew(ui::ui_text(ui::UiText::HighContrast, "es")));
    EXPECT_FALSE(ui.drew("Text size"));
    EXPECT_FALSE(ui.drew("High contrast"));
}

// ---- Whose preference it is --------------------------------------------------------------

TEST(DisplayPrefsLifetime, AnIdleWipeGivesTheNextClientTheClinicsDefault) {
    DisplayUi ui(shipped_kiosk_config());
    ui.frame();
    ui.tap("text_size=3");
    ui.tap("contrast=high");
    ui.tap("start");
    ASSERT_EQ(ui.shell().screen_name(), "about");
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{3, true})) << "the choice follows the client";

    const auto& timeouts = shipped_kiosk_config().clinic.timeouts;
    ui.clock().advance_s(timeouts.idle_seconds + timeouts.countdown_seconds + 1);  // straight past the prompt
    ui.frame();
    ui.frame();
    EXPECT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{1, false}));
    EXPECT_EQ(ui.theme().prefs, (ui::DisplayPrefs{1, false}));
    EXPECT_NEAR(ui.body_em(), 24.0F, 0.6F);
    EXPECT_NE(ui.theme().palette.background, white());
}

TEST(DisplayPrefsLifetime, TheClientsOwnBackToTheAttractScreenKeepsIt) {
    DisplayUi ui(shipped_kiosk_config());
    ui.frame();
    ui.tap("text_size=2");
    ui.tap("start");
    ASSERT_EQ(ui.shell().screen_name(), "about");
    ui.tap("back");
    ASSERT_EQ(ui.shell().screen_name(), "attract");
    EXPECT_EQ(ui.shell().display_prefs()->text_step, 2) << "like the language, it is still this client's";
}

// ---- The whole intake at the largest size, in high contrast ---------------------------

struct Rect {
    ImVec2 min;
    ImVec2 max;
    [[nodiscard]] bool empty() const { return max.x - min.x < 1.0F || max.y - min.y < 1.0F; }
    [[nodiscard]] bool contains(const Rect& o) const {
        return o.min.x >= min.x - 0.5F && o.min.y >= min.y - 0.5F && o.max.x <= max.x + 0.5F && o.max.y <= max.y + 0.5F;
    }
};

// The part of a widget that can be seen (and touched).
Rect visible(const ui::WidgetEntry& w, ImVec2 display) {
    return {ImVec2(std::max({w.min.x, w.clip_min.x, 0.0F}), std::max({w.min.y, w.clip_min.y, 0.0F})),
            ImVec2(std::min({w.max.x, w.clip_max.x, display.x}), std::min({w.max.y, w.clip_max.y, display.y}))};
}

// What a client could meet on one frame that would be a layout bug at this size.
std::vector<std::string> layout_problems(const ui::WidgetRegistry& widgets, ImVec2 display) {
    std::vector<std::string> out;
    const auto& all = widgets.entries();
    for (const ui::WidgetEntry& w : all) {
        if (w.min.x < -0.5F || w.max.x > display.x + 0.5F) out.push_back(w.id + " runs off the screen's side");
        // Outside any scroll region (clipped by the screen only), nothing can bring it into view.
        const bool scrolls = w.clip_min.y > 0.5F || w.clip_max.y < display.y - 0.5F;
        if (!scrolls && (w.min.y < -0.5F || w.max.y > display.y + 0.5F))
            out.push_back(w.id + " runs off the screen, where no scrolling reaches it");
        if (w.in_view() && (w.max.y - w.min.y < 47.5F || w.max.x - w.min.x < 47.5F))
            out.push_back(w.id + " is smaller than a 48 px touch target");
    }
    for (size_t i = 0; i < all.size(); ++i) {
        const Rect a{all[i].min, all[i].max};
        const Rect va = visible(all[i], display);
        if (va.empty()) continue;
        for (size_t j = i + 1; j < all.size(); ++j) {
            const Rect b{all[j].min, all[j].max};
            const Rect vb = visible(all[j], display);
            if (vb.empty() || a.contains(b) || b.contains(a)) continue;  // a scroll region and what is in it
            const float w = std::min(va.max.x, vb.max.x) - std::max(va.min.x, vb.min.x);
            const float h = std::min(va.max.y, vb.max.y) - std::max(va.min.y, vb.min.y);
            if (w > 1.0F && h > 1.0F) out.push_back(all[i].id + " overlaps " + all[j].id);
        }
    }
    return out;
}

TEST(LargeText, TheWholeIntakeFitsAtTheLargestSizeInHighContrast) {
    replay::ParseResult parsed = replay::load_script(std::string(KIOSK_SOURCE_DIR) + "/tests/e2e/large_text.replay");
    ASSERT_TRUE(std::holds_alternative<replay::Script>(parsed));
    replay::ReplayDriver driver(std::get<replay::Script>(std::move(parsed)), "unused");
    const replay::ScreenshotWriter none = [](const std::string&) { return std::string(); };

    DisplayUi ui(shipped_kiosk_config());
    std::vector<std::string> screens;
    std::vector<std::string> problems;
    bool large_seen = false;
    for (int i = 0; i < 20000 && !driver.finished(); ++i) {
        ImGuiIO io;
        driver.apply_pointer(io);
        ui.frame(io.MousePos, io.MouseDown[0]);
        const std::string screen(ui.shell().screen_name());
        if (screens.empty() || screens.back() != screen) screens.push_back(screen);
        // The check applies to what the largest size drew: the last client
        // screen (the next client's attract) is at the clinic's size again.
        if (ui.theme().prefs == ui::DisplayPrefs{3, true}) {
            large_seen = true;
            for (const std::string& p : layout_problems(ui.shell().widgets(), ui.display()))
                if (std::ranges::find(problems, screen + ": " + p) == problems.end()) problems.push_back(screen + ": " + p);
        }
        driver.after_frame({16.0 * i, ui.shell().screen_name(), ui.shell().widgets(), &ui.session(),
                            &ui.shell().screens().questions.dates},
                           none);
    }
    EXPECT_TRUE(large_seen);
    EXPECT_TRUE(problems.empty()) << [&] {
        std::string all;
        for (const std::string& p : problems) all += "\n  " + p;
        return all;
    }();
    ASSERT_TRUE(driver.finished());
    ASSERT_EQ(driver.exit_code(), 0) << driver.message();
    EXPECT_EQ(screens, (std::vector<std::string>{"attract", "about", "questions", "consent", "review", "thanks",
                                                 "attract"}));
    EXPECT_EQ(ui.shell().display_prefs(), (ui::DisplayPrefs{1, false})) << "the next client starts at the clinic's";
    EXPECT_EQ(ui.session().has_answers(), false);
}

}  // namespace
}  // namespace kiosk::test
