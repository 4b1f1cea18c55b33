#pragma once
// About the treatment (DESIGN §2): the clinic's information cards, one at a
// time (title, body, bullets), before the questions. Next or a swipe to the
// left moves on, Back or a swipe to the right goes back, Skip goes straight
// to the questions. Ids: `next`, `back`, `skip`.
#include "session/intake_session.hpp"
#include "widgets/drag_scroll.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct AboutState {
    size_t card = 0;
    DragScroll scroll{"about.card"};
    bool redraw = false;

    // On arriving at the cards: the first card, or the last when coming back
    // from the first page of questions.
    void enter(bool from_questions, size_t card_count) {
        card = from_questions && card_count > 0 ? card_count - 1 : 0;
        scroll.reset();
    }
};

void draw_about(UiContext& ui, session::IntakeSession& s, AboutState& state);

}  // namespace kiosk::ui
