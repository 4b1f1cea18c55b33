// The contraindication check on the shipped rules (bar: under 50 µs) and the
// config load that the kiosk and every CLI command start with.
#include <benchmark/benchmark.h>

#include "questionnaire/loader.hpp"
#include "questionnaire/validation.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"

namespace {

using kiosk::testing::clear_client;
using kiosk::testing::kToday;
using kiosk::testing::shipped_config;

void BM_CheckClearClient(benchmark::State& state) {
    const kiosk::ContraindicationEngine engine(shipped_config().questionnaire);
    const auto answers = clear_client();
    for (auto _ : state) benchmark::DoNotOptimize(engine.check(answers, kToday, "en"));
}
BENCHMARK(BM_CheckClearClient)->Unit(benchmark::kMicrosecond);

// Many rules firing: every finding's texts copied out.
void BM_CheckEverythingFires(benchmark::State& state) {
    const kiosk::ContraindicationEngine engine(shipped_config().questionnaire);
    auto answers = clear_client();
    for (auto& [id, a] : answers)
        if (std::holds_alternative<bool>(a) && id.rfind("consent", 0) != 0) a = true;
    answers["dob"] = kiosk::Date{2010, 1, 1};
    answers["isotretinoin_last_dose"] = kiosk::Date{2026, 10, 1};
    for (auto _ : state) benchmark::DoNotOptimize(engine.check(answers, kToday, "en"));
}
BENCHMARK(BM_CheckEverythingFires)->Unit(benchmark::kMicrosecond);

// What `check` and `submit` do per answers file: validate, then check.
void BM_ValidateAndCheck(benchmark::State& state) {
    const auto& q = shipped_config().questionnaire;
    const kiosk::ContraindicationEngine engine(q);
    const auto answers = clear_client();
    for (auto _ : state) {
        auto a = answers;
        benchmark::DoNotOptimize(kiosk::validate_answers(q, a, kiosk::Completeness::Submit, kToday));
        benchmark::DoNotOptimize(engine.check(a, kToday, "en"));
    }
}
BENCHMARK(BM_ValidateAndCheck)->Unit(benchmark::kMicrosecond);

void BM_LoadShippedConfig(benchmark::State& state) {
    const std::string dir = std::string(KIOSK_SOURCE_DIR) + "/kiosk-config";
    for (auto _ : state) benchmark::DoNotOptimize(kiosk::load_config(dir));
}
BENCHMARK(BM_LoadShippedConfig)->Unit(benchmark::kMillisecond);

}  // namespace
