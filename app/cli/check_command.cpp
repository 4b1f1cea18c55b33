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
    auto text = read_input(o.answers);
    if (!text) return kBadInput;

    const std::string source = o.answers == "-" ? "stdin" : o.answers;
    auto parsed = parse_answers(*text, source, *cfg);
    if (auto* problems = std::get_if<Diagnostics>(&parsed)) {
        for (const auto& d : *problems) std::cerr << d.str() << '\n';
        return kBadInput;
    }
    AnswerSet& set = std::get<AnswerSet>(parsed);
    const auto problems = validate_answers(cfg->questionnaire, set.answers, Completeness::Check, *today);
    if (!problems.empty()) {
        for (const auto& p : problems) std::cerr << source << ": " << p.message() << '\n';
        return kBadInput;
    }
    const ContraindicationEngine engine(cfg->questionnaire);
    std::cout << to_json(engine.check(set.answers, *today, set.language)).dump(2) << '\n';
    return kOk;
}

}  // namespace kiosk::cli
