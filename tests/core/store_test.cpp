// The store (DESIGN §6): keys and practitioners, sealed submissions, reviews,
// the lockout that survives a restart, idempotent ids, list and backup.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "crypto/key_wrap.hpp"
#include "questionnaire/validation.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/sealed_submission.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

using storage::Store;
using testing::clear_client;
using testing::kToday;
using testing::shipped_config;

constexpr std::int64_t kNow = testing::kNowMs;
const std::string kPass = testing::kPassphrase;
using Kiosk = testing::KioskData;

TEST(Store, UnlockRoundTripAndWrongPassphrase) {
    Kiosk k;
    auto ok = records::unlock(*k.store, "Dr Rivera", kPass, kNow);
    ASSERT_TRUE(ok.unlocked);
    EXPECT_EQ(ok.unlocked->public_key, k.public_key);

    auto bad = records::unlock(*k.store, "Dr Rivera", "not the passphrase", kNow);
    EXPECT_FALSE(bad.unlocked);
    EXPECT_EQ(bad.refusal, records::UnlockRefusal::WrongPassphrase);
    EXPECT_EQ(k.store->practitioner("Dr Rivera")->failed_count, 1);

    auto unknown = records::unlock(*k.store, "Nobody", kPass, kNow);
    EXPECT_FALSE(unknown.unlocked);
    const auto log = k.store->audit_entries();
    ASSERT_GE(log.size(), 4U);
    EXPECT_EQ(log[0].event, "init");
    EXPECT_EQ(log[1].event, "unlock");
    EXPECT_EQ(log[2].event, "unlock_failed");
    EXPECT_EQ(log[3].event, "unlock_failed");
    EXPECT_EQ(log[3].details, "unknown practitioner");
}

