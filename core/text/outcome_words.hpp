#pragma once
// A severity and a practitioner's decision in words, in `lang`, for the
// practitioner screens and the PDF alike (severity.* and outcome.* keys).
#include <string>
#include <string_view>

#include "questionnaire/model.hpp"
#include "storage/store.hpp"

namespace kiosk::text {

// "Defer" / "Aplazar": the word on a severity badge.
[[nodiscard]] std::string_view severity_word(Severity s, std::string_view lang);
// "Proceed", "Defer until 9 December 2026", "Refer for medical clearance",
// "Decline"; `defer_until` is YYYY-MM-DD (or empty: "Defer").
[[nodiscard]] std::string outcome_words(storage::Decision d, std::string_view defer_until, std::string_view lang);

}  // namespace kiosk::text
