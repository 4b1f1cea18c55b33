#include "e2e/e2e_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kiosk::e2e {

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

Kiosk::Kiosk() {
    const std::string pass = dir / "pass";
    std::ofstream(pass) << kPassphrase << "\n";
    EXPECT_EQ(run_kiosk("init --data " + data + " --practitioner " + kPractitioner + " --passphrase-file " + pass).code,
              0);
}

testing::RunResult Kiosk::replay(const std::string& script, const std::string& config_dir) {
    const std::string path = dir / ("script-" + std::to_string(n++) + ".replay");
    std::ofstream(path) << script;
    return run_kiosk("--windowed --config " + config_dir + " --data " + data + " --replay " + path, "",
                     testing::kUnderXvfb);
}

std::string config_with_export_dir(const testing::TempDir& dir, const std::string& export_dir) {
    const std::string config = dir / "config";
    std::filesystem::copy(kShipped, config, std::filesystem::copy_options::recursive);
    std::ofstream(config + "/clinic.yaml", std::ios::app) << "\nexport_dir: " << export_dir << "\n";
    return config;
}

nlohmann::json Kiosk::list() { return nlohmann::json::parse(run_kiosk("list --json --data " + data).out); }

}  // namespace kiosk::e2e
