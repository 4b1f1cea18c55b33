// A disk that fills up or fails in the middle of a submit (DESIGN §6): every
// write, fsync and truncate SQLite makes during one submit (to the database,
// its WAL or a journal) is made to fail in turn, with ENOSPC and with EIO,
// once or from then on. Each time the submit fails cleanly, nothing of it is
// half there, the database stays intact with every earlier submission
// readable, and once the fault clears a retry stores it exactly once.
#include <gtest/gtest.h>

#include <set>
#include <variant>
#include <string>
#include <vector>

#include "records/sealed_submission.hpp"
#include "records/store_sink.hpp"
#include "records/uuid.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/fault_vfs.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

using storage::ErrorKind;
using storage::StorageError;
using testing::DiskFault;
using testing::FaultVfs;

struct FaultCase {
    DiskFault fault;
    bool sticky;      // the disk stays full / failing until "space returns"
    bool checkpoint;  // every commit also checkpoints: the database file's own writes and syncs
};

std::string describe(const FaultCase& c) {
    return std::string(testing::to_string(c.fault)) + (c.sticky ? "_until_cleared" : "_once") +
           (c.checkpoint ? "_with_checkpoint" : "");
}

// A kiosk store with a few earlier submissions, reopened through the fault VFS.
struct FaultyStore {
    testing::KioskData k;
    std::vector<std::string> earlier;

    explicit FaultyStore(bool checkpoint_each_commit) {
        storage::Store::Options through_faults;
        through_faults.vfs = FaultVfs::kName;
        k.reopen(through_faults);
        FaultVfs::instance().count_only();
        for (int i = 0; i < 3; ++i) earlier.push_back(k.submit(testing::clear_client(), testing::kNowMs + i));
        if (checkpoint_each_commit) k.store->connection().exec("PRAGMA wal_autocheckpoint = 1");
    }
};

// Opened afresh with the ordinary VFS, as after a restart: the file passes
// integrity_check and the audit check, and holds exactly `ids`, each whole.
void expect_intact(testing::KioskData& k, const std::vector<std::string>& ids) {
    k.reopen();
    auto check = k.store->connection().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_EQ(k.store->count(), static_cast<std::int64_t>(ids.size()));
    const auto report = k.store->verify_audit();
    EXPECT_TRUE(report.ok) << report.problem;
    for (const std::string& id : ids) {
        const auto s = k.store->submission(id);
        ASSERT_TRUE(s) << id << " is missing";
        const auto opened = records::open_submission(*s, k.public_key, k.secret_key);
        ASSERT_TRUE(opened) << id << " does not open";
        EXPECT_EQ(opened->answers.at("first_name"), std::get<std::string>(testing::clear_client().at("first_name"))) << id;
    }
}

class SubmitUnderDiskFault : public ::testing::TestWithParam<FaultCase> {};

