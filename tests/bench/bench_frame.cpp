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
#include <cstdint>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <imgui.h>

#include "questionnaire/loader.hpp"
#include "replay/driver.hpp"
#include "replay/script.hpp"
#include "screens/kiosk_shell.hpp"
#include "session/clock.hpp"
#include "session/intake_session.hpp"
#include "theme/config_text.hpp"
#include "theme/flow_strings.hpp"
#include "theme/ui_strings.hpp"
#include "theme/ui_theme.hpp"

namespace {

const ImVec2 kDisplay(1280, 800);

class FixedClock final : public kiosk::session::Clock {
public:
    [[nodiscard]] std::int64_t now_ms() const override { return now; }
    [[nodiscard]] kiosk::Date today() const override { return {2026, 11, 25}; }
    std::int64_t now = 1'000'000;
};

class NoSink final : public kiosk::session::SubmissionSink {
public:
    kiosk::session::SaveOutcome save(const kiosk::AnswerSet&, const kiosk::CheckResult&) override {
        return kiosk::session::SaveOutcome::ok();
    }
};

const kiosk::KioskConfig& shipped() {
    static const kiosk::KioskConfig config = [] {
        kiosk::LoadResult r = kiosk::load_config(std::string(KIOSK_SOURCE_DIR) + "/kiosk-config");
        if (std::holds_alternative<kiosk::Diagnostics>(r)) throw std::runtime_error("the shipped config is broken");
        return std::get<kiosk::KioskConfig>(std::move(r));
    }();
    return config;
}

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

// The kiosk, headless, brought to a screen by a script.
class Kiosk {
public:
    explicit Kiosk(const std::string& script) {
        m_session = std::make_unique<kiosk::session::IntakeSession>(shipped(), m_clock, m_sink,
                                                                    [] { return std::string("bench"); });
        m_shell = std::make_unique<kiosk::ui::KioskShell>(*m_session, "", kiosk::Date{2026, 11, 25});
        m_context = ImGui::CreateContext();
        ImGui::SetCurrentContext(m_context);
        std::vector<std::string_view> text = kiosk::ui::all_ui_text();
        for (const std::vector<std::string_view>& more : {kiosk::ui::all_flow_text(), kiosk::ui::config_text(shipped())})
            text.insert(text.end(), more.begin(), more.end());
        if (const std::string w = kiosk::ui::init_ui_theme(m_theme, shipped().clinic.theme, 1.0F, text); !w.empty())
            throw std::runtime_error(w);
        build_atlas();

        kiosk::replay::ParseResult parsed = kiosk::replay::parse_script(script, "bench.replay");
        if (!std::holds_alternative<kiosk::replay::Script>(parsed)) throw std::runtime_error("bad bench script");
        kiosk::replay::ReplayDriver driver(std::get<kiosk::replay::Script>(std::move(parsed)), "");
        const kiosk::replay::ScreenshotWriter none = [](const std::string&) { return std::string(); };
        for (int i = 0; i < 20000 && !driver.finished(); ++i) {
            ImGuiIO io;
            driver.apply_pointer(io);
            frame(io.MousePos, io.MouseDown[0]);
            driver.after_frame({16.0 * i, m_shell->screen_name(), m_shell->widgets(), m_session.get()}, none);
        }
        if (driver.exit_code() != 0) throw std::runtime_error(driver.message());
        for (int i = 0; i < 5; ++i) frame(ImVec2(-FLT_MAX, -FLT_MAX), false);  // settle
    }
    Kiosk(const Kiosk&) = delete;
    Kiosk& operator=(const Kiosk&) = delete;
    ~Kiosk() {
        m_shell.reset();
        ImGui::DestroyContext(m_context);
    }

    // One frame as the platform draws it, without the GL calls: the theme
    // follows the client's display preferences between frames.
    void frame(ImVec2 pointer, bool down) {
        ImGui::SetCurrentContext(m_context);
        if (const auto want = m_shell->display_prefs(); want && *want != m_theme.prefs)
            if (kiosk::ui::apply_display_prefs(m_theme, *want)) build_atlas();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = kDisplay;
        io.DeltaTime = 1.0F / 60.0F;
        io.MousePos = pointer;
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        (void)m_shell->draw(m_theme);
        ImGui::Render();
    }
    [[nodiscard]] std::string_view screen() const { return m_shell->screen_name(); }
    [[nodiscard]] size_t vertices() const { return static_cast<size_t>(ImGui::GetDrawData()->TotalVtxCount); }
    [[nodiscard]] const kiosk::ui::WidgetRegistry& widgets() const { return m_shell->widgets(); }

private:
    static void build_atlas() {
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }

    FixedClock m_clock;
    NoSink m_sink;
    kiosk::ui::UiTheme m_theme;
    ImGuiContext* m_context = nullptr;
    std::unique_ptr<kiosk::session::IntakeSession> m_session;
    std::unique_ptr<kiosk::ui::KioskShell> m_shell;
};

enum class Pointer { Still, Dragging };

void run_frames(benchmark::State& state, const std::string& script, std::string_view expect_screen, Pointer pointer) {
    Kiosk kiosk(script);
    if (kiosk.screen() != expect_screen) {
        state.SkipWithError(("reached screen " + std::string(kiosk.screen())).c_str());
        return;
    }
    // A finger on the page's left margin, moving up and down by 200 px.
    const ImVec2 at(40.0F, 400.0F);
    if (pointer == Pointer::Dragging) kiosk.frame(at, true);
    std::vector<double> us;
    us.reserve(100000);
    int i = 0;
    for (auto _ : state) {
        const int phase = i++ % 40;  // a triangle wave: 0 .. 200 px .. 0
        const float dy = pointer == Pointer::Dragging ? 10.0F * static_cast<float>(phase < 20 ? phase : 40 - phase) : 0.0F;
        const double t0 = thread_cpu_us();
        kiosk.frame(ImVec2(at.x, at.y - dy), pointer == Pointer::Dragging);
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
    state.counters["vertices"] = static_cast<double>(kiosk.vertices());
    state.counters["widgets"] = static_cast<double>(kiosk.widgets().entries().size());
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
