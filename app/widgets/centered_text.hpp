#pragma once
// Wrapped text with each line centred, for dialogs and the thank-you screen
// (mockups/README.md: centre text only inside buttons and dialogs).
#include <string_view>

#include <imgui.h>

#include "widgets/text.hpp"

namespace kiosk::ui {

// Draws `text` wrapped at `width`, each line centred on `center_x`, from
// `top`. Returns the height used (as wrapped_height).
float draw_wrapped_centered(ImDrawList* dl, ImFont* font, float center_x, float top, float width, ImU32 color,
                            std::string_view text, float line_height = kLineHeight);

}  // namespace kiosk::ui
