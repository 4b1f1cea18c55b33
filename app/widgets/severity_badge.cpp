#include "widgets/severity_badge.hpp"

#include <cmath>

#include "theme/fonts.hpp"
#include "text/outcome_words.hpp"
#include "theme/palette.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

constexpr float kHeight = 36.0F;
constexpr float kPadLeft = 14.0F;
constexpr float kDot = 10.0F;
constexpr float kDotGap = 10.0F;
constexpr float kPadRight = 16.0F;

ImFont* badge_font(const UiContext& ui) { return ui.theme.font(TextRole::Small, Weight::SemiBold); }

}  // namespace

SeverityColors severity_colors(Severity s) {
    switch (s) {
        case Severity::Clear: return {color_from_rgb(0x1E6B41), color_from_rgb(0xDFF0E4), color_from_rgb(0x2E8A55)};
        case Severity::Review: return {color_from_rgb(0x7A5200), color_from_rgb(0xFBEFD3), color_from_rgb(0xC28A1A)};
        case Severity::Clearance: return {color_from_rgb(0x24508F), color_from_rgb(0xE1EAF7), color_from_rgb(0x3F6FB8)};
        case Severity::Defer: return {color_from_rgb(0x933F12), color_from_rgb(0xFCE2D2), color_from_rgb(0xD06A2E)};
        case Severity::Decline: return {color_from_rgb(0x902525), color_from_rgb(0xF8DCDB), color_from_rgb(0xC23B3A)};
    }
    return {color_from_rgb(0x2A2420), color_from_rgb(0xEEE6DC), color_from_rgb(0x625850)};
}

float severity_badge_width(const UiContext& ui, Severity s, std::string_view lang) {
    return std::round(ui.px(kPadLeft + kDot + kDotGap + kPadRight) + text_size(badge_font(ui), text::severity_word(s, lang)).x);
}

ImVec2 draw_severity_badge(UiContext& ui, Severity s, std::string_view lang, ImVec2 pos) {
    const SeverityColors col = severity_colors(s);
    const ImVec2 size(severity_badge_width(ui, s, lang), std::round(ui.px(kHeight)));
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    ui.draw->AddRectFilled(pos, max, col.fill, size.y * 0.5F);
    const float cy = pos.y + size.y * 0.5F;
    ui.draw->AddCircleFilled(ImVec2(pos.x + ui.px(kPadLeft + kDot * 0.5F), cy), ui.px(kDot * 0.5F), col.dot, 16);
    draw_line_centered_y(ui.draw, badge_font(ui), pos.x + ui.px(kPadLeft + kDot + kDotGap), cy, col.text,
                         text::severity_word(s, lang));
    return size;
}

}  // namespace kiosk::ui
