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

    DataOptions data;
    auto data_opt = [&](CLI::App* cmd) { cmd->add_option("--data", run.data_dir, "Data directory"); };
    auto* init = app.add_subcommand("init", "Create the clinic key pair and the first practitioner");
    data_opt(init);
    init->add_option("--practitioner", data.practitioner, "The first practitioner's name")->required();
    init->add_option("--passphrase-file", data.passphrase_file, "File holding their passphrase (10+ characters)")
        ->required();

    auto* add = app.add_subcommand("add-practitioner", "Add a practitioner, unlocking with an existing one");
    data_opt(add);
    add->add_option("--practitioner", data.practitioner, "The new practitioner's name")->required();
    add->add_option("--passphrase-file", data.passphrase_file, "File holding their passphrase")->required();
    add->add_option("--by", data.by, "An existing practitioner")->required();
    add->add_option("--by-passphrase-file", data.by_passphrase_file, "File holding that one's passphrase")->required();

    auto* submit = app.add_subcommand("submit", "Check, seal and store an answers file; prints the submission id");
    submit->add_option("--config", config_dir, "Config directory");
    data_opt(submit);
    submit->add_option("--answers", data.answers, "Answers file, - for stdin")->required();

    auto* list = app.add_subcommand("list", "List submissions, newest first (metadata only, no client data)");
    data_opt(list);
    list->add_option("--disposition", data.disposition, "Only this disposition (clear, review, clearance, defer, decline)");
    list->add_flag("--json", data.json, "Print JSON");

    auto* exp = app.add_subcommand("export", "Unlock and export submissions (FHIR R4 Bundle, CSV or consent PDF)");
    data_opt(exp);
    exp->add_option("--config", config_dir, "Config directory (PDF: the clinic's name for the header)");
    exp->add_option("--practitioner", data.practitioner, "Practitioner name")->required();
    exp->add_option("--passphrase-file", data.passphrase_file, "File holding their passphrase")->required();
    exp->add_option("--format", data.format, "fhir, csv or pdf")
        ->required()
        ->check(CLI::IsMember({"fhir", "csv", "pdf"}));
    exp->add_option("--out", data.out, "Output file")->required();
    exp->add_option("--id", data.id, "Only this submission (FHIR: a bare QuestionnaireResponse)");

    auto* audit = app.add_subcommand("audit", "The audit log");
    auto* verify = audit->add_subcommand("verify", "Check that no audit entry was edited, deleted or reordered");
    data_opt(verify);
    verify->add_option("--head", data.head,
                       "A head printed earlier (SEQ:HASH): also check that this row is still there unchanged");
    audit->require_subcommand(1);

    auto* backup = app.add_subcommand("backup", "Write an online backup of the database");
    data_opt(backup);
    backup->add_option("--out", data.out, "Backup file (must not exist)")->required();

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
        data.config_dir = config_dir;
        data.data_dir = run.data_dir;
        if (init->parsed()) return init_command(data);
        if (add->parsed()) return add_practitioner_command(data);
        if (submit->parsed()) return submit_command(data);
        if (list->parsed()) return list_command(data);
        if (exp->parsed()) return export_command(data);
        if (verify->parsed()) return audit_verify_command(data);
        if (backup->parsed()) return backup_command(data);
        return platform::run_kiosk(run);
    } catch (const std::exception& e) {
        std::cerr << "intake-kiosk: internal error: " << e.what() << '\n';
        return kInternal;
    }
}

}  // namespace kiosk::cli