TEST_P(SubmitUnderDiskFault, EachPointFailsCleanlyAndARetryStoresOnce) {
    const FaultCase c = GetParam();
    FaultVfs& vfs = FaultVfs::instance();
    int points = 0;
    std::set<std::string> seen;  // which calls were hit, for the trace
    for (int n = 1; n <= 500; ++n) {
        FaultyStore f(c.checkpoint);
        const std::string id = new_uuid();
        vfs.arm(n, c.fault, c.sticky);
        bool threw = false;
        std::string what;
        ErrorKind kind = ErrorKind::Internal;
        try {
            f.k.submit(testing::clear_client(), testing::kNowMs + 100, id);
        } catch (const StorageError& e) {
            threw = true;
            what = e.what();
            kind = e.kind();
        }
        const bool hit = vfs.failures() > 0;
        const std::string at = vfs.call_name(n);
        if (!hit) {  // the submit made fewer than n counted calls: every point is done
            vfs.clear();
            EXPECT_FALSE(threw) << what;
            points = n - 1;
            break;
        }
        SCOPED_TRACE("failing call " + std::to_string(n) + " (" + at + ")");
        seen.insert(at.substr(0, at.find(' ')));
        // The caller hears of it as a disk problem, never as a bug.
        if (threw) {
            EXPECT_TRUE(kind == ErrorKind::Full || kind == ErrorKind::Io) << what;
        }
        if (c.fault == DiskFault::NoSpace && threw && at.rfind("write", 0) == 0) {
            EXPECT_NE(what.find("disk is full"), std::string::npos) << what;
        }

        // While the fault lasts the same connection still answers reads, and
        // the submission is there whole or not at all.
        const std::int64_t now_stored = f.k.store->count();
        const bool present = f.k.store->submission(id).has_value();
        EXPECT_EQ(now_stored, static_cast<std::int64_t>(f.earlier.size()) + (present ? 1 : 0));
        // Reported failed: not stored. Reported saved: stored. (A checkpoint
        // that fails after the commit is not reported; the row is in the WAL.)
        EXPECT_EQ(present, !threw) << (threw ? "reported failed but stored" : "reported saved but not stored");

        // A retry before space returns fails again or finds it stored; never twice.
        if (c.sticky && !present) {
            EXPECT_THROW(f.k.submit(testing::clear_client(), testing::kNowMs + 100, id), StorageError);
            EXPECT_EQ(f.k.store->count(), static_cast<std::int64_t>(f.earlier.size()));
        }

        // Space returns: the same answers under the same id, on the same
        // connection (the kiosk keeps its store open), are stored once.
        vfs.clear();
        EXPECT_NO_THROW(f.k.submit(testing::clear_client(), testing::kNowMs + 100, id));
        EXPECT_EQ(f.k.store->count(), static_cast<std::int64_t>(f.earlier.size()) + 1);

        std::vector<std::string> all = f.earlier;
        all.push_back(id);
        expect_intact(f.k, all);
        if (::testing::Test::HasFatalFailure()) return;
    }
    // At least the WAL's writes and its fsync at commit were each hit.
    EXPECT_GE(points, 2) << describe(c);
    EXPECT_TRUE(seen.count("write") && seen.count("sync")) << describe(c);
}

INSTANTIATE_TEST_SUITE_P(
    EveryPoint, SubmitUnderDiskFault,
    ::testing::Values(FaultCase{DiskFault::NoSpace, true, false}, FaultCase{DiskFault::Io, false, false},
                      FaultCase{DiskFault::NoSpace, true, true}, FaultCase{DiskFault::Io, false, true}),
    [](const ::testing::TestParamInfo<FaultCase>& param) { return describe(param.param); });

// The kiosk's sink turns each such failure into the calm "see the front
// desk" outcome, and saves the same answers once after the fault clears.
TEST(StoreSinkUnderDiskFault, FailsCalmlyAtEachPointThenSavesOnce) {
    FaultVfs& vfs = FaultVfs::instance();
    const auto result =
        ContraindicationEngine(testing::shipped_config().questionnaire).check(testing::clear_client(), testing::kToday, "en");
    int points = 0;
    for (int n = 1; n <= 500; ++n) {
        FaultyStore f(false);
        records::StoreSink sink(*f.k.store, testing::shipped_config(), [] { return testing::kNowMs + 100; });
        const AnswerSet set{"microneedling", "en", new_uuid(), testing::clear_client()};
        vfs.arm(n, DiskFault::NoSpace, true);
        const session::SaveOutcome outcome = sink.save(set, result);
        if (vfs.failures() == 0) {
            vfs.clear();
            EXPECT_TRUE(outcome.saved);
            points = n - 1;
            break;
        }
        SCOPED_TRACE("failing call " + std::to_string(n) + " (" + vfs.call_name(n) + ")");
        EXPECT_FALSE(outcome.saved);
        EXPECT_EQ(outcome.message_key, session::kSaveFailedKey);
        vfs.clear();
        EXPECT_TRUE(sink.save(set, result).saved);
        EXPECT_TRUE(sink.save(set, result).saved) << "a second tap is a retry, not a second row";
        std::vector<std::string> all = f.earlier;
        all.push_back(*set.submission_id);
        expect_intact(f.k, all);
        if (::testing::Test::HasFatalFailure()) return;
    }
    EXPECT_GE(points, 2);
}

}  // namespace
}  // namespace kiosk
