#pragma once
// FHIR R4 export (DESIGN §7): each stored submission as a
// QuestionnaireResponse, several as a Bundle of type "collection".
//
// Choices made here (a receiving system may rely on them):
// - questionnaire: "urn:intake-kiosk:questionnaire/<id>|<content hash>". The
//   version part is the hash of the snapshot the client answered, not the
//   clinic's label, because only the hash names that exact file. The part
//   before '|' ends in "/<id>", so our own answers reader takes it back.
// - items are grouped by page (linkId = page id, text = page title); pages
//   with no answer are left out, as are unanswered, hidden and info items.
// - answer types: yes/no valueBoolean; choices valueCoding{code, display}
//   (one per picked option); text valueString; number valueDecimal, or
//   valueInteger when the item only takes whole numbers; date valueDate;
//   signature valueAttachment (PNG, base64).
// - extensions on the resource: "urn:intake-kiosk:disposition" (valueCode),
//   "urn:intake-kiosk:consent-version" (valueString), and one
//   "urn:intake-kiosk:finding" per finding with sub-extensions rule and
//   severity (valueCode), item (valueString, one per item the rule read),
//   title, explanation and action (valueString).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "records/sealed_submission.hpp"

namespace kiosk::exporting {

[[nodiscard]] nlohmann::json questionnaire_response(const records::OpenedSubmission& s,
                                                    const Questionnaire& as_answered);

// A Bundle of type "collection"; each entry's fullUrl is "urn:uuid:<id>".
[[nodiscard]] nlohmann::json bundle(const std::vector<nlohmann::json>& responses);

// The answers every export shows: the stored JSON typed by the questionnaire
// as answered, dropping unknown ids, values of the wrong type, info items and
// items hidden by their condition (evaluated on the clinic's date of the submission).
[[nodiscard]] AnswerMap exported_answers(const records::OpenedSubmission& s, const Questionnaire& as_answered);

}  // namespace kiosk::exporting
