#pragma once
// The thank-you screen: the clinic's thanks title and body (clinic.yaml,
// "please hand the tablet back"), never a clinical verdict, and a Done
// button (id `done`) that returns to the attract screen at once; the session
// returns there by itself after thanks_seconds.
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

void draw_thanks(UiContext& ui, session::IntakeSession& s);

}  // namespace kiosk::ui
