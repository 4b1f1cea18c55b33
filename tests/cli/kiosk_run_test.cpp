// Running the kiosk itself from the command line, without a display.
#include <gtest/gtest.h>

#include "cli/cli_support.hpp"
#include "support/temp_dir.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

using testing::run_kiosk;

TEST(KioskRun, NoDisplayIsAClearMessageAndExitTwo) {
    testing::TempDir data{"nodisplay"};
    // env -u: the same command a clinic would type, on a machine with no display.
    const auto r = run_kiosk(std::string("--windowed --config ") + KIOSK_SOURCE_DIR + "/kiosk-config --data " + data.str(),
                             "", "env -u DISPLAY -u WAYLAND_DISPLAY");
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_NE(r.err.find("no display"), std::string::npos) << r.err;
}

TEST(KioskRun, UnknownLanguageIsAUsageError) {
    const auto r = run_kiosk(std::string("--lang xx --config ") + KIOSK_SOURCE_DIR + "/kiosk-config", "",
                             "env -u DISPLAY -u WAYLAND_DISPLAY");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--lang xx is not offered"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kiosk

#include <filesystem>
#include <fstream>

namespace kiosk {
namespace {


TEST(KioskRun, DamagedDatabaseShowsMaintenanceAndExitsThree) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    testing::TempDir dir{"damaged"};
    const std::string pass = dir / "pass";
    std::ofstream(pass) << "a long enough passphrase\n";
    ASSERT_EQ(run_kiosk("init --data " + (dir / "data") + " --practitioner X --passphrase-file " + pass).code, 0);
    std::ofstream(dir.path() / "data" / "kiosk.db", std::ios::trunc) << std::string(8192, 'x');
    const std::string before = [&] {
        std::ifstream in(dir.path() / "data" / "kiosk.db", std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }();
    const auto r = run_kiosk(std::string("--windowed --config ") + KIOSK_SOURCE_DIR + "/kiosk-config --data " +
                                 (dir / "data") + " --screenshots " + (dir / "shots"),
                             "", testing::kUnderXvfb);
    EXPECT_EQ(r.code, 3) << r.err;
    EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "shots" / "maintenance.png")) << r.err;
    std::ifstream in(dir.path() / "data" / "kiosk.db", std::ios::binary);
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), before)
        << "the damaged database was written to";
}

TEST(KioskRun, AttractScreenshotOnTheShippedConfig) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    testing::TempDir dir{"attract"};
    const std::string pass = dir / "pass";
    std::ofstream(pass) << "a long enough passphrase\n";
    ASSERT_EQ(run_kiosk("init --data " + (dir / "data") + " --practitioner X --passphrase-file " + pass).code, 0);
    const auto r = run_kiosk(std::string("--windowed --config ") + KIOSK_SOURCE_DIR + "/kiosk-config --data " +
                                 (dir / "data") + " --screenshots " + (dir / "shots"),
                             "", testing::kUnderXvfb);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_GT(std::filesystem::file_size(dir.path() / "shots" / "attract.png"), 10'000U);
}

// An empty data directory: the setup screen comes first (DESIGN §7).
TEST(KioskRun, SetupScreenshotOnAnEmptyDataDirectory) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    testing::TempDir dir{"setup"};
    const auto r = run_kiosk(std::string("--windowed --config ") + KIOSK_SOURCE_DIR + "/kiosk-config --data " +
                                 (dir / "data") + " --screenshots " + (dir / "shots"),
                             "", testing::kUnderXvfb);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_GT(std::filesystem::file_size(dir.path() / "shots" / "setup.png"), 10'000U);
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "data" / "kiosk.db"));
}

}  // namespace
}  // namespace kiosk
