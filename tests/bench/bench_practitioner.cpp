// Practitioner mode figures with 100 000 submissions (DESIGN §3, §9): the
// unlock (Argon2id at the kiosk's own cost), the queue's first page right
// after it (bar: under 20 ms), the counts, building the name index (every
// submission opened once), and a search over the built index.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <array>
#include <chrono>
#include <fstream>
#include <memory>

#include "common/iso_time.hpp"
#include "crypto/key_wrap.hpp"
#include "practitioner/practitioner_session.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/sealed_submission.hpp"
#include "records/uuid.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace {

using namespace kiosk;

constexpr int kSubmissions = 100'000;
const std::string kBenchPractitioner = "Dr Bench";
const std::string kBenchPassphrase = "a bench passphrase of some length";

constexpr std::array<const char*, 16> kFirst{"Ana",   "José",  "María", "Björn", "Zoë",   "Chloé", "Łukasz", "Søren",
                                             "Núria", "Jürgen", "Inés",  "Ærin",  "Oisín", "Renée", "Dolores", "Sam"};
constexpr std::array<const char*, 16> kLast{"García", "Núñez",  "Ångström", "Müller",  "Dubois",  "Straße",
                                            "López",  "Øvergaard", "O'Neill", "Kowalski", "Fernández", "Smith",
                                            "Moreau", "Schäfer", "Ibáñez",   "Novák"};

// Resident memory in bytes, to put a size on the name index.
double rss_bytes() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE));
}

// 100 000 sealed submissions (a third of them flagged), each with its own
// name, and a practitioner whose key is wrapped at the kiosk's real cost.
struct BigQueue {
    testing::KioskData k;
    session::SystemClock clock;

    BigQueue() {
        const auto& cfg = testing::shipped_config();
        const ContraindicationEngine engine(cfg.questionnaire);
        k.store->connection().exec("PRAGMA synchronous = OFF");  // filling only; reopening restores FULL
        const char* flips[] = {"cold_sore_active", "diabetes", "keloid_history", "cold_sore_history"};
        for (int i = 0; i < kSubmissions; ++i) {
            auto answers = testing::clear_client();
            if (i % 3 != 0) answers[flips[i % 4]] = true;
            answers["first_name"] = std::string(kFirst[static_cast<size_t>(i) % kFirst.size()]);
            answers["last_name"] = std::string(kLast[static_cast<size_t>(i / 16) % kLast.size()]) + " " +
                                   std::to_string(i);
            AnswerSet set{"microneedling", "en", new_uuid(), std::move(answers)};
            const auto result = engine.check(set.answers, testing::kToday, "en");
            k.store->add_submission(
                records::seal_submission(cfg, set, result, testing::kNowMs + i * 1000LL, k.public_key));
        }
        auto keys = records::unlock(*k.store, testing::kPractitioner, testing::kPassphrase, testing::kNowMs);
        k.store->add_practitioner(kBenchPractitioner,
                                  crypto::wrap_secret_key(keys.unlocked->secret_key, kBenchPassphrase,
                                                          crypto::PwhashCost::moderate()),
                                  testing::kNowMs);
        k.reopen();
    }

    [[nodiscard]] std::unique_ptr<practitioner::PractitionerSession> session() {
        practitioner::PractitionerOptions options;
        options.export_dir = k.dir / "exports";
        options.idle_seconds = 3600;
        return std::make_unique<practitioner::PractitionerSession>(
            *k.store, testing::shipped_config(), clock, [] { return unix_now_ms(); }, options);
    }
};

BigQueue& big() {
    static BigQueue b;
    return b;
}

// One session, unlocked and with its index built, for the search figures.
practitioner::PractitionerSession& indexed() {
    static const auto s = [] {
        auto session = big().session();
        (void)session->unlock(kBenchPractitioner, kBenchPassphrase);
        while (session->index_step(500)) {
        }
        return session;
    }();
    return *s;
}

void BM_Unlock(benchmark::State& state) {
    auto s = big().session();
    for (auto _ : state) {
        const auto r = s->unlock(kBenchPractitioner, kBenchPassphrase);
        if (!r.unlocked) state.SkipWithError("the unlock was refused");
        state.PauseTiming();
        s->lock();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Unlock)->Iterations(5)->Unit(benchmark::kMillisecond);

void BM_FirstPageAfterUnlock100k(benchmark::State& state) {
    auto s = big().session();
    (void)s->unlock(kBenchPractitioner, kBenchPassphrase);
    practitioner::QueueQuery q;
    q.page_size = static_cast<size_t>(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(s->query(q));
}
BENCHMARK(BM_FirstPageAfterUnlock100k)->Arg(25)->Arg(50)->Unit(benchmark::kMillisecond);

void BM_FirstUnreviewedPage100k(benchmark::State& state) {
    auto s = big().session();
    (void)s->unlock(kBenchPractitioner, kBenchPassphrase);
    practitioner::QueueQuery q;
    q.reviewed = false;
    q.disposition = Severity::Defer;
    for (auto _ : state) benchmark::DoNotOptimize(s->query(q));
}
BENCHMARK(BM_FirstUnreviewedPage100k)->Unit(benchmark::kMillisecond);

// No submission in the population is declined: the filter must not scan them all.
void BM_FirstPageRareDisposition100k(benchmark::State& state) {
    auto s = big().session();
    (void)s->unlock(kBenchPractitioner, kBenchPassphrase);
    practitioner::QueueQuery q;
    q.disposition = Severity::Decline;
    for (auto _ : state) benchmark::DoNotOptimize(s->query(q));
}
BENCHMARK(BM_FirstPageRareDisposition100k)->Unit(benchmark::kMillisecond);

void BM_Counts100k(benchmark::State& state) {
    auto s = big().session();
    for (auto _ : state) benchmark::DoNotOptimize(s->counts());
}
BENCHMARK(BM_Counts100k)->Unit(benchmark::kMillisecond);

void BM_IndexBuild100k(benchmark::State& state) {
    auto s = big().session();
    double rss_growth = 0;
    double step_ms = 0;
    for (auto _ : state) {
        state.PauseTiming();
        (void)s->unlock(kBenchPractitioner, kBenchPassphrase);
        const double before = rss_bytes();
        state.ResumeTiming();
        size_t steps = 0;
        const auto t0 = std::chrono::steady_clock::now();
        while (s->index_step(250)) ++steps;
        ++steps;
        step_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
                  static_cast<double>(steps);
        state.PauseTiming();
        rss_growth = rss_bytes() - before;
        if (!s->index_progress().complete()) state.SkipWithError("the index is not complete");
        s->lock();
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = benchmark::Counter(kSubmissions, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["ms_per_250_rows"] = step_ms;
    state.counters["rss_growth_MB"] = rss_growth / 1e6;
}
BENCHMARK(BM_IndexBuild100k)->Iterations(2)->Unit(benchmark::kMillisecond);

void BM_Search100k(benchmark::State& state) {
    auto& s = indexed();
    practitioner::QueueQuery q;
    q.search = state.range(0) == 0 ? "GARCIA" : "zoe strasse 9";
    q.page_size = 50;
    size_t total = 0;
    for (auto _ : state) {
        auto page = s.query(q);
        total = page.total;
        benchmark::DoNotOptimize(page);
    }
    state.counters["matches"] = static_cast<double>(total);
}
BENCHMARK(BM_Search100k)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
