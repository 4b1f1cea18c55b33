#pragma once
// The consent page (mockups/04-consent.png): the consent text in a clipped
// Paper card that scrolls by dragging, with a scrollbar and a "Keep reading"
// cue until its end has been seen (then the session hears mark_consent_read);
// a tick row for each acknowledgement (a yes/no item that must be Yes), the
// optional yes/no items (photo consent), the signature pad with Clear, the
// printed name on the on-screen keyboard, and Continue. Problems show beside
// each field once Continue was refused; "please sign again" shows when an
// edit took the signature away. The whole page scrolls by dragging too.
//
// Ids: `back`, `next`, `consent.text` (the card: `drag consent.text 0 -3000`
// reads it to the end), `consent.more` (Keep reading: scrolls the card on),
// `<item>=yes` / `<item>=no` (ticks and yes/no), `signature`,
// `signature=clear`, `printed_name` and, while it is focused, the keyboard's
// `key=...` ids.
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

void draw_consent(UiContext& ui, session::IntakeSession& s);

// Forgets which field has the keyboard and where the page and card are
// scrolled (no client data is kept here; the shell may call this on a wipe).
void forget_consent_screen();

}  // namespace kiosk::ui
