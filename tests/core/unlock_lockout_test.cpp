// The unlock's lockout under parallel attempts, the same Argon2id work for an
// unknown name, and the wrap's cost (DESIGN §6, §7; issue #9). No timing:
// key derivations are observed through crypto::observe_key_derivations, and
// parallel attempts are held at the derivation until every other attempt
// has either reached its own derivation or finished, so every attempt that
// derives overlaps every other one.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "crypto/key_wrap.hpp"
#include "records/practitioner_unlock.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

using records::UnlockRefusal;
using storage::Store;

const std::string kName = testing::kPractitioner;
const std::string kPass = testing::kPassphrase;
constexpr std::int64_t kNow = testing::kNowMs;

// Every derivation's cost, in order (single-threaded tests).
std::vector<crypto::PwhashCost>* g_costs = nullptr;
void record_cost(crypto::PwhashCost cost) { g_costs->push_back(cost); }

class CountingDerivations {
public:
    CountingDerivations() {
        g_costs = &costs;
        crypto::observe_key_derivations(record_cost);
    }
    ~CountingDerivations() {
        crypto::observe_key_derivations(nullptr);
        g_costs = nullptr;
    }
    CountingDerivations(const CountingDerivations&) = delete;
    CountingDerivations& operator=(const CountingDerivations&) = delete;
    std::vector<crypto::PwhashCost> costs;
};

// Holds each derivation until all `total` attempts have derived or finished.
struct Gate {
    std::mutex m;
    std::condition_variable cv;
    int total = 0;
    int arrived_or_done = 0;
    int derivations = 0;

    void arrive(bool deriving) {
        std::unique_lock lock(m);
        ++arrived_or_done;
        derivations += deriving ? 1 : 0;
        cv.notify_all();
        if (deriving) cv.wait(lock, [this] { return arrived_or_done >= total; });
    }
};
Gate* g_gate = nullptr;
void at_gate(crypto::PwhashCost) { g_gate->arrive(true); }

struct Outcome {
    bool unlocked = false;
    UnlockRefusal refusal = UnlockRefusal::WrongPassphrase;
};

// Every passphrase in its own thread, each with its own Store (connection
// and writer lock), all started together.
std::vector<Outcome> unlock_together(const std::string& data_dir, const std::vector<std::string>& passphrases) {
    Gate gate;
    gate.total = static_cast<int>(passphrases.size());
    g_gate = &gate;
    crypto::observe_key_derivations(at_gate);
    std::vector<Outcome> outcomes(passphrases.size());
    std::vector<std::unique_ptr<Store>> stores;
    for (size_t i = 0; i < passphrases.size(); ++i) stores.push_back(Store::open(data_dir, {}));
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (size_t i = 0; i < passphrases.size(); ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready.load() < gate.total) std::this_thread::yield();
            const auto r = records::unlock(*stores[i], kName, passphrases[i], kNow, crypto::PwhashCost::minimum());
            outcomes[i] = {r.unlocked.has_value(), r.refusal};
            gate.arrive(false);
        });
    }
    for (auto& t : threads) t.join();
    crypto::observe_key_derivations(nullptr);
    g_gate = nullptr;
    return outcomes;
}

int audited(Store& store, std::string_view event, std::string_view details_start) {
    int n = 0;
    for (const auto& e : store.audit_entries())
        if (e.event == event && e.details.starts_with(details_start)) ++n;
    return n;
}

TEST(UnlockLockout, ParallelWrongPassphrasesAreEachCountedAndLockOut) {
    testing::KioskData k;
    const std::vector<std::string> wrong(19, "not the passphrase at all");
    const auto outcomes = unlock_together(k.dir.str(), wrong);
    EXPECT_TRUE(std::ranges::none_of(outcomes, [](const Outcome& o) { return o.unlocked; }));

    // Five attempts checked their passphrase; the five counts locked the
    // practitioner out and the other fourteen were refused without a check.
    EXPECT_EQ(audited(*k.store, "unlock_failed", "wrong passphrase"), 5);
    EXPECT_EQ(audited(*k.store, "unlock_failed", "locked out"), 14);
    const auto rec = k.store->practitioner(kName);
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->failed_count, 5);
    EXPECT_EQ(rec->locked_until_ms, kNow + records::kFirstLockoutMs);
    EXPECT_EQ(std::ranges::count_if(outcomes, [](const Outcome& o) { return o.refusal == UnlockRefusal::LockedOut; }),
              15);  // the fifth failure's own answer is the lockout too

    // The right passphrase now waits like the rest.
    const auto right = records::unlock(*k.store, kName, kPass, kNow + 1000, crypto::PwhashCost::minimum());
    EXPECT_FALSE(right.unlocked);
    EXPECT_EQ(right.refusal, UnlockRefusal::LockedOut);
}

