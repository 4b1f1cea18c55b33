#pragma once
// What each fuzz target does with one input: the same entry points the CLI
// and the kiosk use, then the steps that read the result (validation, the
// check). Header-only so the libFuzzer targets and
// tests/core/fuzz_regressions_test.cpp replay inputs through the same code.
// The oracle is the sanitizers: any input may be refused, none may crash,
// hang or touch memory it does not own.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "questionnaire/answers_file.hpp"
#include "questionnaire/expression.hpp"
#include "questionnaire/snapshot_loader.hpp"
#include "questionnaire/validation.hpp"
#include "rules/check_json.hpp"
#include "rules/contraindication_engine.hpp"

namespace kiosk::fuzz {

// Fixed, so a saved input replays the same way on any day.
inline constexpr Date kToday{2026, 11, 25};

// Answers to every item of `q`: `yes` to every yes/no (and the last option of
// each choice, all of a multiple choice), every date `date`, every number
// `number`. Rules and conditions then read real values of every type.
inline AnswerMap answers_for(const Questionnaire& q, bool yes, const Date& date, double number) {
    AnswerMap a;
    for (const auto& page : q.pages) {
        for (const auto& item : page.items) {
            switch (item.type) {
                case ItemType::YesNo: a[item.id] = yes; break;
                case ItemType::SingleChoice:
                    if (!item.options.empty()) a[item.id] = (yes ? item.options.back() : item.options.front()).id;
                    break;
                case ItemType::MultiChoice: {
                    Choices c;
                    for (const auto& o : item.options) {
                        c.push_back(o.id);
                        if (!yes) break;
                    }
                    a[item.id] = c;
                    break;
                }
                case ItemType::Text:
                case ItemType::LongText: a[item.id] = std::string(yes ? "Ñandú «x» 😀" : "Ana"); break;
                case ItemType::Number: a[item.id] = number; break;
                case ItemType::Date: a[item.id] = date; break;
                case ItemType::Signature: a[item.id] = Signature{{{{0.1F, 0.5F}, {0.9F, 0.4F}}}}; break;
                case ItemType::Info: break;
            }
        }
    }
    return a;
}

// Nothing answered, an ordinary client, everything "yes" with dates at the
// ends of the calendar.
inline std::vector<AnswerMap> answer_sets(const Questionnaire& q) {
    return {AnswerMap{}, answers_for(q, false, Date{1990, 4, 2}, 30), answers_for(q, true, Date{1, 1, 1}, -1e300),
            answers_for(q, true, Date{9999, 12, 31}, 1e300)};
}

// Validation and the check over answers that passed (or not) the decoder,
// as `check` and `submit` run them.
inline void check_all(const Questionnaire& q, AnswerMap answers, const std::string& lang) {
    const auto engine = ContraindicationEngine(q);
    (void)to_json(engine.check(answers, kToday, lang)).dump();
    for (const auto& p : validate_answers(q, answers, Completeness::Submit, kToday)) (void)p.message();
}

// The config target: the input is the questionnaire file, read by the real
// questionnaire loader from memory (the entry point of stored snapshots; a
// file per run would make 10^6 runs take hours) in the languages of the
// shipped clinic.yaml, then validated and checked with answers of every type.
class ConfigHarness {
public:
    explicit ConfigHarness(const KioskConfig& shipped) {
        for (const auto& l : shipped.clinic.languages) languages_.push_back(l.code);
    }

    // The loader's problems (empty: the input loaded and was checked).
    Diagnostics run(std::string_view input) const {
        auto loaded = load_questionnaire_snapshot(std::string(input), languages_);
        if (auto* problems = std::get_if<Diagnostics>(&loaded)) {
            for (const auto& d : *problems) (void)d.str();
            return std::move(*problems);
        }
        const auto& q = std::get<Questionnaire>(loaded);
        const auto sets = answer_sets(q);
        for (size_t i = 0; i < sets.size(); ++i) check_all(q, sets[i], languages_[i % languages_.size()]);
        return {};
    }

private:
    std::vector<std::string> languages_;
};

// The answers and FHIR targets: an answers file as `check` reads it.
inline Diagnostics run_answers(std::string_view input, const KioskConfig& config) {
    auto parsed = parse_answers(input, "answers.json", config);
    if (auto* problems = std::get_if<Diagnostics>(&parsed)) {
        for (const auto& d : *problems) (void)d.str();
        return std::move(*problems);
    }
    auto& set = std::get<AnswerSet>(parsed);
    (void)answers_to_json(set.answers).dump();
    check_all(config.questionnaire, std::move(set.answers), set.language);
    return {};
}

// The expression target: compiled against the shipped questionnaire's items
// (as a `when` or `show_if` would be), then evaluated on every answer set.
class ExpressionHarness {
public:
    explicit ExpressionHarness(const Questionnaire& q) : answer_sets_(answer_sets(q)) {
        for (const auto& page : q.pages) {
            for (const auto& item : page.items) {
                ItemSignature sig{value_type_of(item.type), {}};
                for (const auto& o : item.options) sig.options.push_back(o.id);
                items_.emplace(item.id, std::move(sig));
            }
        }
    }

    // The compile error, or nullopt when the input compiled and was evaluated.
    std::optional<ExprError> run(std::string_view input) const {
        const ItemLookup lookup = [this](std::string_view id) -> const ItemSignature* {
            auto it = items_.find(id);
            return it == items_.end() ? nullptr : &it->second;
        };
        auto compiled = Expression::compile(input, lookup);
        if (auto* err = std::get_if<ExprError>(&compiled)) return std::move(*err);
        const auto& e = std::get<Expression>(compiled);
        for (const auto& answers : answer_sets_) (void)e.evaluate(answers, kToday);
        return std::nullopt;
    }

private:
    std::map<std::string, ItemSignature, std::less<>> items_;
    std::vector<AnswerMap> answer_sets_;
};

}  // namespace kiosk::fuzz
