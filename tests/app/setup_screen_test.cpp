// The first-run setup screen (DESIGN §7): on an empty data directory the
// kiosk asks for the first practitioner's name and a passphrase typed twice
// on the on-screen keyboard, refuses a short or mismatched passphrase with a
// message, then creates the clinic's database and opens the attract screen
// over a StoreSink whose passphrase unlocks the store.
#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "headless_ui.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/store_sink.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "storage/store.hpp"
#include "theme/config_text.hpp"
#include "theme/flow_strings.hpp"
#include "theme/setup_strings.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

// The setup screen's own headless harness: HeadlessUi's shell always runs a
// session, and this one starts without.
class SetupUi {
public:
    SetupUi(ui::SetupView view, ui::KioskShell::SessionStarter start)
        : m_shell(std::move(view), std::move(start), kTestToday) {
        m_context = ImGui::CreateContext();
        ImGui::SetCurrentContext(m_context);
        std::vector<std::string_view> text = ui::all_ui_text();
        for (const std::vector<std::string_view>& more :
             {ui::all_flow_text(), ui::all_setup_text(), ui::config_text(shipped_kiosk_config())})
            text.insert(text.end(), more.begin(), more.end());
        const std::string warning = ui::init_ui_theme(m_theme, shipped_kiosk_config().clinic.theme, 1.0F, text);
        if (!warning.empty()) throw std::runtime_error(warning);
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    SetupUi(const SetupUi&) = delete;
    SetupUi& operator=(const SetupUi&) = delete;
    ~SetupUi() { ImGui::DestroyContext(m_context); }

    void frame(ImVec2 pos, bool down) {
        ImGui::SetCurrentContext(m_context);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0F / 60.0F;
        io.MousePos = pos;
        io.MouseDown[0] = down;
        m_pointer = pos;
        m_text.clear();
        ui::record_drawn_text(&m_text);
        ImGui::NewFrame();
        (void)m_shell.draw(m_theme);
        ImGui::Render();
        ui::record_drawn_text(nullptr);
    }
    void frame() { frame(m_pointer, false); }
    void tap(std::string_view id) {
        const ui::WidgetEntry* entry = m_shell.widgets().find(id);
        ASSERT_NE(entry, nullptr) << id << " not shown: " << m_shell.widgets().ids_joined();
        const ImVec2 c = entry->center();
        frame(c, true);
        frame(c, false);
        frame(c, false);
    }
    [[nodiscard]] bool shows(std::string_view id) const { return m_shell.widgets().find(id) != nullptr; }
    [[nodiscard]] bool drew(std::string_view needle) const {
        for (const std::string& s : m_text)
            if (s.find(needle) != std::string::npos) return true;
        return false;
    }
    [[nodiscard]] bool any_key_shown() const {
        for (const std::string& id : m_shell.widgets().ids())
            if (id.starts_with("key=")) return true;
        return false;
    }
    [[nodiscard]] ui::KioskShell& shell() { return m_shell; }
    [[nodiscard]] bool creating() const { return drew(ui::setup_text(ui::SetupText::Creating, "en")); }
    // Frames, as the event loop draws them, until the worker creating the
    // clinic has finished (or 60 s have passed).
    void settle() {
        for (int i = 0; i < 6000 && creating(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            frame();
        }
    }

private:
    ImGuiContext* m_context = nullptr;
    ImVec2 m_pointer{-FLT_MAX, -FLT_MAX};
    ui::UiTheme m_theme;
    ui::KioskShell m_shell;
    std::vector<std::string> m_text;
};

class Setup : public ::testing::Test {
protected:
    testing::TempDir dir{"setup"};
    FakeClock clock;
    std::unique_ptr<storage::Store> store;
    std::optional<records::StoreSink> sink;
    std::optional<session::IntakeSession> session;
    int starts = 0;
    SetupUi ui{ui::SetupView{dir.str(), "en"}, [this]() -> session::IntakeSession* {
                   ++starts;
                   store = storage::Store::open(dir.str(), {});
                   sink.emplace(*store, shipped_kiosk_config(), [] { return std::int64_t{2'000'000}; });
                   session.emplace(shipped_kiosk_config(), clock, *sink, [] { return std::string("setup-test"); });
                   return &*session;
               }};

    void SetUp() override { ui.frame(); }

    // Drives the replay's commands (tap, type) through real frames.
    void run(std::string_view source) {
        replay::ParseResult parsed = replay::parse_script(source, "setup.replay");
        ASSERT_TRUE(std::holds_alternative<replay::Script>(parsed));
        replay::ReplayDriver driver(std::get<replay::Script>(std::move(parsed)), "");
        const replay::ScreenshotWriter none = [](const std::string&) { return std::string("no screenshots"); };
        for (int i = 0; i < 6000 && !driver.finished(); ++i) {
            ImGuiIO io;
            driver.apply_pointer(io);
            ui.frame(io.MousePos, io.MouseDown[0]);
            driver.after_frame({16.0 * i, ui.shell().screen_name(), ui.shell().widgets()}, none);
        }
        ASSERT_TRUE(driver.finished());
        ASSERT_EQ(driver.exit_code(), 0) << driver.message();
        ui.frame();  // the last tap's release
        ui.frame();
    }

    // Types the fields and taps "Create and start"; the clinic is then being
    // created on a worker thread.
    void fill_and_create(std::string_view name, std::string_view pass, std::string_view pass2) {
        std::string script = "expect-screen setup\n";
        if (!name.empty()) script += "tap setup.name\ntype " + std::string(name) + "\ntap key=done\n";
        if (!pass.empty()) script += "tap setup.passphrase\ntype " + std::string(pass) + "\ntap key=done\n";
        if (!pass2.empty()) script += "tap setup.passphrase2\ntype " + std::string(pass2) + "\ntap key=done\n";
        script += "tap setup.create\n";
        run(script);
    }

    // The same, and waits for the clinic to be created.
    void fill(std::string_view name, std::string_view pass, std::string_view pass2) {
        fill_and_create(name, pass, pass2);
        ui.settle();
    }

    static std::string en(ui::SetupText id) { return std::string(ui::setup_text(id, "en")); }
};

TEST_F(Setup, StartsOnTheSetupScreenWithItsFieldsAndNoSession) {
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
    EXPECT_EQ(ui.shell().screen_name(), "setup");
    EXPECT_EQ(ui.shell().session(), nullptr);
    for (const char* id : {"setup.name", "setup.passphrase", "setup.passphrase2", "setup.create"})
        EXPECT_TRUE(ui.shows(id)) << id;
    EXPECT_TRUE(ui.drew("Set up this kiosk"));
    EXPECT_FALSE(ui.any_key_shown());
    ui.tap("setup.name");
    EXPECT_TRUE(ui.shows("key=A"));  // a name starts with a capital
    EXPECT_FALSE(ui.shows("setup.create"));
    ui.tap("key=done");
    EXPECT_TRUE(ui.shows("setup.create"));
}

TEST_F(Setup, NoErrorsBeforeCreateIsTappedThenEachMissingFieldSaysWhy) {
    EXPECT_FALSE(ui.drew(en(ui::SetupText::NameMissing)));
    ui.tap("setup.create");
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
    EXPECT_TRUE(ui.drew(en(ui::SetupText::NameMissing)));
    EXPECT_TRUE(ui.drew(en(ui::SetupText::PassphraseShort)));
    EXPECT_FALSE(storage::Store::exists(dir.str()));
    EXPECT_EQ(starts, 0);
}

TEST_F(Setup, MismatchedPassphrasesAreRefusedWithTheMessage) {
    fill("Dr Ana Ruiz", "correct horse battery", "correct horse battary");
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
    EXPECT_TRUE(ui.drew(en(ui::SetupText::Mismatch)));
    EXPECT_FALSE(ui.drew(en(ui::SetupText::NameMissing)));
    EXPECT_FALSE(ui.drew(en(ui::SetupText::PassphraseShort)));
    EXPECT_FALSE(ui.drew("correct horse"));  // passphrases are drawn as dots
    EXPECT_FALSE(storage::Store::exists(dir.str()));
    EXPECT_EQ(starts, 0);
}

TEST_F(Setup, AShortPassphraseIsRefused) {
    fill("Dr Ana Ruiz", "short one", "short one");
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
    EXPECT_TRUE(ui.drew(en(ui::SetupText::PassphraseShort)));
    EXPECT_FALSE(ui.drew(en(ui::SetupText::Mismatch)));
    EXPECT_FALSE(storage::Store::exists(dir.str()));
}

TEST_F(Setup, AGoodNameAndPassphraseCreateTheStoreAndOpenTheAttractScreen) {
    fill("Dr Ana Ruiz", "correct horse battery", "correct horse battery");
    EXPECT_TRUE(storage::Store::exists(dir.str()));
    EXPECT_EQ(starts, 1);
    ui.frame();
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Attract);
    EXPECT_EQ(ui.shell().session(), &*session);
    EXPECT_TRUE(ui.shows("start"));
    EXPECT_FALSE(ui.shows("setup.create"));

    const records::UnlockResult wrong = records::unlock(*store, "Dr Ana Ruiz", "correct horse battary", 2'000'000);
    EXPECT_FALSE(wrong.unlocked.has_value());
    const records::UnlockResult r = records::unlock(*store, "Dr Ana Ruiz", "correct horse battery", 2'000'001);
    ASSERT_TRUE(r.unlocked.has_value()) << r.message();
    EXPECT_EQ(r.unlocked->practitioner, "Dr Ana Ruiz");
}

// Argon2id takes about a second: the UI thread keeps drawing "Creating…"
// with a turning ring, asks for frames, and takes no input meanwhile.
TEST_F(Setup, CreatingRunsOffTheUiThreadAndShowsItIsBusy) {
    fill_and_create("Dr Ana Ruiz", "correct horse battery", "correct horse battery");
    ASSERT_TRUE(ui.creating());
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
    EXPECT_TRUE(ui.shell().needs_redraw()) << "the ring turns and the shell polls for the end";
    EXPECT_FALSE(ui.shows("setup.create"));
    EXPECT_FALSE(ui.any_key_shown());
    EXPECT_EQ(starts, 0);

    const auto t0 = std::chrono::steady_clock::now();
    ui.frame();
    const auto frame_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(frame_ms, 250.0) << "a frame while creating must not wait for the key derivation";

    ui.tap("setup.name");  // no keyboard while the clinic is created
    EXPECT_FALSE(ui.any_key_shown());

    ui.settle();
    EXPECT_FALSE(ui.creating());
    EXPECT_TRUE(storage::Store::exists(dir.str()));
    EXPECT_EQ(starts, 1);
    ui.frame();
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Attract);
    EXPECT_FALSE(ui.shell().needs_redraw()) << "the attract screen sleeps";
}

TEST_F(Setup, AFixedProblemClearsItsMessage) {
    fill("Dr Ana Ruiz", "correct horse battery", "correct horse batter");
    EXPECT_TRUE(ui.drew(en(ui::SetupText::Mismatch)));
    run("tap setup.passphrase2\ntype y\ntap key=done\n");
    EXPECT_FALSE(ui.drew(en(ui::SetupText::Mismatch)));
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
}

TEST(SetupStrings, EverySetupTextHasSpanishToo) {
    for (int i = 0; i <= static_cast<int>(ui::SetupText::Dot); ++i) {
        const auto id = static_cast<ui::SetupText>(i);
        EXPECT_FALSE(ui::setup_text(id, "en").empty()) << i;
        EXPECT_FALSE(ui::setup_text(id, "es").empty()) << i;
        EXPECT_EQ(ui::setup_text(id, "fr"), ui::setup_text(id, "en")) << i;
    }
}

}  // namespace
}  // namespace kiosk::test