TEST(UnlockLockout, NineteenWrongAndTheRightOneStartedTogether) {
    testing::KioskData k;
    std::vector<std::string> passphrases(19, "not the passphrase at all");
    passphrases.insert(passphrases.begin() + 7, kPass);
    const auto outcomes = unlock_together(k.dir.str(), passphrases);

    const int checked_wrong = audited(*k.store, "unlock_failed", "wrong passphrase");
    const int refused_locked = audited(*k.store, "unlock_failed", "locked out");
    const auto rec = k.store->practitioner(kName);
    ASSERT_TRUE(rec);
    EXPECT_EQ(checked_wrong + refused_locked + (outcomes[7].unlocked ? 1 : 0), 20) << "every attempt audited";
    if (outcomes[7].unlocked) {
        // Among the first five: it cleared the failures counted before it;
        // those counted after it stay.
        EXPECT_EQ(checked_wrong, 4);
        const auto log = k.store->audit_entries();
        const auto ok = std::ranges::find_if(log, [](const auto& e) { return e.event == "unlock"; });
        ASSERT_NE(ok, log.end());
        const int cleared = ok->details.empty() ? 0 : std::atoi(ok->details.c_str());
        EXPECT_EQ(rec->failed_count, checked_wrong - cleared);
        EXPECT_EQ(refused_locked, 15);
    } else {
        // Too late: the lockout that five failures set refuses it as well.
        EXPECT_EQ(outcomes[7].refusal, UnlockRefusal::LockedOut);
        EXPECT_EQ(checked_wrong, 5);
        EXPECT_EQ(rec->failed_count, 5);
        EXPECT_GT(rec->locked_until_ms, kNow);
    }
}

TEST(UnlockLockout, AFailureIsCountedBeforeTheKeyDerivationRuns) {
    // A process killed during the derivation has already counted its attempt.
    testing::KioskData k;
    static Store* store = nullptr;
    static int seen = -1;
    store = k.store.get();
    crypto::observe_key_derivations([](crypto::PwhashCost) { seen = store->practitioner(kName)->failed_count; });
    const auto r = records::unlock(*k.store, kName, "not the passphrase at all", kNow, crypto::PwhashCost::minimum());
    crypto::observe_key_derivations(nullptr);
    EXPECT_FALSE(r.unlocked);
    EXPECT_EQ(seen, 1);
    EXPECT_EQ(k.store->practitioner(kName)->failed_count, 1);
}

TEST(UnlockLockout, ASuccessClearsTheCount) {
    testing::KioskData k;
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(
            records::unlock(*k.store, kName, "not the passphrase", kNow, crypto::PwhashCost::minimum()).unlocked);
    EXPECT_EQ(k.store->practitioner(kName)->failed_count, 3);
    ASSERT_TRUE(records::unlock(*k.store, kName, kPass, kNow, crypto::PwhashCost::minimum()).unlocked);
    EXPECT_EQ(k.store->practitioner(kName)->failed_count, 0);
    EXPECT_EQ(k.store->practitioner(kName)->locked_until_ms, 0);
    EXPECT_EQ(k.store->audit_entries().back().details, "3 earlier failed attempts cleared");
}

