#pragma once
// What the end-to-end tests share: a data directory with a practitioner, the
// real kiosk run on a replay script under Xvfb, and a full intake as a script.
#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "cli/cli_support.hpp"
#include "support/temp_dir.hpp"

namespace kiosk::e2e {

inline constexpr const char* kPractitioner = "Test";
inline constexpr const char* kPassphrase = "a long enough passphrase";

// A full intake; `yes` names the medical questions this client answers Yes.
std::string intake_script(const std::string& first, const std::string& last, const std::map<std::string, bool>& yes);

// A data directory initialised with the practitioner above.
struct Kiosk {
    testing::TempDir dir{"e2e"};
    std::string data = dir / "data";
    Kiosk();
    // Runs the kiosk (windowed, under Xvfb) on `script` with `config_dir`.
    testing::RunResult replay(const std::string& script, const std::string& config_dir);
    nlohmann::json list();
    int n = 0;
};

inline const std::string kShipped = std::string(KIOSK_SOURCE_DIR) + "/kiosk-config";

// A copy of the shipped config in `dir`/config whose clinic.yaml names
// `export_dir` (the shipped one names none, so the kiosk exports nothing).
std::string config_with_export_dir(const testing::TempDir& dir, const std::string& export_dir);

}  // namespace kiosk::e2e
