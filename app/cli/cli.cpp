#include "cli/cli.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "platform/kiosk_app.hpp"

namespace kiosk::cli {

namespace {

std::string default_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/intake-kiosk";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/intake-kiosk";
    return "./intake-kiosk-data";
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Intake Kiosk: a guided patient-intake kiosk for aesthetic clinics.\n"
                 "With no command, runs the kiosk window.",
                 "intake-kiosk"};
    app.set_version_flag("--version", std::string("intake-kiosk ") + KIOSK_VERSION);
    app.require_subcommand(0, 1);

    // One config directory, whether given before or after the subcommand.
    std::string config_dir = "./kiosk-config";
    platform::KioskOptions run;
    app.add_option("--config", config_dir, "Config directory (clinic.yaml, questionnaires/)");
    app.add_option("--data", run.data_dir, "Data directory (default: per-user data directory)");
    app.add_flag("--windowed", run.windowed, "Run in a 1280x800 window instead of fullscreen");
    app.add_option("--lang", run.lang, "Start in this language (a code from clinic.yaml)");
    app.add_option("--replay", run.replay_file, "Drive the UI with a replay script")->check(CLI::ExistingFile);
    app.add_option("--screenshots", run.screenshots_dir, "Write screenshots (PNG) into this directory");

    auto* validate = app.add_subcommand("validate", "Check the clinic config and summarise what it holds");
    validate->add_option("--config", config_dir, "Config directory");

    CheckOptions check;
    auto* check_cmd = app.add_subcommand("check", "Run the contraindication check on an answers file; JSON out");
    check_cmd->add_option("--config", config_dir, "Config directory");
    check_cmd->add_option("--answers", check.answers, "Answers file (JSON or FHIR QuestionnaireResponse), - for stdin")
        ->required();
    check_cmd->add_option("--today", check.today, "Evaluate as of this date (YYYY-MM-DD); default: today");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "intake-kiosk: " << e.what() << "\nRun 'intake-kiosk --help' for usage.\n";
        return kBadInput;
    }

    try {
        if (validate->parsed()) return validate_command(config_dir);
        if (check_cmd->parsed()) {
            check.config_dir = config_dir;
            return check_command(check);
        }
        run.config_dir = config_dir;
        if (run.data_dir.empty()) run.data_dir = default_data_dir();
        return platform::run_kiosk(run);
    } catch (const std::exception& e) {
        std::cerr << "intake-kiosk: internal error: " << e.what() << '\n';
        return kInternal;
    }
}

}  // namespace kiosk::cli
