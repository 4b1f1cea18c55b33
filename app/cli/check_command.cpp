#include <iostream>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "questionnaire/answers_file.hpp"
#include "questionnaire/validation.hpp"
#include "rules/check_json.hpp"

namespace kiosk::cli {

int check_command(const CheckOptions& o) {
    auto cfg = load_config_or_report(o.config_dir);
    if (!cfg) return kBadInput;
    auto today = resolve_today(o.today);
    if (!today) return kBadInput;
    auto set = read_valid_answers(*cfg, o.answers, Completeness::Check, *today);
    if (!set) return kBadInput;
    const ContraindicationEngine engine(cfg->questionnaire);
    std::cout << to_json(engine.check(set->answers, *today, set->language)).dump(2) << '\n';
    return kOk;
}

}  // namespace kiosk::cli
