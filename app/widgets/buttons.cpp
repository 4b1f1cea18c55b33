#include "widgets/buttons.hpp"

#include <algorithm>

#include "widgets/icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kButtonRadius = 16.0F;
constexpr float kPressDrop = 4.0F;  // pressed content moves down, shadow height too
constexpr float kButtonPad = 46.0F;
constexpr float kArrowSize = 22.0F;
constexpr float kArrowGap = 48.0F;
constexpr float kPillPad = 31.0F;
constexpr float kCheckSize = 18.0F;
constexpr float kCheckGap = 14.0F;
constexpr float kStroke = 2.5F;

ImVec2 down(ImVec2 p, float dy) { return {p.x, p.y + dy}; }

// How much larger than the mockup the clinic's font_scale makes `font`:
// icons beside a label grow with it.
float label_scale(const UiContext& ui, ImFont* font, TextRole role) {
    return std::max(1.0F, font_em(font) / ui.px(role_px(role)));
}

}  // namespace

float primary_button_width(const UiContext& ui, const PrimaryButton& b, float min_width) {
    const float label_w = text_size(ui.theme.font(b.role, Weight::SemiBold), b.label).x;
    float w = label_w + 2.0F * ui.px(kButtonPad);
    if (b.arrow) w += ui.px(kArrowGap + kArrowSize * label_scale(ui, ui.theme.font(b.role, Weight::SemiBold), b.role));
    return std::max(w, min_width);
}

bool primary_button(UiContext& ui, const PrimaryButton& b, ImVec2 min, ImVec2 max) {
    const TouchState touch = touch_target(ui, b.id, min, ImVec2(max.x, max.y + ui.px(kPressDrop)));
    const Palette& c = ui.colors();
    const float radius = ui.px(kButtonRadius);
    const float drop = touch.pressed ? ui.px(kPressDrop) : 0.0F;
    if (touch.pressed) {
        ui.draw->AddRectFilled(down(min, drop), down(max, drop), c.primary_pressed, radius);
    } else {
        ui.draw->AddRectFilled(down(min, ui.px(kPressDrop)), down(max, ui.px(kPressDrop)), c.primary_pressed, radius);
        ui.draw->AddRectFilled(min, max, c.primary, radius);
    }

    ImFont* font = ui.theme.font(b.role, Weight::SemiBold);
    const float cy = (min.y + max.y) * 0.5F + drop;
    if (b.arrow) {
        draw_line_centered_y(ui.draw, font, min.x + ui.px(kButtonPad), cy, c.on_primary, b.label);
        const float size = ui.px(kArrowSize) * label_scale(ui, font, b.role);
        const float ax = max.x - ui.px(50.0F) - size * 0.5F;
        icons::arrow_right(ui.draw, ImVec2(ax, cy), size, c.on_primary, ui.px(kStroke));
    } else {
        const float w = text_size(font, b.label).x;
        draw_line_centered_y(ui.draw, font, (min.x + max.x - w) * 0.5F, cy, c.on_primary, b.label);
    }
    return touch.tapped;
}

float pill_width(const UiContext& ui, std::string_view label, bool selected) {
    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    float w = text_size(font, label).x + 2.0F * ui.px(kPillPad);
    if (selected) w += ui.px(kCheckSize + kCheckGap) * label_scale(ui, font, TextRole::Body);
    return w;
}

bool pill_toggle(UiContext& ui, std::string_view id, std::string_view label, bool selected, ImVec2 min, ImVec2 max) {
    const float height = max.y - min.y;
    const TouchState touch = touch_target(ui, id, min, max);
    const Palette& c = ui.colors();
    const float radius = height * 0.5F;
    const float border = ui.px(2.0F);
    const ImU32 fill = touch.pressed ? c.sand : selected ? c.primary_tint : c.paper;
    const ImU32 edge = selected ? c.primary : c.line_strong;
    const ImU32 ink = selected ? c.primary : c.ink;

    ui.draw->AddRectFilled(min, max, fill, radius);
    const float half = border * 0.5F;
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half), edge, radius - half,
                     ImDrawFlags_None, border);

    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float k = label_scale(ui, font, TextRole::Body);
    float x = min.x + ui.px(kPillPad);
    const float cy = (min.y + max.y) * 0.5F + (touch.pressed ? ui.px(2.0F) : 0.0F);
    if (selected) {
        const float check = ui.px(kCheckSize) * k;
        icons::check(ui.draw, ImVec2(x + check * 0.5F, cy), check, ink, ui.px(kStroke));
        x += check + ui.px(kCheckGap) * k;
    }
    ui.draw->PushClipRect(min, max, true);
    draw_line_centered_y(ui.draw, font, x, cy, ink, label);
    ui.draw->PopClipRect();
    return touch.tapped;
}

}  // namespace kiosk::ui
