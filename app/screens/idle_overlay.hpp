#pragma once
// "Are you still there?" (mockups/05-idle.png): the Scrim over whatever page
// is showing, and a dialog with a 168 px countdown ring (Sand track, Teal arc
// of the time left from 12 o'clock), the seconds left, the question, a
// privacy line and one button, "I'm still here" (id `still_here`).
//
// Draw it after the page, while s.idle_prompt(). It opens its own window on
// top, so the page under the scrim can be neither hovered nor tapped, and it
// takes the page's ids out of the frame's registry: only `still_here` is
// on screen.
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

void draw_idle_overlay(UiContext& ui, session::IntakeSession& s);

}  // namespace kiosk::ui
