#pragma once
// One function per subcommand, each returning the process exit code; and the
// few steps they share (loading the config, reading an input file).
#include <optional>
#include <string>

#include "common/date.hpp"
#include "questionnaire/model.hpp"

namespace kiosk::cli {

struct CheckOptions {
    std::string config_dir;
    std::string answers;  // a path, or "-" for stdin
    std::string today;    // YYYY-MM-DD; empty: the local date
};

int validate_command(const std::string& config_dir);
int check_command(const CheckOptions& o);

// Loads the config; on failure prints each problem to stderr.
std::optional<KioskConfig> load_config_or_report(const std::string& dir);
// Reads a file or stdin ("-"); on failure prints why to stderr.
std::optional<std::string> read_input(const std::string& path);
// Parses --today, or gives the local date; prints the problem on failure.
std::optional<Date> resolve_today(const std::string& today);

}  // namespace kiosk::cli
