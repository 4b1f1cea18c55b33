#pragma once
// The client's display controls (DESIGN §2, "large-print"): the text size in
// three steps (three "A"s of growing size in one segmented pill) and a
// high-contrast toggle. On the attract screen they are a row under the
// language pills; on the flow screens an "Aa" pill at the top bar's right
// opens them in a small panel above the page (a tap outside closes it).
//
// Widget ids: `text_size=1` `text_size=2` `text_size=3`; `contrast=high`
// while the contrast is normal and `contrast=normal` while it is high (the
// id says what a tap does, like a tick row's); `display` for the flow's "Aa"
// pill (open / close the panel).
#include <optional>
#include <string_view>

#include <imgui.h>

#include "theme/display_prefs.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

// Where the row's two controls go, from the row's top-left, when it may be
// `width` wide (after the "Aa" mark): side by side, or the toggle below.
struct DisplayRowLayout {
    ImVec2 steps;  // the segmented text-size pill
    float steps_width = 0;
    ImVec2 contrast;  // the contrast toggle
    float contrast_width = 0;
    float control_height = 0;
    float height = 0;  // the whole row
};

[[nodiscard]] DisplayRowLayout layout_display_row(const UiContext& ui, std::string_view lang,
                                                  const DisplayPrefs& prefs, float width, float control_height);

// The attract screen's row, top-left at `min`. Returns the preferences the
// client tapped, if any.
[[nodiscard]] std::optional<DisplayPrefs> draw_display_row(UiContext& ui, std::string_view lang,
                                                          const DisplayPrefs& prefs, const DisplayRowLayout& layout,
                                                          ImVec2 min);

// The flow's "Aa" pill at the top bar's right edge (page_chrome keeps the
// wordmark clear of it).
[[nodiscard]] ImVec2 display_button_min(const UiContext& ui);
[[nodiscard]] ImVec2 display_button_max(const UiContext& ui);
// Draws it (selected while the panel is open); true when tapped.
[[nodiscard]] bool draw_display_button(UiContext& ui, bool open);

struct DisplayPanelResult {
    std::optional<DisplayPrefs> prefs;  // tapped: apply (the panel stays open)
    bool close = false;                 // "Aa" again, or a tap outside the panel
};

// The panel under the "Aa" pill, in its own window above the page: while it
// is open nothing of the page can be tapped (it leaves the registry with only
// its own ids and `display`).
[[nodiscard]] DisplayPanelResult draw_display_panel(UiContext& page_ui, std::string_view lang,
                                                    const DisplayPrefs& prefs);

}  // namespace kiosk::ui
