#pragma once
// How the consent PDF words things: dates and times as a person reads them,
// severities and decisions, answers in the client's language, and who the
// client is (the first_name, last_name and dob items of DESIGN §2).
#include <cstdint>
#include <string>
#include <string_view>

#include "common/date.hpp"
#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "storage/store.hpp"

namespace kiosk::exporting::pdf {

// "2 April 1990".
[[nodiscard]] std::string long_date(const Date& d);
// "25 November 2026, 15:03 (UTC+01:00)" in the clinic's time zone (the process's, see time_zone.hpp).
[[nodiscard]] std::string local_time(std::int64_t unix_ms);

// "Proceed", "Defer until 9 December 2026", "Refer for medical clearance", "Decline".
[[nodiscard]] std::string decision_words(storage::Decision d, std::string_view defer_until);

// An answer as the PDF shows it: Yes / No, option labels in `lang` joined by
// ", ", long dates, numbers without trailing zeros, text as given.
[[nodiscard]] std::string answer_words(const Item& item, const Answer& a, std::string_view lang);

struct ClientIdentity {
    std::string name;           // "Ana García"; the printed name if no first/last name
    std::string date_of_birth;  // long date, or "not given"
};

[[nodiscard]] ClientIdentity client_identity(const AnswerMap& answers);

}  // namespace kiosk::exporting::pdf
