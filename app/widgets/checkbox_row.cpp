#include "widgets/checkbox_row.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/field_error.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kRowMin = 72.0F;
constexpr float kBox = 44.0F;
constexpr float kBoxRadius = 10.0F;
constexpr float kLabelGap = 20.0F;
constexpr float kPadY = 12.0F;
constexpr float kErrorGap = 6.0F;

float label_width(const UiContext& ui, float width) { return std::max(ui.px(80.0F), width - ui.px(kBox + kLabelGap)); }

}  // namespace

float checkbox_row_height(const UiContext& ui, const CheckboxRow& row, float width) {
    const float lw = label_width(ui, width);
    float block = wrapped_height(ui.theme.font(TextRole::Body), row.label, lw);
    if (!row.error.empty()) block += ui.px(kErrorGap) + inline_error_height(ui, row.error, lw);
    return std::max(ui.px(kRowMin), std::max(block, ui.px(kBox)) + 2.0F * ui.px(kPadY));
}

bool checkbox_row(UiContext& ui, const CheckboxRow& row, ImVec2 min, float width) {
    const float height = checkbox_row_height(ui, row, width);
    const ImVec2 max(min.x + width, min.y + height);
    const TouchState touch = touch_target(ui, row.id, min, max);
    const Palette& c = ui.colors();

    ImFont* font = ui.theme.font(TextRole::Body);
    const float lw = label_width(ui, width);
    const float label_h = wrapped_height(font, row.label, lw);
    const float error_h = row.error.empty() ? 0.0F : ui.px(kErrorGap) + inline_error_height(ui, row.error, lw);
    const float block_top = std::round(min.y + (height - label_h - error_h) * 0.5F);

    // The box sits beside the label (centred on it), not beside the error.
    const float box = ui.px(kBox);
    const float box_cy = std::max(block_top + label_h * 0.5F, min.y + ui.px(kPadY) + box * 0.5F);
    const ImVec2 b0(min.x, std::round(box_cy - box * 0.5F));
    const ImVec2 b1(b0.x + box, b0.y + box);
    const float r = ui.px(kBoxRadius);
    const bool error = !row.error.empty() && !row.checked;
    if (error) {
        const float halo = ui.px(4.0F);
        ui.draw->AddRectFilled(ImVec2(b0.x - halo, b0.y - halo), ImVec2(b1.x + halo, b1.y + halo), c.error_tint,
                               r + halo);
    }
    if (row.checked) {
        ui.draw->AddRectFilled(b0, b1, touch.pressed ? c.primary_pressed : c.primary, r);
        icons::check(ui.draw, ImVec2((b0.x + b1.x) * 0.5F, (b0.y + b1.y) * 0.5F), box * 0.45F, c.on_primary,
                     ui.px(3.0F));
    } else {
        ui.draw->AddRectFilled(b0, b1, touch.pressed ? c.sand : c.paper, r);
        const float half = ui.px(1.0F);
        ui.draw->AddRect(ImVec2(b0.x + half, b0.y + half), ImVec2(b1.x - half, b1.y - half),
                         error ? c.error : c.outline, r - half, ImDrawFlags_None, ui.px(2.0F));
    }

    const float x = min.x + box + ui.px(kLabelGap);
    draw_wrapped(ui.draw, font, ImVec2(x, block_top), lw, c.ink, row.label);
    if (!row.error.empty())
        draw_inline_error(ui, row.error, ImVec2(x, block_top + label_h + ui.px(kErrorGap)), lw);
    return touch.tapped;
}

}  // namespace kiosk::ui
