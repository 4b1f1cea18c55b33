#pragma once
// Walks a HeadlessUi's session (shipped config) to a given page through the
// session's intents, with a complete set of "nothing to report" answers, so
// the consent, review and idle tests start where they need to; and taps
// widgets the way the replay does, scrolling them into view first.
#include <string>
#include <string_view>

#include "headless_ui.hpp"
#include "questionnaire/answer.hpp"

namespace kiosk::test {

// Every required answer of the shipped questionnaire, medical questions all
// "no", consent ticked and signed.
[[nodiscard]] kiosk::AnswerMap clear_client_answers();

// Attract -> ... -> the consent page, answering each page from `answers`
// (the consent page itself is left unanswered). Draws one frame there.
void walk_to_consent(HeadlessUi& ui, const kiosk::AnswerMap& answers);
// ... then reads the consent (session intent), fills the consent page and
// goes on to review. Draws one frame there.
void walk_to_review(HeadlessUi& ui, const kiosk::AnswerMap& answers);

// Drags the widget's scroll region until `id` is wholly in view, then taps it.
void tap_in_view(HeadlessUi& ui, std::string_view id);

}  // namespace kiosk::test
