#pragma once
// The severity badge of the practitioner screens (00-style.png, 06-queue.png):
// a 36 px pill with a dot and the word in SemiBold Small, coloured by
// severity. The word is always shown, never the colour alone.
#include <string_view>

#include <imgui.h>

#include "questionnaire/model.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct SeverityColors {
    ImU32 text;
    ImU32 fill;
    ImU32 dot;
};

[[nodiscard]] SeverityColors severity_colors(Severity s);
// The word is text::severity_word(s, lang).
[[nodiscard]] float severity_badge_width(const UiContext& ui, Severity s, std::string_view lang);
// Draws the badge with its top-left at `pos`; returns its size.
ImVec2 draw_severity_badge(UiContext& ui, Severity s, std::string_view lang, ImVec2 pos);

}  // namespace kiosk::ui
