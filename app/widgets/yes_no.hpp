#pragma once
// The large Yes / No segmented buttons (00-style.png): 72 x 296 at scale 1,
// two halves with an Outline border and a divider. The chosen half is Teal
// with white text and a check; a problem draws an Error border with its
// tint halo. Ids: `<item>=yes` and `<item>=no` (DESIGN §7).
#include <optional>
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

inline constexpr float kYesNoWidth = 296.0F;  // mockup px
inline constexpr float kYesNoHeight = 72.0F;

struct YesNoView {
    std::string_view item_id;
    std::optional<bool> value;  // the answer, if given
    bool error = false;
    std::string_view yes_label;
    std::string_view no_label;
};

// Draws in [min, max]; returns the half tapped this frame, if any.
[[nodiscard]] std::optional<bool> yes_no(UiContext& ui, const YesNoView& view, ImVec2 min, ImVec2 max);

}  // namespace kiosk::ui
