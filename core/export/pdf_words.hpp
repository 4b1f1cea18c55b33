#pragma once
// How the consent PDF words answers (options in the client's language) and who the
// client is (the first_name, last_name and dob items of DESIGN §2).
#include <cstdint>
#include <string>
#include <string_view>

#include "common/date.hpp"
#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"

namespace kiosk::exporting::pdf {

// Dates, times and decisions are worded by text/date_words.hpp and
// text/outcome_words.hpp; the labels come from the catalogue (pdf.* keys).

// An answer as the PDF shows it, in the client's `lang` (what they read when
// they answered): Yes / No, option labels joined by ", ", long dates, numbers
// without trailing zeros, text as given.
[[nodiscard]] std::string answer_words(const Item& item, const Answer& a, std::string_view lang);

struct ClientIdentity {
    std::string name;           // "Ana García"; the printed name if no first/last name
    std::string date_of_birth;  // long date, or "not given"
};

// In `words_lang`, the document's language.
[[nodiscard]] ClientIdentity client_identity(const AnswerMap& answers, std::string_view words_lang);

}  // namespace kiosk::exporting::pdf
