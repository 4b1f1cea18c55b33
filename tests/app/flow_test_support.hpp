#pragma once
// Helpers for the intake-flow UI tests: walking the shipped questionnaire to
// a given page through the session, and reading what a frame showed.
#include <string>
#include <string_view>
#include <vector>

#include "headless_ui.hpp"

namespace kiosk::test {

// Attract -> (skip the cards) -> the page with id `page_id`, answering the
// pages before it with clear_client_answers(). Draws one frame there.
void walk_to_page(HeadlessUi& ui, std::string_view page_id);

// The text answer the session holds for `item_id` ("" when none).
[[nodiscard]] std::string text_answer(HeadlessUi& ui, std::string_view item_id);

// True when some string drawn in the last frame contains `needle`.
[[nodiscard]] bool drew(const HeadlessUi& ui, std::string_view needle);

// Ids in the last frame's registry that start with `prefix`.
[[nodiscard]] std::vector<std::string> ids_starting(const HeadlessUi& ui, std::string_view prefix);

}  // namespace kiosk::test
