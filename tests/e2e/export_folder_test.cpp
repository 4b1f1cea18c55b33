// Issue 9: the kiosk's Export PDF writes only into the export_dir clinic.yaml
// names. With none named (the shipped config), the button is disabled and
// says so, and nothing is written: before, the PDF went to
// <data_dir>/exports, readable by pdftotext on a stolen tablet.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_support.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

using e2e::Kiosk;

std::string open_first_submission(const std::string& id) {
    return std::string("expect-screen attract\nhold practitioner 3500\nexpect-screen unlock\n") + "tap unlock.name\ntype " +
           e2e::kPractitioner + "\ntap key=done\ntype " + e2e::kPassphrase +
           "\ntap key=done\nwait 300\nexpect-screen queue\ntap row=" + id + "\nexpect-screen submission\n";
}

// Every .pdf under `dir`, recursively.
int pdfs_under(const std::string& dir) {
    int n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.path().extension() == ".pdf") ++n;
    return n;
}

TEST(E2eExportFolder, WithoutExportDirTheButtonIsDisabledAndNothingIsWritten) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    const auto client = k.replay(e2e::intake_script("Ana", "Ruiz", {}), e2e::kShipped);
    ASSERT_EQ(client.code, 0) << client.err;
    const std::string id = k.list()[0]["id"];

    // The submission is shown; Export PDF is not a target at all.
    const auto prac = k.replay(open_first_submission(id) + "tap export\nquit\n", e2e::kShipped);
    EXPECT_EQ(prac.code, 2) << prac.err;
    EXPECT_NE(prac.err.find("unknown or hidden id 'export'"), std::string::npos) << prac.err;
    EXPECT_FALSE(std::filesystem::exists(k.data + "/exports"));
    EXPECT_EQ(pdfs_under(k.dir.str()), 0);
}

TEST(E2eExportFolder, WithExportDirThePdfGoesThereAndNotIntoTheDataFolder) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    const std::string exports = k.dir / "clinic-exports";
    const std::string config = e2e::config_with_export_dir(k.dir, exports);
    const auto client = k.replay(e2e::intake_script("Ana", "Ruiz", {}), config);
    ASSERT_EQ(client.code, 0) << client.err;
    const std::string id = k.list()[0]["id"];

    const auto prac = k.replay(open_first_submission(id) + "tap export\ntap lock\nexpect-screen attract\nquit\n", config);
    ASSERT_EQ(prac.code, 0) << prac.err;
    EXPECT_EQ(pdfs_under(exports), 1);
    EXPECT_EQ(pdfs_under(k.data), 0);
}

}  // namespace
}  // namespace kiosk
