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
    // in `lang`. A rule fires only when its condition is true: unknown (an
    // unanswered optional item) does not fire.
    [[nodiscard]] CheckResult check(const AnswerMap& answers, const Date& today, std::string_view lang) const;

private:
    const Questionnaire& q_;
};

}  // namespace kiosk
