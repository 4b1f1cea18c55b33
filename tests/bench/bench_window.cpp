// The kiosk's window against a bare ImGui + GLFW window, on the same machine
// in the same run (DESIGN §9): start to first frame (bar 1.5x), peak memory
// (bar 1.3x), CPU over 20 s untouched on the attract screen (bar 0.05 s).
// Needs a display: run under `xvfb-run -a -s "-screen 0 1280x800x24"`.
#include <benchmark/benchmark.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct ChildUsage {
    double wall_ms = 0;
    double cpu_s = 0;
    double max_rss_mb = 0;
};

// CPU seconds a live process has used so far (utime + stime from /proc).
double cpu_so_far(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(in, line);
    // Fields after the command name (which may hold spaces) start past ')'.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    unsigned long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::stoul(field);
        if (i == 15) stime = std::stoul(field);
    }
    return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

// Runs argv to completion or, with `idle_s`, lets it settle for 3 s, then
// measures the CPU it spends over the next `idle_s` seconds and ends it.
ChildUsage run(const std::vector<std::string>& argv, double idle_s = 0) {
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        _exit(127);
    }
    double idle_cpu = -1;
    if (idle_s > 0) {
        ::sleep(3);
        const double before = cpu_so_far(pid);
        ::usleep(static_cast<useconds_t>(idle_s * 1e6));
        idle_cpu = cpu_so_far(pid) - before;
        ::kill(pid, SIGTERM);
    }
    int status = 0;
    rusage ru{};
    ::wait4(pid, &status, 0, &ru);
    ChildUsage u;
    u.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    u.cpu_s = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
              static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    u.max_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
    if (idle_cpu >= 0) u.cpu_s = idle_cpu;  // only the untouched stretch
    return u;
}

std::string data_dir() {
    static const std::string dir = [] {
        const std::string d = std::filesystem::temp_directory_path() / ("kiosk-bench-window-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        const std::string pass = d + "/pass";
        std::ofstream(pass) << "benchmark passphrase\n";
        const std::string cmd = std::string(KIOSK_EXE) + " init --data " + d + "/data --practitioner Bench --passphrase-file " + pass + " >/dev/null";
        if (std::system(cmd.c_str()) != 0) std::abort();
        std::ofstream(d + "/quit.replay") << "quit\n";
        return d;
    }();
    return dir;
}

std::vector<std::string> kiosk(const std::vector<std::string>& extra) {
    std::vector<std::string> argv = {KIOSK_EXE, "--windowed", "--config", std::string(KIOSK_SOURCE_DIR) + "/kiosk-config",
                                     "--data", data_dir() + "/data"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
}

void report(benchmark::State& state, const std::vector<ChildUsage>& runs) {
    double wall = 0, rss = 0, cpu = 0;
    for (const auto& r : runs) {
        wall += r.wall_ms;
        rss = std::max(rss, r.max_rss_mb);
        cpu += r.cpu_s;
    }
    const auto n = static_cast<double>(runs.size());
    state.counters["wall_ms"] = wall / n;
    state.counters["peak_rss_MB"] = rss;
    state.counters["cpu_s"] = cpu / n;
}

// Start to first frame: the process starts, presents one frame and exits.
void BM_FirstFrame_Bare(benchmark::State& state) {
    std::vector<ChildUsage> runs;
    for (auto _ : state) {
        runs.push_back(run({BARE_WINDOW, "--first-frame"}));
        state.SetIterationTime(runs.back().wall_ms / 1000.0);
    }
    report(state, runs);
}
BENCHMARK(BM_FirstFrame_Bare)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);

void BM_FirstFrame_Kiosk(benchmark::State& state) {
    std::vector<ChildUsage> runs;
    for (auto _ : state) {
        runs.push_back(run(kiosk({"--replay", data_dir() + "/quit.replay"})));
        state.SetIterationTime(runs.back().wall_ms / 1000.0);
    }
    report(state, runs);
}
BENCHMARK(BM_FirstFrame_Kiosk)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);

// CPU spent over 20 s with nobody touching the window (after 3 s to settle).
void BM_Idle20s_Bare(benchmark::State& state) {
    std::vector<ChildUsage> runs;
    for (auto _ : state) runs.push_back(run({BARE_WINDOW}, 20.0));
    report(state, runs);
}
BENCHMARK(BM_Idle20s_Bare)->Iterations(1)->Unit(benchmark::kSecond);

void BM_Idle20s_KioskAttract(benchmark::State& state) {
    std::vector<ChildUsage> runs;
    for (auto _ : state) runs.push_back(run(kiosk({}), 20.0));
    report(state, runs);
}
BENCHMARK(BM_Idle20s_KioskAttract)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
