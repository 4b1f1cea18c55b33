#pragma once
// Drag to scroll (DESIGN §2): a clipped region whose content follows the
// finger. A press belongs to the innermost region (or signature pad) it
// starts in; once it moves past the drag threshold the region scrolls, and
// the buttons under it never see a tap (touch_target's rule). Where it is
// scrolled lives in the caller's ScrollPosition (a screen's state, owned by
// the shell), so a new client or a new visit starts at the top by resetting it.
//
//   ScrollRegion page(ui, "consent.page", st.page, min, max);
//   float y = min.y - page.offset();   ... draw, clipped ...
//   page.end(content_height);          // scrollbar, clamping, fade cue
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// A region's scroll state between frames. `{}`: at the top, the content
// not measured yet.
struct ScrollPosition {
    float offset = 0;
    float content = -1.0F;     // the content's height as last drawn (-1: unknown)
    float start_offset = 0;    // the offset when the current press began
};

class ScrollRegion {
public:
    // Pushes a clip rect (for drawing and for hit tests) and applies this
    // frame's drag, clamped to the content height of the last frame. `pos`
    // must outlive the region.
    ScrollRegion(UiContext& ui, std::string_view id, ScrollPosition& pos, ImVec2 min, ImVec2 max);
    ScrollRegion(const ScrollRegion&) = delete;
    ScrollRegion& operator=(const ScrollRegion&) = delete;
    ~ScrollRegion();

    [[nodiscard]] float offset() const { return m_offset; }
    [[nodiscard]] ImVec2 min() const { return m_min; }
    [[nodiscard]] ImVec2 max() const { return m_max; }
    // True when the end of the content is in view (or it all fits).
    [[nodiscard]] bool at_end() const { return m_at_end; }
    // True while a finger is scrolling this region.
    [[nodiscard]] bool dragging() const { return m_dragging; }

    // Pops the clip rect and records the content's height for the next
    // frame. Draws the scrollbar (`scrollbar`) when the content overflows.
    void end(float content_height, bool scrollbar = true);

    // Moves so that [top, bottom] (content coordinates, 0 = the region's
    // top) is in view, from the next frame on.
    void reveal(float top, float bottom);
    // Scrolls by `dy` (positive: towards the end) from the next frame on.
    void scroll_by(float dy);

private:
    UiContext& m_ui;
    ScrollPosition& m_pos;
    ImVec2 m_min;
    ImVec2 m_max;
    float m_offset = 0;
    bool m_at_end = true;
    bool m_dragging = false;
    bool m_ended = false;
};

// Claims the press that starts this frame inside [min, max] for `id` (in
// ui.pointer): the innermost claimer (the last to call) wins. Returns true
// while `id` owns the current press.
bool claim_pointer(UiContext& ui, std::string_view id, ImVec2 min, ImVec2 max);
[[nodiscard]] bool owns_pointer(const UiContext& ui, std::string_view id);

}  // namespace kiosk::ui
