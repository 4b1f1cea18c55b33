#pragma once
// Overwrites a client's answers before their memory goes back to the
// allocator, so a freed block (or a later core or swap page) does not still
// hold a name or a medical answer after the intake is wiped (DESIGN §6).
#include <string>

#include "questionnaire/answer.hpp"

namespace kiosk::session {

// Zeroes every byte the string owns (its whole capacity, and the small-string
// buffer inside the object), then empties it.
void scrub(std::string& s);
// Zeroes whatever the answer holds; what is left is only fit to be discarded.
void scrub(Answer& a);
// Scrubs every answer, then clears the map.
void scrub(AnswerMap& answers);
// Scrubs the answer to `item_id` (if any) and removes it.
void scrub_erase(AnswerMap& answers, std::string_view item_id);

}  // namespace kiosk::session
