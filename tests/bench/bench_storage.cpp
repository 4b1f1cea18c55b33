// Storage figures (DESIGN §9): submit = check + seal + durable commit with
// synchronous=FULL (bar: p99 under 20 ms); the queue's first page and a
// filtered page with 100 000 submissions (bar: under 20 ms); bytes per
// submission on disk.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <vector>

#include "records/sealed_submission.hpp"
#include "records/uuid.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace {

using namespace kiosk;
using Clock = std::chrono::steady_clock;

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

void BM_SubmitDurable(benchmark::State& state) {
    testing::KioskData k;
    const auto& cfg = testing::shipped_config();
    const ContraindicationEngine engine(cfg.questionnaire);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        AnswerSet set{"microneedling", "en", new_uuid(), testing::clear_client()};
        const auto result = engine.check(set.answers, testing::kToday, "en");
        k.store->add_submission(records::seal_submission(cfg, set, result, testing::kNowMs, k.public_key));
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p99_ms"] = percentile(ms, 0.99);
    state.counters["max_ms"] = percentile(ms, 1.0);
}
BENCHMARK(BM_SubmitDurable)->Iterations(500)->Unit(benchmark::kMillisecond);

// 100 000 submissions, written once for the queue figures.
struct BigStore {
    testing::KioskData k;
    double bytes_per_submission = 0;
    BigStore() {
        const auto& cfg = testing::shipped_config();
        const ContraindicationEngine engine(cfg.questionnaire);
        // Filling only: no fsync per commit (reopening restores synchronous=FULL).
        k.store->connection().exec("PRAGMA synchronous = OFF");
        const char* flips[] = {"cold_sore_active", "diabetes", "keloid_history", "cold_sore_history"};
        for (int i = 0; i < 100'000; ++i) {
            auto answers = testing::clear_client();
            if (i % 3 != 0) answers[flips[i % 4]] = true;
            AnswerSet set{"microneedling", "en", new_uuid(), std::move(answers)};
            const auto result = engine.check(set.answers, testing::kToday, "en");
            k.store->add_submission(records::seal_submission(cfg, set, result, testing::kNowMs + i * 1000LL, k.public_key));
        }
        k.reopen();  // checkpoint so the file holds everything
        const auto size = std::filesystem::file_size(storage::Store::path_in(k.dir.str()));
        bytes_per_submission = static_cast<double>(size) / 100'000.0;
    }
};

BigStore& big() {
    static BigStore b;
    return b;
}

void BM_QueueFirstPage100k(benchmark::State& state) {
    auto& b = big();
    for (auto _ : state) benchmark::DoNotOptimize(b.k.store->list({}));
    state.counters["bytes_per_submission"] = b.bytes_per_submission;
}
BENCHMARK(BM_QueueFirstPage100k)->Unit(benchmark::kMillisecond);

void BM_QueueFilteredUnreviewed100k(benchmark::State& state) {
    auto& b = big();
    const storage::ListFilter f{.disposition = Severity::Defer, .reviewed = false, .limit = 50, .offset = 0};
    for (auto _ : state) benchmark::DoNotOptimize(b.k.store->list(f));
}
BENCHMARK(BM_QueueFilteredUnreviewed100k)->Unit(benchmark::kMillisecond);

void BM_QueueCounts100k(benchmark::State& state) {
    auto& b = big();
    for (auto _ : state) {
        for (auto s : {Severity::Clear, Severity::Review, Severity::Clearance, Severity::Defer, Severity::Decline})
            benchmark::DoNotOptimize(b.k.store->count(s));
    }
}
BENCHMARK(BM_QueueCounts100k)->Unit(benchmark::kMillisecond);

}  // namespace
