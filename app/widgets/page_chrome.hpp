#pragma once
// The frame every flow screen (about, questions, consent, review) sits in
// (mockups/02-question.png): a 104 px top bar with Back (secondary, top left,
// so the keyboard never covers it), "Step i of n" with one segment a step,
// and the clinic's wordmark (left of the client's "Aa" display pill, which
// the shell draws at the right edge: widgets/display_controls.hpp); a 112 px bottom bar with a calm note and the
// screen's one Teal primary button; and the content area between them with
// the flow screens' 80 px side margins.
#include <string_view>

#include <imgui.h>

#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct PageLayout {
    ImVec2 content_min;  // below the top bar, inside the side margins
    ImVec2 content_max;  // above the bottom bar
    float margin = 0;    // the side margin in px (80 at scale 1)

    [[nodiscard]] float width() const { return content_max.x - content_min.x; }
    [[nodiscard]] float height() const { return content_max.y - content_min.y; }
};

// Where the content goes on a screen of `ui.size` with both bars drawn.
// `with_bottom_bar` false: the content runs to the screen's bottom edge
// (the on-screen keyboard replaces the bottom bar).
[[nodiscard]] PageLayout page_layout(const UiContext& ui, bool with_bottom_bar = true);

// Back (id `back`), the progress ("Step i of n" and its segments, when the
// session's step has progress) and the wordmark. `back_tapped` is set when
// Back was tapped this frame; it is never cleared here.
void draw_top_bar(UiContext& ui, const session::IntakeSession& s, bool& back_tapped);

// The note (an (i) icon and Small text, left) and the primary button (right,
// with a right arrow). Returns true when the primary button was tapped.
[[nodiscard]] bool draw_bottom_bar(UiContext& ui, std::string_view note, std::string_view primary_label,
                                   std::string_view primary_id);
// The same with the note as a problem (Error ink and a (!) icon): after a
// refused Next, when the fields it points to may be scrolled away.
[[nodiscard]] bool draw_bottom_bar_problem(UiContext& ui, std::string_view note, std::string_view primary_label,
                                           std::string_view primary_id);
// Where the bottom bar's primary button starts (its left edge), so a screen
// can put a secondary button (Skip) beside it.
[[nodiscard]] float bottom_bar_primary_left(const UiContext& ui, std::string_view primary_label);
// The bottom bar's button row: its vertical centre and the button height.
[[nodiscard]] float bottom_bar_center_y(const UiContext& ui);

// The secondary button (Paper, strong line border, shadow below): Back and Skip.
// `chevron` draws a left chevron before the label (Back).
[[nodiscard]] bool secondary_button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 min, ImVec2 max,
                                    bool chevron = false);
[[nodiscard]] float secondary_button_width(const UiContext& ui, std::string_view label, bool chevron);

// The language switch beside Back on every flow screen (the shell draws it):
// one pill with a globe and the next offered language's own name, id
// `lang=<code>`. Returns the code tapped, or "" (none when the clinic offers
// one language).
[[nodiscard]] std::string_view draw_language_switch(UiContext& ui, const session::IntakeSession& s);

// The clinic's wordmark: a ringed initial and the clinic name, right-aligned
// to `right`, vertically centred on `center_y`.
void draw_wordmark_small(UiContext& ui, std::string_view clinic_name, float right, float center_y);

}  // namespace kiosk::ui
