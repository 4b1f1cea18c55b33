#pragma once
// The finger signature pad (04-consent.png): a Paper box with a baseline, an
// "×" at its start and "Sign above the line" under it. Each stroke is kept
// while the finger is down and handed to the session when it lifts, in the
// pad's own 0..1 coordinates, appended to the strokes already given. A press
// on the pad draws, it never scrolls the page (the pad claims the press).
//
// Ids: the pad is the item id (`signature`); its Clear button `<item>=clear`.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// Width / height of the pad, as the export's 600 x 200 signature image, so a
// signature reads the same on screen, in review and in the PDF.
inline constexpr float kSignatureAspect = 3.0F;

// The stroke being drawn: client data, kept from the press to the lift (then
// the session has it). Part of the consent screen's state, which the shell
// owns and resets with the client.
struct SignaturePadState {
    std::string item;                  // the pad the stroke is on
    std::vector<kiosk::Point> stroke;  // in the pad's 0..1 coordinates
    ImVec2 last;                       // the last point kept, in screen px
    bool active = false;               // a finger is down on `item`

    SignaturePadState() = default;
    SignaturePadState(const SignaturePadState&) = delete;
    SignaturePadState& operator=(const SignaturePadState&) = delete;
    ~SignaturePadState() { reset(); }
    // Drops the stroke in progress, zeroing its points first.
    void reset();
};

// Draws the pad in [min, max] (keep it at kSignatureAspect) with the item's
// error state when s.problems_for(item.id) is not empty. Returns true when a
// stroke was stored this frame.
bool signature_pad(UiContext& ui, session::IntakeSession& s, SignaturePadState& st, const kiosk::Item& item,
                   ImVec2 min, ImVec2 max);

// The "× Clear" secondary button (56 px tall): removes every stroke.
[[nodiscard]] float signature_clear_width(const UiContext& ui, std::string_view lang);
bool signature_clear_button(UiContext& ui, session::IntakeSession& s, SignaturePadState& st, const kiosk::Item& item,
                            ImVec2 min, ImVec2 max);

// A signature drawn into [min, max] (its 0..1 coordinates stretched to the
// box), for the review screen.
void draw_signature(ImDrawList* dl, const kiosk::Signature& sig, ImVec2 min, ImVec2 max, ImU32 color, float stroke);

}  // namespace kiosk::ui
