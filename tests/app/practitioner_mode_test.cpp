// Practitioner mode on the tablet (DESIGN §3), headless: the 3 s corner
// press, the unlock screen with its refusals and lockout, the queue with its
// filters and search, a submission's findings, a decision stored as a
// review, the PDF written into the export folder, and locking — by hand or
// after the idle time — leaving nothing of a submission behind.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../support/shipped.hpp"
#include "../support/store_fixture.hpp"
#include "../support/temp_dir.hpp"
#include "support/headless_ui.hpp"
#include "practitioner/practitioner_session.hpp"
#include "screens/practitioner_mode.hpp"
#include "theme/fonts.hpp"
#include "widgets/text.hpp"

namespace kiosk::test {
namespace {

using testing::KioskData;

class PractitionerUi : public ::testing::Test {
protected:
    void SetUp() override {
        AnswerMap clear = testing::clear_client();
        clear["first_name"] = std::string("Hannah");
        clear["last_name"] = std::string("Okafor");
        clear_id = data.submit(clear, testing::kNowMs);

        AnswerMap defer = testing::clear_client();
        defer["first_name"] = std::string("Lucía");
        defer["last_name"] = std::string("García");
        defer["cold_sore_active"] = true;
        defer_id = data.submit(defer, testing::kNowMs + 60'000);

        AnswerMap decline = testing::clear_client();
        decline["first_name"] = std::string("Daniel");
        decline["last_name"] = std::string("Brooks");
        decline["keloid_history"] = true;
        decline_id = data.submit(decline, testing::kNowMs + 120'000);

        practitioner::PractitionerOptions opts;
        opts.export_dir = exports.str();
        opts.clinic_name = "Lumière Skin Studio";
        opts.idle_seconds = 120;
        session = std::make_unique<practitioner::PractitionerSession>(
            *data.store, testing::shipped_config(), pclock, [this] { return wall_ms; }, opts);
        mode = std::make_unique<ui::PractitionerMode>(*session, pclock, opts.clinic_name, opts.idle_seconds);
        hui = std::make_unique<HeadlessUi>(testing::shipped_config());
        hui->shell().set_practitioner(*mode);
        hui->frame();
    }
    void TearDown() override {
        hui.reset();
        mode.reset();
        session.reset();
    }

    [[nodiscard]] std::string screen() const { return std::string(hui->shell().screen_name()); }

    void hold_corner(int ms) {
        const ImVec2 corner(12, 12);
        hui->frame(corner, true);
        pclock.now += ms;
        hui->frame(corner, true);
        hui->frame(corner, false);
        hui->frame(corner, false);
    }

    // Types on the on-screen keyboard as a person would: shift for capitals.
    void type(std::string_view text) {
        for (size_t i = 0; i < text.size(); ++i) {
            const char ch = text[i];
            std::string key = ch == ' ' ? std::string("space") : std::string(1, ch);
            const std::string id = "key=" + key;
            if (!hui->shows(id)) {
                const bool upper = ch >= 'A' && ch <= 'Z';
                const std::string other = "key=" + std::string(1, upper ? static_cast<char>(ch - 'A' + 'a')
                                                                        : static_cast<char>(ch - 'a' + 'A'));
                ASSERT_TRUE(hui->shows(other) || ch == ' ') << "no key for " << ch << ": "
                                                            << hui->shell().widgets().ids_joined();
                hui->tap("key=shift");
            }
            ASSERT_TRUE(hui->shows(id)) << id << " not shown: " << hui->shell().widgets().ids_joined();
            hui->tap(id);
        }
    }

    void try_unlock(std::string_view name, std::string_view passphrase) {
        if (screen() != "unlock") hold_corner(3000);
        ASSERT_EQ(screen(), "unlock");
        hui->tap("unlock.name");
        while (!mode->unlock_state().name.empty()) hui->tap("key=backspace");
        type(name);
        hui->tap("key=done");  // on to the passphrase
        type(passphrase);
        hui->tap("key=done");  // unlocks: "Unlocking…" first, then the key derivation
        hui->frame();
        hui->frame();
    }

    void unlock() {
        try_unlock(testing::kPractitioner, testing::kPassphrase);
        ASSERT_EQ(screen(), "queue") << mode->unlock_state().message;
    }

    [[nodiscard]] std::vector<std::string> row_ids() const {
        std::vector<std::string> out;
        for (const std::string& id : hui->shell().widgets().ids())
            if (id.rfind("row=", 0) == 0) out.push_back(id.substr(4));
        return out;
    }

    [[nodiscard]] int audit_count(std::string_view event) const {
        const auto entries = data.store->audit_entries();
        return static_cast<int>(std::count_if(entries.begin(), entries.end(),
                                              [&](const storage::AuditEntry& e) { return e.event == event; }));
    }

    KioskData data;
    testing::TempDir exports{"exports"};
    FakeClock pclock;
    std::int64_t wall_ms = testing::kNowMs + 3'600'000;
    std::string clear_id, defer_id, decline_id;
    std::unique_ptr<practitioner::PractitionerSession> session;
    std::unique_ptr<ui::PractitionerMode> mode;
    std::unique_ptr<HeadlessUi> hui;
};

TEST_F(PractitionerUi, OnlyAThreeSecondPressOnTheCornerOpensTheUnlockScreen) {
    EXPECT_EQ(screen(), "attract");
    EXPECT_TRUE(hui->shows("practitioner"));
    hold_corner(2900);
    EXPECT_EQ(screen(), "attract");
    // A press elsewhere, however long, does nothing.
    hui->frame(ImVec2(640, 20), true);
    pclock.now += 5000;
    hui->frame(ImVec2(640, 20), true);
    hui->frame(ImVec2(640, 20), false);
    EXPECT_EQ(screen(), "attract");
    // While the corner is held the loop is told when to look again.
    hui->frame(ImVec2(12, 12), true);
    ASSERT_TRUE(hui->shell().next_deadline_ms().has_value());
    EXPECT_EQ(*hui->shell().next_deadline_ms(), pclock.now + ui::KioskShell::kLongPressMs);
    hui->frame(ImVec2(12, 12), false);
    hold_corner(3000);
    EXPECT_EQ(screen(), "unlock");
    EXPECT_TRUE(hui->shows("unlock.name"));
    EXPECT_TRUE(hui->shows("unlock.passphrase"));
    hui->tap("unlock.cancel");
    EXPECT_EQ(screen(), "attract");
}

TEST_F(PractitionerUi, TheUnlockScreenGivesUpWhenLeftAlone) {
    hold_corner(3000);
    ASSERT_EQ(screen(), "unlock");
    hui->tap("unlock.name");
    type("Dr");
    pclock.advance_s(119);
    hui->frame();
    EXPECT_EQ(screen(), "unlock");
    pclock.advance_s(1);
    hui->frame();
    EXPECT_EQ(screen(), "attract");
    EXPECT_TRUE(mode->unlock_state().name.empty());
}

TEST_F(PractitionerUi, AWrongPassphraseIsRefusedAuditedAndFiveLockOut) {
    for (int i = 0; i < 5; ++i) {
        try_unlock(testing::kPractitioner, "not the passphrase");
        ASSERT_EQ(screen(), "unlock");
        EXPECT_FALSE(mode->unlock_state().message.empty());
        EXPECT_TRUE(mode->unlock_state().passphrase.empty()) << "the typed passphrase is scrubbed";
    }
    EXPECT_EQ(audit_count("unlock_failed"), 5);
    const auto rec = data.store->practitioner(testing::kPractitioner);
    ASSERT_TRUE(rec.has_value());
    EXPECT_GT(rec->locked_until_ms, wall_ms);
    // Locked out: even the right passphrase is refused, and the screen says to wait.
    try_unlock(testing::kPractitioner, testing::kPassphrase);
    EXPECT_EQ(screen(), "unlock");
    EXPECT_NE(mode->unlock_state().message.find("30"), std::string::npos) << mode->unlock_state().message;
    EXPECT_FALSE(session->unlocked());
    // Once the delay has passed the right passphrase opens the queue.
    wall_ms += 31'000;
    unlock();
    EXPECT_EQ(audit_count("unlock"), 1);
}

TEST_F(PractitionerUi, TheQueueIsNewestFirstWithCountsAndFilters) {
    unlock();
    EXPECT_EQ(row_ids(), (std::vector<std::string>{decline_id, defer_id, clear_id}));
    EXPECT_EQ(mode->queue().counts.total, 3);
    EXPECT_EQ(mode->queue().counts.of(Severity::Defer), 1);
    EXPECT_EQ(mode->queue().counts.of(Severity::Decline), 1);
    EXPECT_EQ(mode->queue().counts.of(Severity::Clear), 1);
    EXPECT_TRUE(hui->drew("Lucía García"));
    EXPECT_TRUE(hui->drew("Decline"));

    hui->tap("filter=defer");
    EXPECT_EQ(row_ids(), (std::vector<std::string>{defer_id}));
    hui->tap("filter=all");
    EXPECT_EQ(row_ids().size(), 3U);

    // Reviewed / not reviewed: a decision takes a row out of "not reviewed only".
    hui->tap("row=" + clear_id);
    ASSERT_EQ(screen(), "submission");
    hui->tap("decide");
    hui->tap("decision=proceed");
    hui->tap("decision.save");
    ASSERT_TRUE(mode->submission_state().decision.error.empty()) << mode->submission_state().decision.error;
    hui->frame();
    hui->tap("unreviewed");
    EXPECT_EQ(row_ids(), (std::vector<std::string>{decline_id, defer_id}));
    hui->tap("unreviewed");
    EXPECT_EQ(row_ids().size(), 3U);
}

TEST_F(PractitionerUi, SearchFindsANameWhateverItsCaseAndAccents) {
    unlock();
    for (int i = 0; i < 10 && !session->index_progress().complete(); ++i) hui->frame();
    ASSERT_TRUE(session->index_progress().complete());
    hui->tap("search");
    type("garcia");
    EXPECT_EQ(row_ids(), (std::vector<std::string>{defer_id}));
    hui->tap("key=done");
    hui->tap("search.clear");
    EXPECT_EQ(row_ids().size(), 3U);
    hui->tap("search");
    type("nobody");
    EXPECT_TRUE(row_ids().empty());
    EXPECT_TRUE(hui->drew("No one by that name"));
}

TEST_F(PractitionerUi, ASubmissionShowsItsFindingsFirstAndADecisionIsStored) {
    unlock();
    hui->tap("row=" + defer_id);
    ASSERT_EQ(screen(), "submission");
    EXPECT_TRUE(hui->drew("Active cold sore"));
    EXPECT_TRUE(hui->drew("Rule cold_sore_active"));
    EXPECT_TRUE(hui->drew("Do you have a cold sore right now?"));
    EXPECT_EQ(audit_count("view"), 1);

    hui->tap("decide");
    EXPECT_TRUE(hui->shows("decision=defer"));
    EXPECT_FALSE(hui->shows("row=" + defer_id)) << "nothing under the dialog can be tapped";
    hui->tap("decision=defer");
    hui->tap("decision.save");
    EXPECT_FALSE(mode->submission_state().decision.error.empty()) << "a deferral needs its date";
    hui->tap("defer=2w");
    hui->tap("note");
    type("Rebook in December");
    hui->tap("key=done");
    hui->tap("decision.save");
    hui->frame();
    EXPECT_FALSE(mode->submission_state().decision.open);

    const auto reviews = data.store->reviews(defer_id);
    ASSERT_EQ(reviews.size(), 1U);
    EXPECT_EQ(reviews[0].decision, storage::Decision::Defer);
    EXPECT_EQ(reviews[0].defer_until, Date::from_days(kTestToday.days() + 14).iso());
    EXPECT_EQ(reviews[0].practitioner, testing::kPractitioner);
    EXPECT_FALSE(reviews[0].sealed_note.empty());
    const std::string sealed(reviews[0].sealed_note.begin(), reviews[0].sealed_note.end());
    EXPECT_EQ(sealed.find("December"), std::string::npos) << "the note is sealed";
    EXPECT_GE(audit_count("review"), 1);
    EXPECT_TRUE(hui->drew("Rebook in December")) << "the decision shows under Decisions";
}

TEST_F(PractitionerUi, ExportWritesThePdfIntoTheExportFolder) {
    unlock();
    hui->tap("row=" + decline_id);
    hui->tap("export");
    std::vector<std::filesystem::path> pdfs;
    for (const auto& e : std::filesystem::directory_iterator(exports.path()))
        if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
    ASSERT_EQ(pdfs.size(), 1U);
    EXPECT_NE(pdfs[0].filename().string().find(decline_id), std::string::npos);
    std::ifstream in(pdfs[0], std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    EXPECT_EQ(head, "%PDF-");
    EXPECT_EQ(audit_count("export"), 1);
    EXPECT_TRUE(hui->drew("PDF saved"));
}

TEST_F(PractitionerUi, LockLeavesNothingOfASubmissionBehind) {
    unlock();
    hui->tap("row=" + defer_id);
    ASSERT_EQ(screen(), "submission");
    hui->tap("lock");
    EXPECT_EQ(screen(), "attract");
    EXPECT_FALSE(session->unlocked());
    EXPECT_EQ(session->current(), nullptr);
    EXPECT_TRUE(mode->queue().page.rows.empty());
    EXPECT_TRUE(mode->queue().selected.empty());
    hui->frame();
    EXPECT_FALSE(hui->drew("García"));
    EXPECT_FALSE(hui->drew("cold sore"));
    // Unlocking again starts from the queue, not the last submission.
    unlock();
    EXPECT_EQ(screen(), "queue");
}

TEST_F(PractitionerUi, LongNamesInTheQueueEndWithAnEllipsisAndFitTheirRow) {
    // Names wider than a queue row: the old trimming loop cut the ellipsis it
    // had just added and put it back, so the frame never ended (100 % CPU).
    const std::vector<std::pair<std::string, std::string>> names = {
        {"Lucía", "García Núñez"},
        {"Alexandra", "Montgomery-Smith"},
        {"Maximiliana Josefina", "Wolfeschlegelsteinhausen-Bergerdorff"}};
    std::int64_t at = testing::kNowMs + 180'000;
    for (const auto& [first, last] : names) {
        AnswerMap a = testing::clear_client();
        a["first_name"] = first;
        a["last_name"] = last;
        (void)data.submit(a, at += 60'000);
    }
    // A bound, not a timer: a loop that never ends throws past it instead of hanging the test.
    std::size_t measurements = 0;
    struct Counting {
        explicit Counting(std::size_t* n) { ui::count_text_measurements(n, 100'000); }
        ~Counting() { ui::count_text_measurements(nullptr, 0); }
        Counting(const Counting&) = delete;
        Counting& operator=(const Counting&) = delete;
    } counting(&measurements);
    unlock();
    for (int i = 0; i < 20 && !session->index_progress().complete(); ++i) hui->frame();
    ASSERT_TRUE(session->index_progress().complete());
    hui->frame();
    EXPECT_EQ(screen(), "queue");

    ImFont* name_font = hui->theme().font(ui::TextRole::Body, ui::Weight::SemiBold);
    const std::string ellipsis = "\xE2\x80\xA6";
    const float list_right = hui->shell().widgets().find("row#1")->max.x;
    int cut = 0;
    for (const auto& [first, last] : names) {
        const std::string full = first + " " + last;
        const auto& drawn = hui->drawn_text();
        const auto it = std::find_if(drawn.begin(), drawn.end(), [&](const std::string& t) {
            return t == full || (t.size() > ellipsis.size() && t.ends_with(ellipsis) &&
                                 full.starts_with(t.substr(0, t.size() - ellipsis.size())));
        });
        ASSERT_NE(it, drawn.end()) << full << " is not in the queue";
        if (*it == full) continue;
        ++cut;
        const std::optional<ImVec2> pos = hui->drawn_at(*it);
        ASSERT_TRUE(pos.has_value());
        EXPECT_LT(pos->x + ui::text_size(name_font, *it).x, list_right) << *it;
    }
    EXPECT_GE(cut, 1) << "the longest name is wider than its row";
    EXPECT_LT(measurements, 20'000U);
}

TEST_F(PractitionerUi, CancelAndLockLeaveNoTypedPassphraseInTheUnlockBuffers) {
    const auto holds = [](const std::string& buffer, std::string_view secret) {
        const std::string_view whole(buffer.data(), buffer.capacity());
        return whole.find(secret) != std::string_view::npos;
    };
    hold_corner(3000);
    hui->tap("unlock.name");
    type(testing::kPractitioner);
    hui->tap("key=done");
    type(testing::kPassphrase);
    ASSERT_TRUE(holds(mode->unlock_state().passphrase, testing::kPassphrase));
    hui->tap("unlock.cancel");
    EXPECT_EQ(screen(), "attract");
    EXPECT_FALSE(holds(mode->unlock_state().passphrase, testing::kPassphrase));
    EXPECT_FALSE(holds(mode->unlock_state().name, testing::kPractitioner));

    unlock();
    hui->tap("lock");
    EXPECT_EQ(screen(), "attract");
    EXPECT_FALSE(holds(mode->unlock_state().passphrase, testing::kPassphrase));
    EXPECT_FALSE(holds(mode->unlock_state().name, testing::kPractitioner));
}

TEST_F(PractitionerUi, ItLocksItselfAfterTheIdleTime) {
    unlock();
    hui->tap("row=" + defer_id);
    pclock.advance_s(119);
    hui->frame();
    EXPECT_EQ(screen(), "submission");
    // A touch restarts the period.
    hui->frame(ImVec2(900, 300), false);
    hui->frame(ImVec2(905, 305), false);
    pclock.advance_s(119);
    hui->frame(ImVec2(905, 305), false);
    EXPECT_EQ(screen(), "submission");
    pclock.advance_s(1);
    hui->frame(ImVec2(905, 305), false);
    EXPECT_EQ(screen(), "attract");
    EXPECT_FALSE(session->unlocked());
    EXPECT_EQ(session->current(), nullptr);
    EXPECT_GE(audit_count("lock"), 1);
}

}  // namespace
}  // namespace kiosk::test
