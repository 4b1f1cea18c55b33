// The first-run setup screen (DESIGN §7): on an empty data directory the
// kiosk asks for the first practitioner's name and a passphrase typed twice
// on the on-screen keyboard, refuses a short or mismatched passphrase with a
// message, then creates the clinic's database and opens the attract screen
// over a StoreSink whose passphrase unlocks the store.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include "support/intake_walk.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/store_sink.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "storage/store.hpp"
#include "theme/setup_strings.hpp"

namespace kiosk::test {
namespace {

bool any_key_shown(const HeadlessUi& ui) { return !ids_starting(ui, "key=").empty(); }

bool creating(const HeadlessUi& ui) { return ui.drew(ui::setup_text(ui::SetupText::Creating, "en")); }

// Frames, as the event loop draws them, until the worker creating the
// clinic has finished (or 60 s have passed).
void settle(HeadlessUi& ui) {
    for (int i = 0; i < 6000 && creating(ui); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ui.frame();
    }
}

class Setup : public ::testing::Test {
protected:
    testing::TempDir dir{"setup"};
    FakeClock clock;
    std::unique_ptr<storage::Store> store;
    std::optional<records::StoreSink> sink;
    std::optional<session::IntakeSession> session;
    int starts = 0;
    HeadlessUi ui{ui::SetupView{dir.str(), "en"}, [this]() -> session::IntakeSession* {
                   ++starts;
                   store = storage::Store::open(dir.str(), {});
                   sink.emplace(*store, testing::shipped_config(), [] { return std::int64_t{2'000'000}; });
                   session.emplace(testing::shipped_config(), clock, *sink, [] { return std::string("setup-test"); });
                   return &*session;
               }};

    void SetUp() override { ui.frame(); }

    // Drives the replay's commands (tap, type) through real frames.
    void run(std::string_view source) {
        replay::ParseResult parsed = replay::parse_script(source, "setup.replay");
        ASSERT_TRUE(std::holds_alternative<replay::Script>(parsed));
        replay::ReplayDriver driver(std::get<replay::Script>(std::move(parsed)), "");
        ui.play(driver, 6000);
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
        settle(ui);
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
    EXPECT_FALSE(any_key_shown(ui));
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
    ASSERT_TRUE(creating(ui));
    EXPECT_EQ(ui.shell().screen(), ui::ScreenId::Setup);
    EXPECT_TRUE(ui.shell().needs_redraw()) << "the ring turns and the shell polls for the end";
    EXPECT_FALSE(ui.shows("setup.create"));
    EXPECT_FALSE(any_key_shown(ui));
    EXPECT_EQ(starts, 0);

    const auto t0 = std::chrono::steady_clock::now();
    ui.frame();
    const auto frame_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(frame_ms, 250.0) << "a frame while creating must not wait for the key derivation";

    ui.tap("setup.name");  // no keyboard while the clinic is created
    EXPECT_FALSE(any_key_shown(ui));

    settle(ui);
    EXPECT_FALSE(creating(ui));
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
