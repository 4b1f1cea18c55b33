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
#include "support/temp_dir.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::run_kiosk;


// A full intake; `yes` names the medical questions this client answers Yes.
std::string intake_script(const std::string& first, const std::string& last, const std::map<std::string, bool>& yes) {
    auto yn = [&](const char* id) { return std::string("tap ") + id + (yes.contains(id) ? "=yes\n" : "=no\n"); };
    std::string s = "expect-screen attract\ntap start\nexpect-screen about\ntap skip\nexpect-screen questions\n";
    s += "tap first_name\ntype " + first + "\ntap last_name\ntype " + last + "\ntap key=done\npick dob 1987-04-15\n";
    s += "tap next\ntap concerns=fine_lines\ntap treatment_areas=face\ntap next\n";
    for (const char* id : {"skin_infection_active", "cold_sore_active", "cold_sore_history", "acne_active",
                           "keloid_history", "eczema_psoriasis_flare", "sunburn_active", "open_wounds_in_area",
                           "skin_cancer_in_area", "retinoids_recent", "recent_laser_or_peel", "recent_injectables"})
        s += yn(id);
    s += "tap next\n";
    for (const char* id : {"diabetes", "bleeding_disorder", "anticoagulants", "pregnant_or_breastfeeding",
                           "metal_allergy", "autoimmune_disease", "immunosuppressed", "anesthetic_allergy"})
        s += yn(id);
    if (yes.contains("anticoagulants")) s += "tap anticoagulant_name\ntype Warfarin\ntap key=done\n";
    s += "tap next\nexpect-screen consent\ndrag consent.text 0 -4000\ntap consent_risks=yes\ntap consent_aftercare=yes\n";
    s += "tap photo_consent=no\nsign signature\ntap printed_name\ntype " + first + " " + last + "\ntap key=done\n";
    s += "tap next\nexpect-screen review\ntap submit\nexpect-screen thanks\nquit\n";
    return s;
}

struct Kiosk {
    testing::TempDir dir{"e2e"};
    std::string data = dir / "data";
    Kiosk() {
        const std::string pass = dir / "pass";
        std::ofstream(pass) << "a long enough passphrase\n";
        EXPECT_EQ(run_kiosk("init --data " + data + " --practitioner Test --passphrase-file " + pass).code, 0);
    }
    testing::RunResult replay(const std::string& script, const std::string& config_dir) {
        const std::string path = dir / ("script-" + std::to_string(n++) + ".replay");
        std::ofstream(path) << script;
        return run_kiosk("--windowed --config " + config_dir + " --data " + data + " --replay " + path, "", testing::kUnderXvfb);
    }
    json list() { return json::parse(run_kiosk("list --json --data " + data).out); }
    int n = 0;
};

const std::string kShipped = std::string(KIOSK_SOURCE_DIR) + "/kiosk-config";

TEST(E2eIntake, ThreeClientsStoredWithTheirDispositions) {
    if (!testing::have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
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

TEST(E2eIntake, WalkingAwayStoresNothing) {
    if (!testing::have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
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
