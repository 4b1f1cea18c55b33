// One frame's CPU time on the busiest client screens (DESIGN §9: under 2 ms,
// rasterisation aside): ImGui::NewFrame + KioskShell::draw + ImGui::Render,
// headless (an ImGui context with the real theme and fonts, no renderer, no
// GL), on the shipped config. The screens are reached through the real UI
// with the replay driver, as a client would: the first questions page with
// the on-screen keyboard up, and the review page with every answer given
// (tests/e2e/demo.replay up to the review), also at the largest text size in
// high contrast and while a finger drags the page.
//
// Each frame's CPU time is the thread's own (CLOCK_THREAD_CPUTIME_ID); the
// counters give the mean and the 99th percentile in microseconds.
#include <benchmark/benchmark.h>

#include <time.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <imgui.h>

#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "support/headless_ui.hpp"

namespace {

// A replay in tests/e2e up to (and with) the review screen, without its screenshots.
std::string to_review(const std::string& replay) {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/tests/e2e/" + replay);
    std::string line;
    std::string out;
    while (std::getline(in, line)) {
        if (line.starts_with("screenshot")) continue;
        out += line + '\n';
        if (line == "expect-screen review") break;
    }
    return out;
}

double thread_cpu_us() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// The kiosk, headless (tests/support/headless_ui), on the shipped config,
// brought to a screen by a script. The drawn text is not recorded: the
// kiosk itself does not.
std::unique_ptr<kiosk::test::HeadlessUi> kiosk_at(const std::string& script) {
    auto ui = std::make_unique<kiosk::test::HeadlessUi>(kiosk::testing::shipped_config());
    ui->record_text(false);
    kiosk::replay::ParseResult parsed = kiosk::replay::parse_script(script, "bench.replay");
    if (!std::holds_alternative<kiosk::replay::Script>(parsed)) throw std::runtime_error("bad bench script");
    kiosk::replay::ReplayDriver driver(std::get<kiosk::replay::Script>(std::move(parsed)), "");
    ui->play(driver, 20000);
    if (driver.exit_code() != 0) throw std::runtime_error(driver.message());
    for (int i = 0; i < 5; ++i) ui->frame(ImVec2(-FLT_MAX, -FLT_MAX), false);  // settle
    return ui;
}

enum class Pointer { Still, Dragging };

void run_frames(benchmark::State& state, const std::string& script, std::string_view expect_screen, Pointer pointer) {
    const std::unique_ptr<kiosk::test::HeadlessUi> ui = kiosk_at(script);
    if (ui->shell().screen_name() != expect_screen) {
        state.SkipWithError(("reached screen " + std::string(ui->shell().screen_name())).c_str());
        return;
    }
    // A finger on the page's left margin, moving up and down by 200 px.
    const ImVec2 at(40.0F, 400.0F);
    if (pointer == Pointer::Dragging) ui->frame(at, true);
    std::vector<double> us;
    us.reserve(100000);
    int i = 0;
    for (auto _ : state) {
        const int phase = i++ % 40;  // a triangle wave: 0 .. 200 px .. 0
        const float dy = pointer == Pointer::Dragging ? 10.0F * static_cast<float>(phase < 20 ? phase : 40 - phase) : 0.0F;
        const double t0 = thread_cpu_us();
        ui->frame(ImVec2(at.x, at.y - dy), pointer == Pointer::Dragging);
        us.push_back(thread_cpu_us() - t0);
    }
    if (us.empty()) return;
    std::sort(us.begin(), us.end());
    double sum = 0;
    for (const double v : us) sum += v;
    state.counters["mean_us"] = sum / static_cast<double>(us.size());
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
    state.counters["max_us"] = us.back();
    state.counters["vertices"] = static_cast<double>(ImGui::GetDrawData()->TotalVtxCount);
    state.counters["widgets"] = static_cast<double>(ui->widgets().entries().size());
}

const std::string kKeyboardUp = "tap start\ntap skip\nexpect-screen questions\ntap first_name\n";
const std::string kLargest = "tap text_size=3\ntap contrast=high\n";  // as large_text.replay starts

void BM_Frame_QuestionsKeyboardUp(benchmark::State& state) {
    run_frames(state, kKeyboardUp, "questions", Pointer::Still);
}
void BM_Frame_QuestionsKeyboardUp_Largest(benchmark::State& state) {
    run_frames(state, kLargest + kKeyboardUp, "questions", Pointer::Still);
}
void BM_Frame_ReviewAllAnswers(benchmark::State& state) {
    run_frames(state, to_review("demo.replay"), "review", Pointer::Still);
}
void BM_Frame_ReviewAllAnswers_Dragging(benchmark::State& state) {
    run_frames(state, to_review("demo.replay"), "review", Pointer::Dragging);
}
void BM_Frame_ReviewAllAnswers_Largest(benchmark::State& state) {
    run_frames(state, to_review("large_text.replay"), "review", Pointer::Still);
}

}  // namespace

BENCHMARK(BM_Frame_QuestionsKeyboardUp)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_Frame_QuestionsKeyboardUp_Largest)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_Frame_ReviewAllAnswers)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_Frame_ReviewAllAnswers_Dragging)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_Frame_ReviewAllAnswers_Largest)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
