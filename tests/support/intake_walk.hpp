#pragma once
// Walks a HeadlessUi's session (shipped config) to a given page through the
// session's intents, with a complete set of "nothing to report" answers
// (testing::clear_client), so the flow, consent, review and idle tests start
// where they need to; taps widgets the way the replay does, scrolling them
// into view first; and reads what the session and the registry hold.
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/answer.hpp"
#include "support/headless_ui.hpp"

namespace kiosk::test {

// Attract -> (skip the cards) -> the page with id `page_id`, answering the
// pages before it with testing::clear_client(). Draws one frame there.
void walk_to_page(HeadlessUi& ui, std::string_view page_id);
// Attract -> ... -> the consent page, answering each page from `answers`
// (the consent page itself is left unanswered). Draws one frame there.
void walk_to_consent(HeadlessUi& ui, const kiosk::AnswerMap& answers);
// ... then reads the consent (session intent), fills the consent page and
// goes on to review. Draws one frame there.
void walk_to_review(HeadlessUi& ui, const kiosk::AnswerMap& answers);

// Drags the widget's scroll region until `id` is wholly in view, then taps it.
void tap_in_view(HeadlessUi& ui, std::string_view id);

// The text answer the session holds for `item_id` ("" when none).
[[nodiscard]] std::string text_answer(HeadlessUi& ui, std::string_view item_id);

// Ids in the last frame's registry that start with `prefix`.
[[nodiscard]] std::vector<std::string> ids_starting(const HeadlessUi& ui, std::string_view prefix);

}  // namespace kiosk::test
