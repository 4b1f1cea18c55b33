#pragma once
// A page of the questionnaire (mockups/02-question.png, 03-keyboard.png): the
// top bar (Back, "Step i of n", wordmark), the page title and intro, one
// Paper card of the page's visible items separated by dividers (follow-ups
// indented behind a Teal rule, "Because you answered Yes"), each item's
// problem beside it once Next was refused, and the bottom bar with a note and
// Next. A text field opens the on-screen keyboard in place of the bottom bar
// and is kept in view above it. The whole page scrolls by dragging.
//
// The screen only reads the session and calls its intents; what it keeps of
// its own (QuestionsState) is which field has the keyboard, the date
// pickers' drafts and where the page is scrolled. The shell owns it (in
// ClientScreens) and resets it on every new page and every wipe.
#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "screens/question_card.hpp"
#include "session/intake_session.hpp"
#include "widgets/date_picker.hpp"
#include "widgets/drag_scroll.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct QuestionsState {
    QuestionsState() = default;
    QuestionsState(const QuestionsState&) = delete;
    QuestionsState& operator=(const QuestionsState&) = delete;
    ~QuestionsState();

    // The clinic's date for the date pickers (the session's clock); today's
    // local date when unset.
    std::optional<Date> today;

    std::string focused;          // the item whose field has the keyboard ("" none)
    KeyboardState keyboard;
    std::string number_text;      // the focused number field as typed (client data)
    DragScroll scroll{"questions.page"};
    DatePickers dates;            // the page's date fields (drafts are client data)
    std::vector<ItemSpan> spans;  // where the last frame drew each item (content coordinates)
    bool reveal_focused = false;  // keep the focused field in view next frame
    bool reveal_problem = false;  // scroll to the first problem next frame
    bool redraw = false;          // something moved that the next frame must show

    // Forgets everything (scrubbing number_text and the date drafts).
    void reset();
};

// Draws the session's current page; Back, Next and answers go to `s`.
void draw_questions(UiContext& ui, session::IntakeSession& s, QuestionsState& state);

}  // namespace kiosk::ui
