#pragma once
// The contraindication check: answers + questionnaire -> findings. Pure and
// deterministic; every finding names its rule and the items it read, and the
// disposition is the most severe finding (or clear).
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/model.hpp"

namespace kiosk {

struct Finding {
    std::string rule_id;
    Severity severity = Severity::Review;
    std::vector<std::string> items;  // the item ids the rule read
    std::string title;
    std::string explanation;
    std::string action;
};

struct CheckResult {
    Severity disposition = Severity::Clear;
    std::vector<Finding> findings;  // most severe first, then in rule order
};

class ContraindicationEngine {
public:
    explicit ContraindicationEngine(const Questionnaire& q) : q_(q) {}

    // Answers to items hidden by their condition are ignored. Texts are given
    // in `lang`. A rule fires when its condition is true. Unknown because an
    // optional item was left empty (or hidden) does not fire; a rule that
    // cannot be evaluated (an answer of the wrong type, an impossible date, a
    // required answer missing, a condition that fails) fails closed: a
    // finding at the rule's own severity (never milder than review) whose
    // explanation starts "could not be evaluated:" and says why.
    [[nodiscard]] CheckResult check(const AnswerMap& answers, const Date& today, std::string_view lang) const;

private:
    const Questionnaire& q_;
};

}  // namespace kiosk
