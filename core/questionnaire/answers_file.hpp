#pragma once
// Reads an answers file (DESIGN §7): our own JSON shape or a FHIR R4
// QuestionnaireResponse, into typed answers. Every problem is named; nothing
// is guessed (an unknown id, a wrong type or an impossible date is an error).
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "common/diagnostic.hpp"
#include "common/utf8.hpp"
#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"

namespace kiosk {

struct AnswerSet {
    std::string questionnaire;
    std::string language;
    std::optional<std::string> submission_id;  // a UUID, for idempotent submits
    AnswerMap answers;
};

using AnswersResult = std::variant<AnswerSet, Diagnostics>;

// `source` names the input in messages ("answers.json", "stdin").
[[nodiscard]] AnswersResult parse_answers(std::string_view text, const std::string& source, const KioskConfig& config);

// The "answers" object of an answers file: the inverse of parse_answers.
[[nodiscard]] nlohmann::json answers_to_json(const AnswerMap& answers);


}  // namespace kiosk
