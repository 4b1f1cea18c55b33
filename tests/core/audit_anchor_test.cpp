// The audit chain's head kept outside the database, submissions bound into
// the chain, and the triggers checked (DESIGN §6; issue 9): what an attacker
// holding the database file does (drop a trigger, edit or delete rows,
// recompute the unkeyed chain) is found by `verify_audit`.
#include <gtest/gtest.h>

#include <algorithm>

#include "records/sealed_submission.hpp"
#include "storage/field_hash.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

using storage::AuditHead;
using storage::Connection;
using testing::clear_client;
using testing::KioskData;
using testing::kNowMs;

bool mentions(const storage::AuditReport& r, const std::string& what) {
    return std::any_of(r.problems.begin(), r.problems.end(),
                       [&](const std::string& p) { return p.find(what) != std::string::npos; });
}

std::string all_problems(const storage::AuditReport& r) {
    std::string out;
    for (const auto& p : r.problems) out += p + "\n";
    return out;
}

// What an attacker with the file can do: the chain is unkeyed, so after
// deleting rows they can recompute every hash from the first row on.
void recompute_chain(Connection& db) {
    struct Row {
        std::int64_t seq, at;
        std::string event, practitioner, submission_id, details;
    };
    std::vector<Row> rows;
    {
        auto st = db.prepare("SELECT seq, at, event, practitioner, submission_id, details FROM audit ORDER BY seq");
        while (st.step()) rows.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    }
    db.exec("DELETE FROM audit");
    crypto::Bytes prev(storage::kHashBytes, 0);
    std::int64_t seq = 0;
    for (auto& r : rows) {
        r.seq = ++seq;
        storage::FieldHash h;
        h.add(prev).add(r.seq).add(r.at);
        for (const std::string* s : {&r.event, &r.practitioner, &r.submission_id, &r.details}) h.add(*s);
        const crypto::Bytes hash = h.finish();
        db.prepare("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, r.seq)
            .bind(2, r.at)
            .bind(3, r.event)
            .bind(4, r.practitioner)
            .bind(5, r.submission_id)
            .bind(6, r.details)
            .bind(7, prev)
            .bind(8, hash)
            .run();
        prev = hash;
    }
}

void drop_audit_triggers(Connection& db) {
    db.exec("DROP TRIGGER audit_no_update");
    db.exec("DROP TRIGGER audit_no_delete");
}

void restore_audit_triggers(Connection& db) {
    db.exec("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n"
            "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    db.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
            "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
}

TEST(AuditHead, RoundTripsAsText) {
    KioskData k;
    const AuditHead head = k.store->audit_head();
    EXPECT_EQ(head.seq, 1);  // init
    const std::string text = storage::to_string(head);
    ASSERT_EQ(text.size(), 2U + 64U) << text;
    const auto back = storage::audit_head_from(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->seq, head.seq);
    EXPECT_EQ(back->hash, head.hash);
    for (const char* bad : {"", "1", "1:", "x:" , "1:abc", "-1:00", "1:zz"})
        EXPECT_FALSE(storage::audit_head_from(bad)) << bad;
    EXPECT_EQ(k.store->verify_audit().head.seq, 1);
}

TEST(AuditHead, DeletingTheNewestRowsIsFoundWithAnEarlierHead) {
    KioskData k;
    k.submit(clear_client());
    for (int i = 0; i < 3; ++i) k.store->audit({0, kNowMs + i, "view", testing::kPractitioner, "", ""});
    const AuditHead seen = k.store->audit_head();  // e.g. what an export recorded
    ASSERT_TRUE(k.store->verify_audit(seen).ok) << all_problems(k.store->verify_audit(seen));

    auto& db = k.store->connection();
    drop_audit_triggers(db);
    db.exec("DELETE FROM audit WHERE seq >= " + std::to_string(seen.seq - 1));  // the last two views
    restore_audit_triggers(db);
    EXPECT_TRUE(k.store->verify_audit().ok) << "the chain alone cannot see a shorter tail";

    const auto report = k.store->verify_audit(seen);
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.first_bad_seq, seen.seq);
    EXPECT_TRUE(mentions(report, "audit row " + std::to_string(seen.seq) + " of the earlier head")) << all_problems(report);
    EXPECT_TRUE(mentions(report, "deleted from the end")) << all_problems(report);
}

TEST(AuditHead, ARecomputedChainIsFoundWithAnEarlierHead) {
    KioskData k;
    for (int i = 0; i < 5; ++i) k.store->audit({0, kNowMs + i, "view", testing::kPractitioner, "", ""});
    k.store->audit({0, kNowMs + 9, "export", testing::kPractitioner, "", "csv, 5 submission(s)"});
    const AuditHead seen = k.store->audit_head();

    auto& db = k.store->connection();
    drop_audit_triggers(db);
    db.exec("DELETE FROM audit WHERE seq = 3");
    recompute_chain(db);
    restore_audit_triggers(db);
    EXPECT_TRUE(k.store->verify_audit().ok) << "a recomputed unkeyed chain passes on its own";

    const auto report = k.store->verify_audit(seen);
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(mentions(report, "audit row " + std::to_string(seen.seq))) << all_problems(report);
}

TEST(SubmissionBinding, EachSubmissionHasAnAuditRow) {
    KioskData k;
    const std::string id = k.submit(clear_client());
    const auto log = k.store->audit_entries();
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(log[1].event, "submit");
    EXPECT_EQ(log[1].submission_id, id);
    EXPECT_EQ(log[1].details.rfind("binding ", 0), 0U) << log[1].details;
    EXPECT_TRUE(k.store->verify_audit().ok);
}

TEST(SubmissionBinding, ADispositionChangedBehindTheTriggerIsFound) {
    KioskData k;
    auto decline = clear_client();
    decline["keloid_history"] = true;
    const std::string clear_id = k.submit(clear_client(), kNowMs);
    const std::string id = k.submit(decline, kNowMs + 1);
    ASSERT_EQ(k.store->submission(id)->meta.disposition, Severity::Decline);
    auto& db = k.store->connection();
    db.exec("DROP TRIGGER submissions_no_update");
    db.exec("UPDATE submissions SET disposition = 'clear' WHERE id = '" + id + "'");
    db.exec("CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions\n"
            "  BEGIN SELECT RAISE(ABORT, 'submissions are never edited'); END");
    const auto report = k.store->verify_audit();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(mentions(report, "submission " + id + " differs")) << all_problems(report);
    EXPECT_FALSE(mentions(report, clear_id)) << all_problems(report);
    EXPECT_FALSE(mentions(report, "trigger")) << "the trigger was put back as it was";
    EXPECT_EQ(report.first_bad_seq, 3) << "the audit row that recorded it";
}

TEST(SubmissionBinding, DeletingASubmissionIsRefusedAndFound) {
    KioskData k;
    const std::string id = k.submit(clear_client());
    auto& db = k.store->connection();
    EXPECT_THROW(db.exec("DELETE FROM submissions"), storage::StorageError) << "the DELETE trigger";
    EXPECT_EQ(k.store->count(), 1);
    db.exec("DROP TRIGGER submissions_no_delete");
    db.exec("DELETE FROM submissions WHERE id = '" + id + "'");
    const auto report = k.store->verify_audit();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(mentions(report, "submission " + id + " recorded by audit row 2 is missing")) << all_problems(report);
    EXPECT_TRUE(mentions(report, "the trigger submissions_no_delete is missing")) << all_problems(report);
}

TEST(SubmissionBinding, ASubmissionInsertedPastTheKioskIsFound) {
    KioskData k;
    const std::string id = k.submit(clear_client());
    auto& db = k.store->connection();
    db.exec("INSERT INTO submissions (id, submitted_at, questionnaire, questionnaire_hash, consent_version, language, "
            "disposition, sealed) SELECT 'forged', submitted_at, questionnaire, questionnaire_hash, consent_version, "
            "language, 'clear', sealed FROM submissions WHERE id = '" + id + "'");
    const auto report = k.store->verify_audit();
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(mentions(report, "submission forged has no audit row")) << all_problems(report);
}

TEST(Triggers, EachMissingOrChangedTriggerIsReported) {
    KioskData k;
    k.submit(clear_client());
    auto& db = k.store->connection();
    ASSERT_TRUE(k.store->verify_audit().ok);
    for (const char* name : {"audit_no_update", "audit_no_delete", "reviews_no_update", "reviews_no_delete",
                             "submissions_no_update", "submissions_no_delete", "snapshots_no_update",
                             "snapshots_no_delete"}) {
        db.exec(std::string("DROP TRIGGER ") + name);
        const auto report = k.store->verify_audit();
        EXPECT_FALSE(report.ok) << name;
        EXPECT_TRUE(mentions(report, std::string("the trigger ") + name + " is missing")) << all_problems(report);
    }
    // One of the same name that no longer refuses anything.
    db.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END");
    EXPECT_TRUE(mentions(k.store->verify_audit(), "the trigger audit_no_delete was changed"));
    db.exec("CREATE TRIGGER sneaky AFTER INSERT ON submissions BEGIN SELECT 1; END");
    EXPECT_TRUE(mentions(k.store->verify_audit(), "an unexpected trigger sneaky was added"));
}

// A database as the kiosk wrote it before schema 2: no DELETE trigger, no
// answers digest, submissions without audit rows.
TEST(SchemaUpgrade, OldSubmissionsAreBoundAndProtected) {
    KioskData k;
    const std::string id = k.submit(clear_client());
    auto& db = k.store->connection();
    for (const char* t : {"submissions_no_delete", "snapshots_no_update", "snapshots_no_delete", "audit_no_delete",
                          "audit_no_update"})
        db.exec(std::string("DROP TRIGGER ") + t);
    db.exec("DELETE FROM audit WHERE seq = 2");  // its submit row: schema 1 wrote none
    db.exec("ALTER TABLE submissions DROP COLUMN answers_digest");
    db.exec("DELETE FROM meta WHERE key = 'answers_digest_key'");
    db.exec("PRAGMA user_version = 1");
    restore_audit_triggers(db);  // as schema 1 created them

    {
        auto old = storage::Store::open(k.dir.str(), storage::Store::Options::reading());
        const auto report = old->verify_audit();
        EXPECT_FALSE(report.ok) << "read-only: not upgraded, and says so";
        EXPECT_TRUE(mentions(report, "schema 1")) << all_problems(report);
    }
    k.reopen();  // migrates
    const auto report = k.store->verify_audit();
    EXPECT_TRUE(report.ok) << all_problems(report);
    const auto log = k.store->audit_entries();
    ASSERT_EQ(log.size(), 2U);
    EXPECT_EQ(log[1].event, "submission_bound");
    EXPECT_EQ(log[1].submission_id, id);
    EXPECT_THROW(k.store->connection().exec("DELETE FROM submissions"), storage::StorageError);

    // Stored before digests: a retry with its id cannot be told from other
    // answers, so it is refused and the stored one kept.
    EXPECT_THROW(k.submit(clear_client(), kNowMs + 5, id), storage::StorageError);
    EXPECT_EQ(k.store->count(), 1);
    k.submit(clear_client(), kNowMs + 6);  // new ones are stored as usual
    EXPECT_TRUE(k.store->verify_audit().ok);
}

}  // namespace
}  // namespace kiosk
