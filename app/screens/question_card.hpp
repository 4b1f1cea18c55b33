#pragma once
// The card of a question page (mockups/02-question.png): the page's visible
// items in one Paper card, a divider between questions, follow-ups indented
// behind a Teal rule under the question they follow, two short fields side
// by side when there is room, and each item's problem beside it. Part of the
// questions screen (questions.cpp), which owns the page around it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "common/date.hpp"
#include "questionnaire/answer.hpp"
#include "session/intake_session.hpp"
#include "widgets/date_picker.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// What the client did in the card this frame (one tap at most).
struct CardIntent {
    enum class Kind { None, Answer, Toggle, Focus };
    Kind kind = Kind::None;
    std::string item_id;
    kiosk::Answer value;  // Answer
    std::string option;   // Toggle
};

// Where an item was drawn, in content coordinates (0 = the content's top).
struct ItemSpan {
    std::string item_id;
    float top = 0;
    float bottom = 0;
    // The field itself (text and date items); the whole item otherwise.
    float field_top = 0;
    float field_bottom = 0;
};

struct CardInput {
    std::string_view focused;      // the item with the keyboard
    std::string_view number_text;  // the focused number field as typed
    std::optional<Date> today;     // for the date pickers
    DatePickers& dates;            // the date pickers' state (the questions screen's)
    float content_top = 0;         // screen y of content coordinate 0
};

struct CardResult {
    float height = 0;
    CardIntent intent;
    std::vector<ItemSpan> spans;   // every field and question, in order
    bool date_tapped = false;      // a date field was tapped (the keyboard makes way)
};

// The card's height at `width` as it would be drawn now (no drawing).
[[nodiscard]] float question_card_height(UiContext& ui, session::IntakeSession& s, const CardInput& in, float width);

// Draws the card with its top-left at `pos`, `width` wide. Date fields call
// the session themselves (their picker's own intents).
[[nodiscard]] CardResult draw_question_card(UiContext& ui, session::IntakeSession& s, const CardInput& in, ImVec2 pos,
                                            float width);

}  // namespace kiosk::ui
