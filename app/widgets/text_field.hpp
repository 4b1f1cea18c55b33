#pragma once
// A touch text field (00-style.png): 72 px, Paper with an Outline border;
// focused, a 3 px Teal border in a 5 px tint ring and a caret after the
// text; a problem, an Error border with its tint halo. It only draws the text
// it is given (the answer held by the session) and reports taps: typing goes
// through the on-screen keyboard, so no ImGui edit buffer, clipboard or IME
// ever holds what the client writes. Id: the item id.
#include <string_view>

#include <imgui.h>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

inline constexpr float kFieldHeight = 72.0F;           // mockup px
inline constexpr float kLongFieldHeight = 176.0F;      // long text: about four lines

struct TextFieldView {
    std::string_view id;
    std::string_view text;
    bool focused = false;
    bool error = false;
    bool multiline = false;  // long text: wraps, shows its last lines
};

// The field's height at the clinic's font scale.
[[nodiscard]] float text_field_height(const UiContext& ui, bool multiline);

// Draws in [min, max]; returns true when the field was tapped this frame.
[[nodiscard]] bool text_field(UiContext& ui, const TextFieldView& view, ImVec2 min, ImVec2 max);

}  // namespace kiosk::ui
