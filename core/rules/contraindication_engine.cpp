#include "rules/contraindication_engine.hpp"

#include <algorithm>

#include "questionnaire/validation.hpp"

namespace kiosk {

namespace {

// Why a rule whose condition came out unknown could not be decided: it read
// an item whose condition failed, or a required item with no answer (the
// callers validate first; this keeps the check closed if one forgets).
// Empty when every unknown item was optional or hidden.
std::string unreadable_input(const Rule& rule, const Undecided& undecided, const Questionnaire& q,
                             const AnswerMap& shown, const Date& today) {
    for (const auto& id : rule.when.items()) {
        if (const auto it = undecided.find(id); it != undecided.end()) return it->second;
    }
    for (const auto& page : q.pages) {
        for (const auto& item : page.items) {
            const auto& read = rule.when.items();
            if (!item.required || std::find(read.begin(), read.end(), item.id) == read.end()) continue;
            if (shown.contains(item.id)) continue;
            // Hidden items were dropped: only a shown one is missing an answer.
            if (is_visible(item, shown, today)) return "the required item '" + item.id + "' has no answer";
        }
    }
    return {};
}

}  // namespace

CheckResult ContraindicationEngine::check(const AnswerMap& answers, const Date& today, std::string_view lang) const {
    AnswerMap shown = answers;
    const Undecided undecided = drop_hidden(q_, shown, today);

    CheckResult result;
    for (const auto& rule : q_.rules) {
        const Evaluation ev = rule.when.assess(shown, today);
        if (ev.truth == Truth::False) continue;
        Finding f{rule.id, rule.severity, rule.when.items(), rule.title.in(lang), rule.explanation.in(lang),
                  rule.action.in(lang)};
        if (ev.truth == Truth::Unknown) {
            const std::string why = ev.failed() ? ev.problem : unreadable_input(rule, undecided, q_, shown, today);
            if (why.empty()) continue;  // only optional or hidden items unanswered: the clinic's choice
            // Fail closed: as if it fired, at least review, saying so.
            f.severity = std::max(rule.severity, Severity::Review);
            f.explanation = "could not be evaluated: " + why + ". " + f.explanation;
            f.action = "Check these answers with the client before treating. " + f.action;
        }
        result.disposition = std::max(result.disposition, f.severity);
        result.findings.push_back(std::move(f));
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return result;
}

}  // namespace kiosk
