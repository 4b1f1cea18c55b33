#include <iostream>

#include "cli/cli.hpp"
#include "cli/commands.hpp"

namespace kiosk::cli {

int validate_command(const std::string& config_dir) {
    auto cfg = load_config_or_report(config_dir);
    if (!cfg) return kBadInput;
    const Questionnaire& q = cfg->questionnaire;
    std::string langs;
    for (const auto& l : cfg->clinic.languages) langs += (langs.empty() ? "" : ", ") + l.code;
    std::cout << config_dir << ": OK\n"
              << "  clinic:        " << cfg->clinic.name << '\n'
              << "  questionnaire: " << q.id << " (version " << q.version << ", content " << q.content_hash.substr(0, 12)
              << ")\n"
              << "  pages:         " << q.pages.size() << '\n'
              << "  items:         " << q.item_count() << '\n'
              << "  rules:         " << q.rules.size() << '\n'
              << "  about cards:   " << q.cards.size() << '\n'
              << "  languages:     " << langs << '\n'
              << "  consent:       version " << q.consent.version.substr(0, 12) << '\n';
    return kOk;
}

}  // namespace kiosk::cli
