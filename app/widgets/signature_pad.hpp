#pragma once
// The finger signature pad (04-consent.png): a Paper box with a baseline, an
// "×" at its start and "Sign above the line" under it. Each stroke is kept
// while the finger is down and handed to the session when it lifts, in the
// pad's own 0..1 coordinates, appended to the strokes already given. A press
// on the pad draws, it never scrolls the page (see signature_pad_owns_pointer).
//
// Ids: the pad is the item id (`signature`); its Clear button `<item>=clear`.
#include <string_view>

#include <imgui.h>

#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// Width / height of the pad, as the export's 600 x 200 signature image, so a
// signature reads the same on screen, in review and in the PDF.
inline constexpr float kSignatureAspect = 3.0F;

// Draws the pad in [min, max] (keep it at kSignatureAspect) with the item's
// error state when s.problems_for(item.id) is not empty. Returns true when a
// stroke was stored this frame.
bool signature_pad(UiContext& ui, session::IntakeSession& s, const kiosk::Item& item, ImVec2 min, ImVec2 max);

// The "× Clear" secondary button (56 px tall): removes every stroke.
[[nodiscard]] float signature_clear_width(const UiContext& ui, std::string_view lang);
bool signature_clear_button(UiContext& ui, session::IntakeSession& s, const kiosk::Item& item, ImVec2 min,
                            ImVec2 max);

// True while the current press started on a signature pad: a scrolling
// container must not move with it.
[[nodiscard]] bool signature_pad_owns_pointer();

// A signature drawn into [min, max] (its 0..1 coordinates stretched to the
// box), for the review screen.
void draw_signature(ImDrawList* dl, const kiosk::Signature& sig, ImVec2 min, ImVec2 max, ImU32 color, float stroke);

// Drops the stroke in progress. Pads also do this when the session's
// wipe_generation() changes; the shell may call it on a wipe.
void forget_signature_pads();

}  // namespace kiosk::ui
