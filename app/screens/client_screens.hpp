#pragma once
// Every client screen's own state between frames, in one place: which field
// has the keyboard, where each page is scrolled, the date pickers' drafts,
// the signature stroke being drawn. The shell owns it, hands each screen its
// part, and resets it from the session's changes it sees: a part when its
// screen is entered anew (a new page, a new visit), all of it when the
// client's data is wiped. No screen or widget keeps state of its own.
// (The practitioner's screens keep theirs in PractitionerMode, scrubbed at
// every lock.)
#include <cstddef>

#include "screens/about.hpp"
#include "screens/consent.hpp"
#include "screens/questions.hpp"
#include "screens/review.hpp"
#include "session/intake_session.hpp"

namespace kiosk::ui {

struct ClientScreens {
    AboutState about;
    QuestionsState questions;
    ConsentState consent;
    ReviewState review;

    // The session went from (`from`, page `from_page`) to its current step
    // and page: the screen left and the screen now shown start afresh
    // (About at its first card, or its last when coming back from the
    // questions). Nothing when neither changed.
    void enter(const session::IntakeSession& s, session::Step from, size_t from_page);
    // A new client (the session wiped its answers): every screen starts
    // afresh, nothing of the last client left in it.
    void reset();
};

}  // namespace kiosk::ui
