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
#include "widgets/scroll_region.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// The screen's own state between frames: where the list is scrolled. The
// shell owns it (in ClientScreens) and resets it on each visit (from a page,
// after an edit) and with the client, so the list starts at the top.
struct ReviewState {
    ScrollPosition list;

    void reset() { list = {}; }
};

void draw_review(UiContext& ui, session::IntakeSession& s, ReviewState& st);

}  // namespace kiosk::ui
