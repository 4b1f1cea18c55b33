#include "widgets/yes_no.hpp"

#include <cmath>
#include <string>

#include "theme/fonts.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kRadius = 16.0F;
constexpr float kBorder = 2.0F;
constexpr float kHalo = 4.0F;
constexpr float kCheck = 18.0F;
constexpr float kCheckGap = 12.0F;

struct Half {
    ImVec2 min;
    ImVec2 max;
    ImDrawFlags corners;
};

void draw_half(UiContext& ui, const Half& h, std::string_view label, bool selected, bool pressed) {
    const Palette& c = ui.colors();
    const float r = ui.px(kRadius);
    const ImU32 fill = selected ? (pressed ? c.primary_pressed : c.primary) : (pressed ? c.sand : c.paper);
    ui.draw->AddRectFilled(h.min, h.max, fill, r, h.corners);
    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float w = text_size(font, label).x;
    const float check = selected ? ui.px(kCheck + kCheckGap) : 0.0F;
    const float x = std::round((h.min.x + h.max.x - w - check) * 0.5F);
    const float cy = (h.min.y + h.max.y) * 0.5F + (pressed ? ui.px(2.0F) : 0.0F);
    const ImU32 ink = selected ? c.on_primary : c.ink;
    if (selected) icons::check(ui.draw, ImVec2(x + ui.px(kCheck) * 0.5F, cy), ui.px(kCheck), ink, ui.px(2.5F));
    draw_line_centered_y(ui.draw, font, x + check, cy, ink, label);
}

}  // namespace

std::optional<bool> yes_no(UiContext& ui, const YesNoView& view, ImVec2 min, ImVec2 max) {
    const Palette& c = ui.colors();
    const float mid = std::round((min.x + max.x) * 0.5F);
    const std::string id(view.item_id);
    const TouchState yes = touch_target(ui, id + "=yes", min, ImVec2(mid, max.y));
    const TouchState no = touch_target(ui, id + "=no", ImVec2(mid, min.y), max);
    const float r = ui.px(kRadius);

    if (view.error) {
        const float halo = ui.px(kHalo);
        ui.draw->AddRectFilled(ImVec2(min.x - halo, min.y - halo), ImVec2(max.x + halo, max.y + halo), c.error_tint,
                               r + halo);
    }
    const bool yes_on = view.value == std::optional<bool>(true);
    const bool no_on = view.value == std::optional<bool>(false);
    const Half left{min, ImVec2(mid, max.y), ImDrawFlags_RoundCornersLeft};
    const Half right{ImVec2(mid, min.y), max, ImDrawFlags_RoundCornersRight};
    if (!yes_on) draw_half(ui, left, view.yes_label, false, yes.pressed);
    if (!no_on) draw_half(ui, right, view.no_label, false, no.pressed);

    const ImU32 edge = view.error ? c.error : c.outline;
    const float b = ui.px(kBorder);
    const float half = b * 0.5F;
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half), edge, r - half,
                     ImDrawFlags_None, b);
    ui.draw->AddLine(ImVec2(mid, min.y + b), ImVec2(mid, max.y - b), edge, b * 0.75F);
    // The chosen half covers the outline: a Teal block, as in the mockups.
    if (yes_on) draw_half(ui, left, view.yes_label, true, yes.pressed);
    if (no_on) draw_half(ui, right, view.no_label, true, no.pressed);

    if (yes.tapped) return true;
    if (no.tapped) return false;
    return std::nullopt;
}

}  // namespace kiosk::ui