TEST(UnlockTiming, AnUnknownNameDoesTheSameKeyDerivationAsAWrongPassphrase) {
    testing::KioskData k;
    const crypto::PwhashCost cost = crypto::PwhashCost::minimum();
    CountingDerivations d;
    const auto wrong = records::unlock(*k.store, kName, "not the passphrase", kNow, cost);
    ASSERT_EQ(d.costs.size(), 1U);
    const auto unknown = records::unlock(*k.store, "Dr Nobody", "not the passphrase", kNow, cost);
    ASSERT_EQ(d.costs.size(), 2U) << "an unknown name derives a key too";
    EXPECT_EQ(d.costs[1], d.costs[0]);
    EXPECT_FALSE(unknown.unlocked);
    EXPECT_EQ(unknown.message(), wrong.message());
    EXPECT_EQ(k.store->audit_entries().back().details, "unknown practitioner");

    // At the configured cost, whatever it is.
    const crypto::PwhashCost other{cost.opslimit + 1, cost.memlimit * 2};
    (void)records::unlock(*k.store, "Dr Nobody", "not the passphrase", kNow, other);
    ASSERT_EQ(d.costs.size(), 3U);
    EXPECT_EQ(d.costs[2], other);
}

TEST(WrapCost, AKeyWrappedAtAnOldCostIsRewrappedByOneUnlockAndStillOpens) {
    testing::KioskData k;  // wrapped at the minimum cost
    const crypto::PwhashCost old_cost = crypto::PwhashCost::minimum();
    const crypto::PwhashCost new_cost{old_cost.opslimit + 1, old_cost.memlimit * 2};
    const crypto::WrappedKey before = k.store->practitioner(kName)->wrapped;
    ASSERT_EQ(crypto::cost_of(before), old_cost);

    CountingDerivations d;
    const auto first = records::unlock(*k.store, kName, kPass, kNow, new_cost);
    ASSERT_TRUE(first.unlocked);
    ASSERT_EQ(d.costs.size(), 2U) << "unwrap at the stored cost, wrap at the new one";
    EXPECT_EQ(d.costs[0], old_cost);
    EXPECT_EQ(d.costs[1], new_cost);
    const crypto::WrappedKey after = k.store->practitioner(kName)->wrapped;
    EXPECT_EQ(crypto::cost_of(after), new_cost);
    EXPECT_NE(after.salt, before.salt);
    EXPECT_NE(k.store->audit_entries().back().details.find("re-wrapped"), std::string::npos);

    // The same clinic key, at the new cost, with nothing more to re-wrap.
    const auto second = records::unlock(*k.store, kName, kPass, kNow + 1, new_cost);
    ASSERT_TRUE(second.unlocked);
    EXPECT_EQ(d.costs.size(), 3U);
    EXPECT_TRUE(std::ranges::equal(second.unlocked->secret_key.bytes(), first.unlocked->secret_key.bytes()));
    EXPECT_EQ(k.store->audit_entries().back().details, "");
}

TEST(WrapCost, AWrongPassphraseNeverRewraps) {
    testing::KioskData k;
    const crypto::PwhashCost new_cost{crypto::PwhashCost::minimum().opslimit + 1,
                                      crypto::PwhashCost::minimum().memlimit * 2};
    EXPECT_FALSE(records::unlock(*k.store, kName, "not the passphrase", kNow, new_cost).unlocked);
    EXPECT_EQ(crypto::cost_of(k.store->practitioner(kName)->wrapped), crypto::PwhashCost::minimum());
}

TEST(WrapCost, TheConfiguredCostIsModerateUnlessATestRunAsksForTheMinimum) {
    const char* saved = std::getenv(crypto::kTestCostVariable);
    const std::string saved_value = saved != nullptr ? saved : "";
    ::unsetenv(crypto::kTestCostVariable);
    const crypto::PwhashCost real = crypto::PwhashCost::configured();
    ::setenv(crypto::kTestCostVariable, "interactive", 1);  // only "minimum" is a test cost
    const crypto::PwhashCost other = crypto::PwhashCost::configured();
    ::setenv(crypto::kTestCostVariable, "minimum", 1);
    const crypto::PwhashCost test = crypto::PwhashCost::configured();
    if (saved != nullptr)
        ::setenv(crypto::kTestCostVariable, saved_value.c_str(), 1);
    else
        ::unsetenv(crypto::kTestCostVariable);

    EXPECT_EQ(real, crypto::PwhashCost::moderate());
    EXPECT_GE(real.memlimit, std::uint64_t{256} << 20);  // crypto_pwhash_argon2id_MEMLIMIT_MODERATE
    EXPECT_GE(real.opslimit, 3U);
    EXPECT_EQ(other, real);
    EXPECT_EQ(test, crypto::PwhashCost::minimum());
}

}  // namespace
}  // namespace kiosk
