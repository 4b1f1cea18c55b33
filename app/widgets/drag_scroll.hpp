#pragma once
// Drag to scroll for a screen that owns its scroll position (the question
// pages): like ScrollRegion (scroll_region.hpp), whose pointer-ownership
// rule it shares so a press belongs to the innermost region, but it is
// itself the state (kept in the screen's), takes the content's height
// before drawing, follows the mouse wheel, and "keep this field in view"
// takes effect at once.
// A drag never also taps: touch_target refuses a press that moved.
#include <optional>
#include <string>
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

class DragScroll {
public:
    explicit DragScroll(std::string id) : m_id(std::move(id)) {}

    // Applies this frame's drag (and mouse wheel) in [min, max], clamped to
    // `content_height` (measured before drawing, so no frame is drawn
    // scrolled past the end; nullopt: the last frame's), and pushes the clip
    // rect for drawing and hit tests. Pair with end().
    void begin(UiContext& ui, ImVec2 min, ImVec2 max, std::optional<float> content_height = std::nullopt);
    // Pops the clip rect, records the content's height, clamps, and draws a
    // thin scrollbar when the content overflows.
    void end(UiContext& ui, float content_height);

    [[nodiscard]] float offset() const { return m_offset; }
    [[nodiscard]] float view_height() const { return m_max.y - m_min.y; }
    [[nodiscard]] bool dragging() const { return m_dragging; }

    // Scrolls the least so that [top, bottom] (content coordinates, 0 = the
    // region's top) is in view with `margin` around it; top wins when it
    // does not fit. Takes effect from the next frame.
    void reveal(float top, float bottom, float margin);
    // The same for a view `view_height` tall: before begin(), when the
    // region is about to change size (the keyboard opening).
    void reveal_in(float view_height, float top, float bottom, float margin);
    // Back to the top, forgetting the content height.
    void reset();

private:
    [[nodiscard]] float limit() const;

    std::string m_id;
    ImVec2 m_min{};
    ImVec2 m_max{};
    float m_offset = 0;
    float m_start_offset = 0;
    float m_content = 0;
    bool m_dragging = false;
    bool m_open = false;
};

}  // namespace kiosk::ui
