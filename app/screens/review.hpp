#pragma once
// The review screen: every answered item, grouped by page in Paper cards,
// each page with an Edit button; answers in the client's language (option
// labels, Yes/No, dates written out, the signature drawn small). The list
// scrolls by dragging. Submit is the primary button; when saving failed, a
// calm "please see the front desk" banner stays above the list (the session
// keeps the answers).
//
// Ids: `back`, `submit`, `review.list` (the list: `drag review.list 0 -800`),
// `edit=<page id>` for each page.
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

void draw_review(UiContext& ui, session::IntakeSession& s);

// Back to the top of the list on the next draw (the shell may call this on a wipe).
void forget_review_screen();

}  // namespace kiosk::ui