TEST(Store, LockoutGrowsAndSurvivesARestart) {
    EXPECT_EQ(records::lockout_ms(4), 0);
    EXPECT_EQ(records::lockout_ms(5), 30'000);
    EXPECT_EQ(records::lockout_ms(6), 60'000);
    EXPECT_EQ(records::lockout_ms(7), 120'000);
    EXPECT_EQ(records::lockout_ms(20), 15 * 60'000);

    Kiosk k;
    std::int64_t t = kNow;
    for (int i = 0; i < 5; ++i) EXPECT_FALSE(records::unlock(*k.store, "Dr Rivera", "wrong wrong wrong", t++).unlocked);
    // Locked now: even the right passphrase is refused until the time is up.
    auto locked = records::unlock(*k.store, "Dr Rivera", kPass, t);
    EXPECT_EQ(locked.refusal, records::UnlockRefusal::LockedOut);
    EXPECT_GT(locked.retry_after_ms, 29'000);

    k.reopen();  // a restart
    auto still = records::unlock(*k.store, "Dr Rivera", kPass, t + 1000);
    EXPECT_EQ(still.refusal, records::UnlockRefusal::LockedOut) << "a restart must not reset the lockout";
    EXPECT_TRUE(records::unlock(*k.store, "Dr Rivera", kPass, t + 31'000).unlocked);
    EXPECT_EQ(k.store->practitioner("Dr Rivera")->failed_count, 0);
}

TEST(Store, EveryItemTypeRoundTripsSealed) {
    Kiosk k;
    auto answers = clear_client();
    answers["first_name"] = std::string("Zoë");
    answers["isotretinoin_last_dose"] = Date{2026, 1, 15};
    answers["anticoagulants"] = true;
    answers["anticoagulant_name"] = std::string("warfarin");
    const std::string id = k.submit(answers);

    auto stored = k.store->submission(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->meta.disposition, Severity::Clearance);
    auto unlocked = records::unlock(*k.store, "Dr Rivera", kPass, kNow);
    ASSERT_TRUE(unlocked.unlocked);
    auto opened = records::open_submission(*stored, k.public_key, unlocked.unlocked->secret_key);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->answers, answers_to_json(answers));
    ASSERT_EQ(opened->findings.size(), 1U);
    EXPECT_EQ(opened->findings[0]["severity"], "clearance");

    auto other = crypto::generate_key_pair();
    EXPECT_FALSE(records::open_submission(*stored, other.public_key, other.secret_key)) << "another clinic's key";
    EXPECT_EQ(k.store->snapshot(stored->questionnaire_hash), shipped_config().questionnaire.source_text);
    EXPECT_TRUE(k.store->snapshot(stored->consent_version));
}

TEST(Store, SameSubmissionIdStoresOnce) {
    Kiosk k;
    const std::string id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    EXPECT_EQ(k.submit(clear_client(), kNow, id), id);
    EXPECT_EQ(k.submit(clear_client(), kNow + 5, id), id);
    EXPECT_EQ(k.store->count(), 1);
}

TEST(Store, ListNewestFirstWithFilters) {
    Kiosk k;
    auto defer = clear_client();
    defer["cold_sore_active"] = true;
    const auto a = k.submit(clear_client(), kNow);
    const auto b = k.submit(defer, kNow + 1000);
    const auto c = k.submit(clear_client(), kNow + 2000);
    auto all = k.store->list({});
    ASSERT_EQ(all.size(), 3U);
    EXPECT_EQ(all[0].id, c);
    EXPECT_EQ(all[1].id, b);
    EXPECT_EQ(all[2].id, a);
    auto only_defer = k.store->list({.disposition = Severity::Defer, .reviewed = std::nullopt, .limit = 50, .offset = 0});
    ASSERT_EQ(only_defer.size(), 1U);
    EXPECT_EQ(only_defer[0].id, b);
    EXPECT_EQ(k.store->count(Severity::Clear), 2);

    k.store->add_review({b, "Dr Rivera", kNow + 5000, storage::Decision::Defer, "2026-12-10", {1, 2, 3}});
    auto reviewed = k.store->list({.disposition = std::nullopt, .reviewed = true, .limit = 50, .offset = 0});
    ASSERT_EQ(reviewed.size(), 1U);
    EXPECT_TRUE(reviewed[0].reviewed);
    EXPECT_EQ(k.store->list({.disposition = std::nullopt, .reviewed = false, .limit = 50, .offset = 0}).size(), 2U);
    const auto paged = k.store->list({.disposition = std::nullopt, .reviewed = std::nullopt, .limit = 2, .offset = 2});
    ASSERT_EQ(paged.size(), 1U);
    EXPECT_EQ(paged[0].id, a);
    EXPECT_EQ(k.store->audit_entries().back().event, "review");
}

TEST(Store, ReviewsAndAuditRefuseEdits) {
    Kiosk k;
    const auto id = k.submit(clear_client());
    k.store->add_review({id, "Dr Rivera", kNow, storage::Decision::Proceed, "", {9}});
    EXPECT_THROW(k.store->connection().exec("UPDATE reviews SET decision = 'decline'"), storage::StorageError);
    EXPECT_THROW(k.store->connection().exec("DELETE FROM reviews"), storage::StorageError);
    EXPECT_THROW(k.store->connection().exec("UPDATE audit SET details = 'x'"), storage::StorageError);
    EXPECT_THROW(k.store->connection().exec("DELETE FROM audit"), storage::StorageError);
    EXPECT_THROW(k.store->connection().exec("UPDATE submissions SET disposition = 'clear'"), storage::StorageError);
    EXPECT_EQ(k.store->reviews(id).size(), 1U);
}

TEST(Store, InitTwiceIsRefused) {
    Kiosk k;
    auto keys = crypto::generate_key_pair();
    EXPECT_THROW(k.store->initialize(keys.public_key, "Other",
                                     crypto::wrap_secret_key(keys.secret_key, kPass, crypto::PwhashCost::minimum()), kNow),
                 storage::StorageError);
    EXPECT_EQ(k.store->practitioner_names(), std::vector<std::string>{"Dr Rivera"});
}

TEST(Store, OpeningAMissingDatabaseIsRefused) {
    testing::TempDir dir{"none"};
    try {
        (void)Store::open(dir.str(), {});
        FAIL() << "opened a database that does not exist";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::ErrorKind::Refused);
    }
    EXPECT_FALSE(Store::exists(dir.str()));
}

TEST(Store, BackupOpensWithTheSameSubmissions) {
    Kiosk k;
    k.submit(clear_client());
    k.submit(clear_client());
    testing::TempDir out{"backup"};
    const auto head = k.store->backup_to(out / Store::kFileName, kNow);
    EXPECT_THROW(k.store->backup_to(out / Store::kFileName, kNow), storage::StorageError) << "never overwrites";
    auto copy = Store::open(out.str(), {});
    EXPECT_EQ(copy->count(), 2);
    EXPECT_TRUE(copy->verify_audit().ok);
    EXPECT_EQ(copy->audit_head().hash, head.hash) << "the head returned is the one the backup holds";
}

// The backup holds the wrapped clinic key: never readable by others, not
// even for a moment (created 0600, not chmod-ed after), and audited with the
// head it holds.
TEST(Store, BackupIsPrivateAndAudited) {
    Kiosk k;
    k.submit(clear_client());
    testing::TempDir out{"backup"};
    const std::string path = out / Store::kFileName;
    const mode_t old_mask = ::umask(022);  // the usual umask, under which SQLite's default gives 0644
    const auto head = k.store->backup_to(path, kNow + 7);
    ::umask(old_mask);
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U);
    const auto last = k.store->audit_entries().back();
    EXPECT_EQ(last.event, "backup");
    EXPECT_EQ(last.at_ms, kNow + 7);
    EXPECT_NE(last.details.find(path), std::string::npos) << last.details;
    EXPECT_NE(last.details.find(storage::to_string(head)), std::string::npos) << last.details;
    EXPECT_TRUE(k.store->verify_audit().ok);

    // A link planted where the backup goes is not followed.
    const std::string link = out / "planted.db";
    ASSERT_EQ(::symlink((out / "elsewhere.db").c_str(), link.c_str()), 0);
    EXPECT_THROW(k.store->backup_to(link, kNow), storage::StorageError);
    EXPECT_FALSE(std::filesystem::exists(out / "elsewhere.db"));
}

}  // namespace
}  // namespace kiosk
