// Running the kiosk itself from the command line, without a display.
#include <gtest/gtest.h>

#include "cli/cli_support.hpp"
#include "support/temp_dir.hpp"

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
