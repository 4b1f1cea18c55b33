#pragma once
// A kiosk data directory driven through the real executable (init, submit),
// with the passphrase file and the options the data commands take; and the
// answers file of a client with nothing to report.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"
#include "support/temp_dir.hpp"

namespace kiosk::testing {

// The shipped kiosk-config directory.
inline const std::string kShippedConfigDir = KIOSK_SOURCE_DIR "/kiosk-config";

struct CliDataDir {
    // A fresh, empty directory: init() creates the clinic.
    explicit CliDataDir(const std::string& name) : dir(name) {}

    TempDir dir;
    std::string pass_file = temp_file("a long enough passphrase\n", ".pass");

    [[nodiscard]] std::string data() const { return " --data " + dir.str(); }
    // The first practitioner's name and passphrase, as init() gave them.
    [[nodiscard]] std::string auth() const { return " --practitioner 'Dr Rivera' --passphrase-file " + pass_file; }
    [[nodiscard]] std::string db() const { return (dir.path() / "kiosk.db").string(); }

    RunResult init() const { return run_kiosk("init" + data() + auth()); }
    RunResult submit(const nlohmann::json& answers_file, const std::string& config = kShippedConfigDir) const {
        return run_kiosk("submit --config " + config + data() + " --answers " + temp_file(answers_file.dump()));
    }
};

// A `submit --answers` file for the shipped questionnaire: clear_client() in
// English, then `edit`.
[[nodiscard]] nlohmann::json answers_file(const std::function<void(nlohmann::json&)>& edit = {});

}  // namespace kiosk::testing
