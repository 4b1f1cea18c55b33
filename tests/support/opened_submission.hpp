#pragma once
// One submission as the store hands it to an export once opened (the
// answers as stored, hidden ones included; the findings of the check), for
// the CSV, FHIR and PDF export tests.
#include <cstdint>
#include <string>

#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "records/sealed_submission.hpp"

namespace kiosk::testing {

inline const std::string kSubmissionId = "0f8fad5b-d9cb-469f-a165-70867728950e";

// 2026-11-25T14:03:00Z: kToday at 14:03 UTC.
[[nodiscard]] std::int64_t submitted_ms();

// `answers` to `q`, checked as of kToday in `lang`, submitted at submitted_ms().
[[nodiscard]] records::OpenedSubmission opened_submission(const Questionnaire& q, const AnswerMap& answers,
                                                          const std::string& lang,
                                                          const std::string& id = kSubmissionId);

}  // namespace kiosk::testing
