#pragma once
// A tick row (04-consent.png): a 44 px checkbox (radius 10; ticked: Teal
// fill and a white check) beside a wrapped Body label, in a row at least 72
// px tall that toggles as a whole. After a refused Next an unticked row shows
// an Error border with its tint halo, and the reason under the label.
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct CheckboxRow {
    std::string_view id;     // the tap's meaning: `consent_risks=yes` to tick, `=no` to untick
    std::string_view label;
    bool checked = false;
    std::string_view error;  // shown under the label when not empty
};

[[nodiscard]] float checkbox_row_height(const UiContext& ui, const CheckboxRow& row, float width);

// Draws the row from `min`, `width` wide; returns true on a tap.
[[nodiscard]] bool checkbox_row(UiContext& ui, const CheckboxRow& row, ImVec2 min, float width);

}  // namespace kiosk::ui
