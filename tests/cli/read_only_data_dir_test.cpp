// A data directory the kiosk cannot write, at start (DESIGN §6): the kiosk
// window and the writing data commands say so clearly, exit 2 and write
// nothing (no database, no -wal/-shm, no lock file).
//
// What makes a directory unwritable here, where the tests run as root
// (chmod does not stop root):
//   - a read-only bind mount, made in a private mount namespace
//     (unshare -m), the way a tablet's data partition mounted ro would be;
//   - a regular file where the directory should be;
//   - a 0555 directory for an unprivileged user (setpriv to nobody).
// Each test that needs root, unshare or setpriv skips, saying so, without.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "cli/cli_support.hpp"
#include "questionnaire/answers_file.hpp"
#include "support/shipped.hpp"
#include "support/temp_dir.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using testing::run_kiosk;
using testing::RunResult;
using testing::temp_file;

const std::string kConfig = std::string(" --config ") + KIOSK_SOURCE_DIR + "/kiosk-config";

std::string answers_path() {
    const nlohmann::json f = {{"questionnaire", "microneedling"}, {"language", "en"},
                              {"answers", answers_to_json(testing::clear_client())}};
    return temp_file(f.dump());
}

// Every file in `dir`: its size and modification time.
std::map<std::string, std::pair<std::uintmax_t, std::int64_t>> listing(const fs::path& dir) {
    std::map<std::string, std::pair<std::uintmax_t, std::int64_t>> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        struct stat st {};
        ::stat(e.path().c_str(), &st);
        out[e.path().filename().string()] = {static_cast<std::uintmax_t>(st.st_size),
                                             st.st_mtim.tv_sec * 1'000'000'000 + st.st_mtim.tv_nsec};
    }
    return out;
}

// Runs the executable with `dir` bind-mounted read-only in its own mount namespace.
std::string read_only_mount(const fs::path& dir) {
    const std::string d = dir.string();
    return "unshare -m sh -c 'mount --bind " + d + " " + d + " && mount -o remount,ro,bind " + d + " " + d +
           " && exec \"$@\"' sh";
}

bool can_mount_read_only() {
    if (::geteuid() != 0) return false;
    testing::TempDir probe{"ro-probe"};
    // Exits 0 only when the mount was made and a write under it then failed.
    const std::string cmd = read_only_mount(probe.path()) + " sh -c '! touch " + (probe / "x") + "' 2>/dev/null";
    return std::system(cmd.c_str()) == 0 && !fs::exists(probe / "x");
}

struct DataDir {
    testing::TempDir dir{"ro-data"};
    std::string pass_file = temp_file("a long enough passphrase\n", ".pass");
    [[nodiscard]] std::string data() const { return " --data " + dir.str(); }
};

void expect_read_only_refusal(const RunResult& r, const std::string& what) {
    EXPECT_EQ(r.code, 2) << what << ": " << r.err;
    EXPECT_NE(r.err.find("read-only file system"), std::string::npos) << what << ": " << r.err;
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << what << ": " << r.err;
}

TEST(ReadOnlyDataDir, OnAReadOnlyMountSubmitAndTheKioskExit2AndWriteNothing) {
    if (!can_mount_read_only()) GTEST_SKIP() << "needs root and unshare -m to make a read-only bind mount";
    DataDir d;
    ASSERT_EQ(run_kiosk("init" + d.data() + " --practitioner 'Dr Rivera' --passphrase-file " + d.pass_file).code, 0);
    const auto before = listing(d.dir.path());
    const std::string ro = read_only_mount(d.dir.path());

    expect_read_only_refusal(run_kiosk("submit" + kConfig + d.data() + " --answers " + answers_path(), "", ro),
                             "submit");
    // The window is never opened: the problem is found first (no DISPLAY needed).
    expect_read_only_refusal(run_kiosk(kConfig + d.data(), "", ro + " env -u DISPLAY -u WAYLAND_DISPLAY"), "kiosk");
    EXPECT_EQ(listing(d.dir.path()), before) << "something was written";
}

TEST(ReadOnlyDataDir, AnEmptyReadOnlyDirectoryGetsNoDatabase) {
    if (!can_mount_read_only()) GTEST_SKIP() << "needs root and unshare -m to make a read-only bind mount";
    DataDir d;
    const std::string ro = read_only_mount(d.dir.path());
    expect_read_only_refusal(
        run_kiosk("init" + d.data() + " --practitioner 'Dr Rivera' --passphrase-file " + d.pass_file, "", ro), "init");
    // Not the setup screen on a directory it could never write.
    expect_read_only_refusal(run_kiosk(kConfig + d.data(), "", ro + " env -u DISPLAY -u WAYLAND_DISPLAY"), "kiosk");
    EXPECT_TRUE(fs::is_empty(d.dir.path()));
}

TEST(ReadOnlyDataDir, AFileWhereTheDirectoryShouldBeIsExit2) {
    testing::TempDir t{"ro-file"};
    const std::string file = t / "data";
    std::ofstream(file) << "not a directory";
    const std::string pass = temp_file("a long enough passphrase\n", ".pass");
    for (const std::string& data : {file, file + "/inside"}) {
        const auto init = run_kiosk("init --data " + data + " --practitioner 'Dr Rivera' --passphrase-file " + pass);
        EXPECT_EQ(init.code, 2) << init.err;
        EXPECT_NE(init.err.find("is not a directory"), std::string::npos) << init.err;
        const auto kiosk = run_kiosk(kConfig + " --data " + data, "", "env -u DISPLAY -u WAYLAND_DISPLAY");
        EXPECT_EQ(kiosk.code, 2) << kiosk.err;
        EXPECT_NE(kiosk.err.find("is not a directory"), std::string::npos) << kiosk.err;
    }
    EXPECT_EQ(listing(t.path()).size(), 1U);
}

TEST(ReadOnlyDataDir, ADirectoryAnotherUserCannotWriteIsExit2) {
    if (::geteuid() != 0 || std::system("command -v setpriv >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "needs root and setpriv to run as an unprivileged user";
    DataDir d;
    const std::string as_nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups";
    // The kiosk's user owns the folder and its database, then it is made read-only.
    ASSERT_EQ(::chmod(d.dir.str().c_str(), 0755), 0);
    ASSERT_EQ(::chown(d.dir.str().c_str(), 65534, 65534), 0);
    ASSERT_EQ(::chmod(d.pass_file.c_str(), 0644), 0);
    const auto init =
        run_kiosk("init" + d.data() + " --practitioner 'Dr Rivera' --passphrase-file " + d.pass_file, "", as_nobody);
    ASSERT_EQ(init.code, 0) << init.err;
    ASSERT_EQ(::chmod(d.dir.str().c_str(), 0555), 0);
    const auto before = listing(d.dir.path());
    const auto submit = run_kiosk("submit" + kConfig + d.data() + " --answers " + answers_path(), "", as_nobody);
    EXPECT_EQ(submit.code, 2) << submit.err;
    EXPECT_NE(submit.err.find("not writable"), std::string::npos) << submit.err;
    const auto kiosk = run_kiosk(kConfig + d.data(), "", as_nobody + " env -u DISPLAY -u WAYLAND_DISPLAY");
    EXPECT_EQ(kiosk.code, 2) << kiosk.err;
    EXPECT_NE(kiosk.err.find("not writable"), std::string::npos) << kiosk.err;
    EXPECT_EQ(listing(d.dir.path()), before) << "something was written";
    ::chmod(d.dir.str().c_str(), 0755);
}

}  // namespace
}  // namespace kiosk
