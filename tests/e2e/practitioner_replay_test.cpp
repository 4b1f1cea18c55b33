// End to end under Xvfb (issue 5): a client submits through the real kiosk;
// then, in a second run, a practitioner holds the attract screen's corner,
// unlocks on the on-screen keyboard, opens the submission, records a
// decision, exports the PDF and locks. The store then holds the review, the
// export folder the PDF, and the audit log each step, and verifies.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "e2e/e2e_support.hpp"
#include "storage/store.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

using e2e::Kiosk;

std::string unlock_script() {
    return std::string("expect-screen attract\nhold practitioner 3500\nexpect-screen unlock\n") +
           "tap unlock.name\ntype " + e2e::kPractitioner + "\ntap key=done\ntype " + e2e::kPassphrase +
           "\ntap key=done\nwait 300\nexpect-screen queue\n";
}

TEST(E2ePractitioner, UnlockOpenDecideExportLock) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    const std::string exports = k.dir / "exports";
    const std::string config = e2e::config_with_export_dir(k.dir, exports);
    const auto client = k.replay(e2e::intake_script("Bea", "Soto", {{"cold_sore_active", true}}), config);
    ASSERT_EQ(client.code, 0) << client.err;
    const auto rows = k.list();
    ASSERT_EQ(rows.size(), 1U);
    const std::string id = rows[0]["id"];
    ASSERT_EQ(rows[0]["reviewed"], false);

    const std::string script = unlock_script() + "tap row=" + id +
                               "\nexpect-screen submission\ntap decide\ntap decision=defer\n"
                               "tap defer=2w\ntap note\ntype Rebook after it heals\ntap key=done\n"
                               "tap decision.save\ntap export\ntap lock\nexpect-screen attract\nquit\n";
    const auto prac = k.replay(script, config);
    ASSERT_EQ(prac.code, 0) << prac.err;

    const auto after = k.list();
    ASSERT_EQ(after.size(), 1U);
    EXPECT_EQ(after[0]["reviewed"], true);

    // The PDF in the export folder, and what it says.
    std::vector<std::filesystem::path> pdfs;
    for (const auto& e : std::filesystem::directory_iterator(exports))
        if (e.path().extension() == ".pdf") pdfs.push_back(e.path());
    ASSERT_EQ(pdfs.size(), 1U);
    if (std::system("command -v pdftotext >/dev/null 2>&1") == 0) {
        const std::string txt = k.dir / "out.txt";
        ASSERT_EQ(std::system(("pdftotext " + pdfs[0].string() + " " + txt).c_str()), 0);
        std::ifstream in(txt);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        EXPECT_NE(text.find("Bea Soto"), std::string::npos);
        EXPECT_NE(text.find("Active cold sore"), std::string::npos);
    }

    // Each step audited, the chain intact.
    EXPECT_EQ(testing::run_kiosk("audit verify --data " + k.data).code, 0);
    auto store = storage::Store::open(k.data, {});
    std::vector<std::string> events;
    for (const auto& e : store->audit_entries()) events.push_back(e.event);
    for (const char* want : {"unlock", "view", "review", "export", "lock"})
        EXPECT_NE(std::find(events.begin(), events.end(), want), events.end()) << want << " not audited";
    const auto reviews = store->reviews(id);
    ASSERT_EQ(reviews.size(), 1U);
    EXPECT_EQ(reviews[0].decision, storage::Decision::Defer);
    EXPECT_EQ(reviews[0].practitioner, e2e::kPractitioner);
}

TEST(E2ePractitioner, AWrongPassphraseStaysOnTheUnlockScreenAndIsAudited) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    const std::string script = std::string("hold practitioner 3500\nexpect-screen unlock\ntap unlock.name\ntype ") +
                               e2e::kPractitioner + "\ntap key=done\ntype not my passphrase\ntap key=done\nwait 300\n" +
                               "expect-screen unlock\ntap unlock.cancel\nexpect-screen attract\nquit\n";
    const auto r = k.replay(script, e2e::kShipped);
    ASSERT_EQ(r.code, 0) << r.err;
    auto store = storage::Store::open(k.data, {});
    int failed = 0;
    for (const auto& e : store->audit_entries()) failed += e.event == "unlock_failed" ? 1 : 0;
    EXPECT_EQ(failed, 1);
}

}  // namespace
}  // namespace kiosk
