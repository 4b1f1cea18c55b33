// End to end under Xvfb (issue 4): the real kiosk driven by replay scripts
// through the same input path as touches. Three clients complete their intake
// and `list --json` shows each with the disposition their answers call for;
// a client who walks away leaves nothing stored.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "cli/cli_support.hpp"
#include "e2e/e2e_support.hpp"
#include "support/temp_dir.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using e2e::intake_script;
using e2e::Kiosk;
using e2e::kShipped;
using testing::run_kiosk;


TEST(E2eIntake, ThreeClientsStoredWithTheirDispositions) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    const auto clear = k.replay(intake_script("Ana", "Ruiz", {}), kShipped);
    ASSERT_EQ(clear.code, 0) << clear.err;
    const auto defer = k.replay(intake_script("Bea", "Soto", {{"cold_sore_active", true}}), kShipped);
    ASSERT_EQ(defer.code, 0) << defer.err;
    const auto decline =
        k.replay(intake_script("Carla", "Vidal", {{"keloid_history", true}, {"anticoagulants", true}}), kShipped);
    ASSERT_EQ(decline.code, 0) << decline.err;

    const json rows = k.list();
    ASSERT_EQ(rows.size(), 3U) << rows.dump();
    EXPECT_EQ(rows[0]["disposition"], "decline");  // newest first
    EXPECT_EQ(rows[1]["disposition"], "defer");
    EXPECT_EQ(rows[2]["disposition"], "clear");
    for (const auto& r : rows) EXPECT_EQ(r["questionnaire"], "microneedling");
}

TEST(E2eIntake, LargestTextInHighContrastCompletesAnIntake) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    const std::string shots = k.dir / "shots";
    std::filesystem::create_directories(shots);
    const std::string script = std::string(KIOSK_SOURCE_DIR) + "/tests/e2e/large_text.replay";
    const auto r = run_kiosk("--windowed --config " + kShipped + " --data " + k.data + " --replay " + script +
                                 " --screenshots " + shots,
                             "", testing::kUnderXvfb);
    ASSERT_EQ(r.code, 0) << r.err;
    const json rows = k.list();
    ASSERT_EQ(rows.size(), 1U) << rows.dump();
    EXPECT_EQ(rows[0]["disposition"], "review");
    EXPECT_TRUE(std::filesystem::exists(shots + "/01-attract.png"));
}

TEST(E2eIntake, WalkingAwayStoresNothing) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Kiosk k;
    // The shipped config with the shortest timeouts the validator allows.
    const std::string config = k.dir / "config";
    std::filesystem::copy(kShipped, config, std::filesystem::copy_options::recursive);
    std::string clinic;
    {
        std::ifstream in(config + "/clinic.yaml");
        clinic.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    clinic.replace(clinic.find("idle_seconds: 90"), 16, "idle_seconds: 15");
    clinic.replace(clinic.find("countdown_seconds: 30"), 21, "countdown_seconds: 5");
    std::ofstream(config + "/clinic.yaml", std::ios::trunc) << clinic;

    const std::string walk_away =
        "tap start\ntap skip\ntap first_name\ntype Dana\ntap key=done\nwait 16000\nexpect-screen idle\n"
        "wait 6000\nexpect-screen attract\nquit\n";
    const auto r = k.replay(walk_away, config);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(k.list().empty());
}

}  // namespace
}  // namespace kiosk
