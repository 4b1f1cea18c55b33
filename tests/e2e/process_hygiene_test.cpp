// Issue 9, process hygiene: every run of the executable, kiosk or command,
// turns core dumps off (RLIMIT_CORE 0) and makes itself non-dumpable before it
// reads anything. Checked on a live process: `check --answers -` waits on
// its standard input (a pipe this test keeps open) while the test looks at
// /proc/PID.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include "e2e/e2e_support.hpp"

namespace kiosk {
namespace {

constexpr uid_t kNobody = 65534;

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The process state letter from /proc/PID/stat ('S' while blocked on a read).
char state_of(pid_t pid) {
    const std::string stat = slurp("/proc/" + std::to_string(pid) + "/stat");
    const auto paren = stat.rfind(')');
    return paren == std::string::npos || paren + 2 >= stat.size() ? '?' : stat[paren + 2];
}

// `intake-kiosk check --answers -` with its stdin on a pipe that stays open,
// so it sits in read(0). As root it runs as nobody: a non-dumpable process's
// /proc/PID belongs to root, which can only be told apart from its own uid
// when that is not root.
class BlockedCheck {
public:
    BlockedCheck() {
        int fds[2];
        if (::pipe(fds) != 0) return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::dup2(fds[0], 0);
            ::close(fds[0]);
            ::close(fds[1]);
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 1);
            ::dup2(null, 2);
            if (::getuid() == 0 && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)) ::_exit(126);
            ::execl(KIOSK_EXE, KIOSK_EXE, "check", "--config", e2e::kShipped.c_str(), "--answers", "-",
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(fds[0]);
        m_stdin = fds[1];
    }
    BlockedCheck(const BlockedCheck&) = delete;
    BlockedCheck& operator=(const BlockedCheck&) = delete;
    ~BlockedCheck() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_stdin >= 0) ::close(m_stdin);
    }
    [[nodiscard]] pid_t pid() const { return m_pid; }
    // True once it sleeps (in read(0), having started); false if it ended.
    [[nodiscard]] bool wait_until_blocked() const {
        // Not a timing assertion: the bound only keeps a broken run from hanging.
        for (int i = 0; i < 3000; ++i) {
            if (state_of(m_pid) == 'S') return true;
            if (::waitpid(m_pid, nullptr, WNOHANG) != 0) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return false;
    }

private:
    pid_t m_pid = -1;
    int m_stdin = -1;
};

TEST(E2eProcessHygiene, CoreDumpsOffInARunningCommand) {
    const BlockedCheck run;
    ASSERT_GT(run.pid(), 0);
    ASSERT_TRUE(run.wait_until_blocked()) << "intake-kiosk check did not start or did not wait on stdin";
    const std::string limits = slurp("/proc/" + std::to_string(run.pid()) + "/limits");
    std::istringstream lines(limits);
    std::string line;
    std::string core;
    while (std::getline(lines, line))
        if (line.starts_with("Max core file size")) core = line;
    ASSERT_FALSE(core.empty()) << limits;
    std::istringstream fields(core.substr(std::string("Max core file size").size()));
    std::string soft;
    std::string hard;
    fields >> soft >> hard;
    EXPECT_EQ(soft, "0") << core;
    EXPECT_EQ(hard, "0") << core;
}

TEST(E2eProcessHygiene, NotDumpableInARunningCommand) {
    const BlockedCheck run;
    ASSERT_GT(run.pid(), 0);
    ASSERT_TRUE(run.wait_until_blocked()) << "intake-kiosk check did not start or did not wait on stdin";
    const std::string proc = "/proc/" + std::to_string(run.pid());
    // The process's own uid, from its status; the files under /proc/PID belong
    // to it while it is dumpable and to root once it is not (proc(5); the
    // directory itself keeps the process's uid).
    std::istringstream status(slurp(proc + "/status"));
    std::string line;
    long uid = -1;
    while (std::getline(status, line))
        if (line.starts_with("Uid:")) uid = std::stol(line.substr(4));
    ASSERT_GT(uid, 0) << "the command must run as a user other than root for this check";
    for (const char* file : {"/status", "/mem", "/environ"}) {
        struct stat st {};
        ASSERT_EQ(::stat((proc + file).c_str(), &st), 0) << file;
        EXPECT_EQ(st.st_uid, 0U) << proc << file << " belongs to uid " << st.st_uid
                                 << ": the process is still dumpable";
    }
}

}  // namespace
}  // namespace kiosk
