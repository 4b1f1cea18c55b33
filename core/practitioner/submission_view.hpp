#pragma once
// An opened submission as the practitioner's submission screen shows it
// (DESIGN §3): who the client is, each finding resolved against the rules of
// the questionnaire as answered with the answers that triggered it, every
// visible answer by page in words, the signature and the versions.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "practitioner/practitioner_session.hpp"
#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "records/sealed_submission.hpp"

namespace kiosk::practitioner {

// An answer in words, in the client's `lang` (catalogue words): Yes / No, option labels joined by "; ",
// dates as YYYY-MM-DD, numbers without trailing zeros, text as given; "—"
// for an empty text.
[[nodiscard]] std::string readable_answer(const Item& item, const Answer& a, std::string_view lang);

// "First Last" from a submission's stored answers; "" when neither is given.
[[nodiscard]] std::string full_name(const nlohmann::json& answers);

// Everything but the reviews (the session adds those with their notes
// opened). Rule texts are in `lang` (falling back to the questionnaire's
// first language); questions and options in the client's.
[[nodiscard]] OpenSubmission shown_submission(const records::OpenedSubmission& s, const Questionnaire& as_answered,
                                              std::string_view lang);

}  // namespace kiosk::practitioner
