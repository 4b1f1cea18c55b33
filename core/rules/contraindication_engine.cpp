#include "rules/contraindication_engine.hpp"

#include <algorithm>

#include "questionnaire/validation.hpp"

namespace kiosk {

CheckResult ContraindicationEngine::check(const AnswerMap& answers, const Date& today, std::string_view lang) const {
    AnswerMap shown = answers;
    drop_hidden(q_, shown, today);

    CheckResult result;
    for (const auto& rule : q_.rules) {
        if (rule.when.evaluate(shown, today) != Truth::True) continue;
        result.findings.push_back({rule.id, rule.severity, rule.when.items(), rule.title.in(lang),
                                   rule.explanation.in(lang), rule.action.in(lang)});
        result.disposition = std::max(result.disposition, rule.severity);
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return result;
}

}  // namespace kiosk
