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
#include <string>

#include "session/intake_session.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/signature_pad.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// The screen's own state between frames (answers live in the session): the
// focused field, the keyboard's layer, where the page and the consent text
// are scrolled, and the signature stroke being drawn. The shell owns it (in
// ClientScreens) and resets it on each visit to the page and with the client.
struct ConsentState {
    std::string focused;  // the text item with the keyboard ("" none)
    KeyboardState keyboard;
    ScrollPosition page;  // the whole page
    ScrollPosition card;  // the consent text
    SignaturePadState pad;
    bool reveal_focused = false;  // keep the focused field in view next frame
    bool reveal_problem = false;  // scroll to the first problem next frame

    // Forgets everything (scrubbing the stroke in progress).
    void reset();
};

void draw_consent(UiContext& ui, session::IntakeSession& s, ConsentState& st);

}  // namespace kiosk::ui
