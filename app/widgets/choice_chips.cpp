#include "widgets/choice_chips.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "theme/fonts.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kHeight = 48.0F;
constexpr float kPad = 22.0F;
constexpr float kGap = 12.0F;
constexpr float kCheck = 16.0F;
constexpr float kCheckGap = 10.0F;

ImFont* chip_font(const UiContext& ui) { return ui.theme.font(TextRole::Body, Weight::SemiBold); }

// A chip grows with the clinic's font_scale so its label keeps its padding.
float chip_height(const UiContext& ui) {
    return std::max(ui.px(kHeight), std::round(font_em(chip_font(ui)) * 2.0F));
}

float chip_width(const UiContext& ui, const ChipOption& o, float limit) {
    const float check = o.selected ? ui.px(kCheck + kCheckGap) : 0.0F;
    return std::min(limit, text_size(chip_font(ui), o.label).x + check + 2.0F * ui.px(kPad));
}

// Top-left of every chip relative to the first, flowing at `width`.
std::vector<ImVec2> flow(const UiContext& ui, const ChipsView& view, float width, float& height) {
    std::vector<ImVec2> out;
    const float h = chip_height(ui);
    const float gap = ui.px(kGap);
    float x = 0;
    float y = 0;
    for (const ChipOption& o : view.options) {
        const float w = chip_width(ui, o, width);
        if (x > 0 && x + w > width) {
            x = 0;
            y += h + gap;
        }
        out.emplace_back(x, y);
        x += w + gap;
    }
    height = view.options.empty() ? 0.0F : y + h;
    return out;
}

}  // namespace

float choice_chips_height(const UiContext& ui, const ChipsView& view, float width) {
    float h = 0;
    (void)flow(ui, view, width, h);
    return h;
}

std::optional<size_t> choice_chips(UiContext& ui, const ChipsView& view, ImVec2 pos, float width) {
    const Palette& c = ui.colors();
    float total = 0;
    const std::vector<ImVec2> at = flow(ui, view, width, total);
    const float h = chip_height(ui);
    ImFont* font = chip_font(ui);
    std::optional<size_t> tapped;
    for (size_t i = 0; i < view.options.size(); ++i) {
        const ChipOption& o = view.options[i];
        const ImVec2 min(pos.x + at[i].x, pos.y + at[i].y);
        const ImVec2 max(min.x + chip_width(ui, o, width), min.y + h);
        const TouchState touch = touch_target(ui, std::string(view.item_id) + "=" + std::string(o.id), min, max);
        if (touch.tapped) tapped = i;

        const float r = h * 0.5F;
        const ImU32 fill = o.selected ? (touch.pressed ? c.primary_pressed : c.primary) : (touch.pressed ? c.sand : c.paper);
        ui.draw->AddRectFilled(min, max, fill, r);
        if (!o.selected || view.error) {
            const float b = ui.px(view.error ? 2.0F : 1.5F);
            ui.draw->AddRect(ImVec2(min.x + b * 0.5F, min.y + b * 0.5F), ImVec2(max.x - b * 0.5F, max.y - b * 0.5F),
                             view.error ? c.error : c.line_strong, r - b * 0.5F, ImDrawFlags_None, b);
        }
        const ImU32 ink = o.selected ? c.on_primary : c.ink;
        const float cy = (min.y + max.y) * 0.5F + (touch.pressed ? ui.px(2.0F) : 0.0F);
        float x = min.x + ui.px(kPad);
        if (o.selected) {
            icons::check(ui.draw, ImVec2(x + ui.px(kCheck) * 0.5F, cy), ui.px(kCheck), ink, ui.px(2.5F));
            x += ui.px(kCheck + kCheckGap);
        }
        ui.draw->PushClipRect(min, ImVec2(max.x - ui.px(kPad) * 0.5F, max.y), true);
        draw_line_centered_y(ui.draw, font, x, cy, ink, o.label);
        ui.draw->PopClipRect();
    }
    return tapped;
}

}  // namespace kiosk::ui
