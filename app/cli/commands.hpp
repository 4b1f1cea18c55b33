#pragma once
// One function per subcommand, each returning the process exit code; and the
// few steps they share (loading the config, reading an input file).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "common/date.hpp"
#include "questionnaire/answers_file.hpp"
#include "questionnaire/model.hpp"
#include "questionnaire/validation.hpp"

namespace kiosk::cli {

struct CheckOptions {
    std::string config_dir;
    std::string answers;  // a path, or "-" for stdin
    std::string today;    // YYYY-MM-DD; empty: the local date
};

struct DataOptions {
    std::string config_dir;
    std::string data_dir;
    std::string practitioner;
    std::string passphrase_file;
    std::string by;                  // add-practitioner: an existing practitioner
    std::string by_passphrase_file;
    std::string answers;             // submit
    std::string disposition;         // list filter
    bool json = false;               // list --json
    std::string format;              // export
    std::string out;                 // export, backup
    std::string id;                  // export --id
    std::string head;                // audit verify --head SEQ:HASH
};

int validate_command(const std::string& config_dir);
int check_command(const CheckOptions& o);
int init_command(const DataOptions& o);
int add_practitioner_command(const DataOptions& o);
int submit_command(const DataOptions& o);
int list_command(const DataOptions& o);
int export_command(const DataOptions& o);
int audit_verify_command(const DataOptions& o);
int backup_command(const DataOptions& o);

// Reads a passphrase file; its one trailing newline is not part of it.
std::optional<std::string> read_passphrase(const std::string& path);
std::int64_t now_ms();
// Runs `body`, turning storage errors into their exit codes (3 damaged,
// 2 refused, 1 otherwise) with the message on stderr.
int with_storage_errors(const std::function<int()>& body);

// Loads the config; on failure prints each problem to stderr.
std::optional<KioskConfig> load_config_or_report(const std::string& dir);
// Reads a file or stdin ("-"), at most limits::kAnswersFileBytes; on failure
// (or past the limit) prints why to stderr.
std::optional<std::string> read_input(const std::string& path);
// Reads, parses and validates an answers file (`path` or "-"), dropping
// hidden answers; prints every problem to stderr and gives nullopt on any.
std::optional<AnswerSet> read_valid_answers(const KioskConfig& config, const std::string& path, Completeness mode,
                                            const Date& today);
// Parses --today, or gives the local date; prints the problem on failure.
std::optional<Date> resolve_today(const std::string& today);

}  // namespace kiosk::cli
