#include "widgets/text_field.hpp"

#include <algorithm>
#include <cmath>

#include "theme/fonts.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kRadius = 16.0F;
constexpr float kPadX = 24.0F;
constexpr float kPadY = 18.0F;
constexpr float kRing = 5.0F;
constexpr float kHalo = 4.0F;

ImFont* field_font(const UiContext& ui) { return ui.theme.font(TextRole::Lead); }

// The end of the last wrapped line of `text` at `width`: where the caret goes.
ImVec2 caret_after(ImFont* font, std::string_view text, float width, float line_step, int& lines) {
    lines = 0;
    float x = 0;
    const char* s = text.data();
    const char* const end = s + text.size();
    if (s == end) {
        lines = 1;
        return {0, 0};
    }
    while (s < end) {
        const char* nl = s;
        while (nl < end && *nl != '\n') ++nl;
        const char* p = s;
        do {
            const char* wrap = font->CalcWordWrapPositionA(1.0F, p, nl, width);
            if (wrap <= p) wrap = p + 1 <= nl ? p + 1 : nl;
            x = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, p, wrap).x;
            ++lines;
            p = wrap;
            while (p < nl && *p == ' ') ++p;
        } while (p < nl);
        if (nl == end) break;
        s = nl + 1;
        if (s == end) {
            ++lines;
            x = 0;
        }
    }
    return {x, static_cast<float>(lines - 1) * line_step};
}

}  // namespace

float text_field_height(const UiContext& ui, bool multiline) {
    const float line = std::round(font_em(field_font(ui)) * kLineHeight);
    if (multiline) return std::max(ui.px(kLongFieldHeight), line * 4.0F + 2.0F * ui.px(kPadY));
    return std::max(ui.px(kFieldHeight), line + 2.0F * ui.px(kPadY));
}

bool text_field(UiContext& ui, const TextFieldView& view, ImVec2 min, ImVec2 max) {
    const TouchState touch = touch_target(ui, view.id, min, max);
    const Palette& c = ui.colors();
    const float r = ui.px(kRadius);
    if (view.focused || view.error) {
        const float ring = ui.px(view.focused ? kRing : kHalo);
        ui.draw->AddRectFilled(ImVec2(min.x - ring, min.y - ring), ImVec2(max.x + ring, max.y + ring),
                               view.focused ? c.primary_tint : c.error_tint, r + ring);
    }
    ui.draw->AddRectFilled(min, max, touch.pressed && !view.focused ? c.sand : c.paper, r);
    const float b = ui.px(view.focused ? 3.0F : 2.0F);
    const ImU32 edge = view.error && !view.focused ? c.error : view.focused ? c.primary : c.outline;
    ui.draw->AddRect(ImVec2(min.x + b * 0.5F, min.y + b * 0.5F), ImVec2(max.x - b * 0.5F, max.y - b * 0.5F), edge,
                     r - b * 0.5F, ImDrawFlags_None, b);

    ImFont* font = field_font(ui);
    const float pad_x = ui.px(kPadX);
    const ImVec2 inner_min(min.x + pad_x, min.y + b);
    const ImVec2 inner_max(max.x - pad_x, max.y - b);
    const float inner_w = inner_max.x - inner_min.x;
    ui.draw->PushClipRect(ImVec2(inner_min.x - ui.px(2.0F), inner_min.y), ImVec2(inner_max.x + ui.px(2.0F), inner_max.y),
                          true);
    const float caret_w = ui.px(2.0F);
    const float cap = cap_center(font);
    if (view.multiline) {
        const float step = std::round(font_em(font) * kLineHeight);
        int lines = 0;
        const ImVec2 caret = caret_after(font, view.text, inner_w - caret_w, step, lines);
        const float room = inner_max.y - inner_min.y - 2.0F * ui.px(kPadY) + b * 2.0F;
        // Keep the last line (and the caret) in view as the text grows.
        const float overflow = std::max(0.0F, static_cast<float>(lines) * step - room);
        const ImVec2 top(inner_min.x, min.y + ui.px(kPadY) - overflow);
        draw_wrapped(ui.draw, font, top, inner_w - caret_w, c.ink, view.text);
        if (view.focused) {
            const float inset = std::floor((step - font->FontSize) * 0.5F);
            const float y = top.y + caret.y + inset + cap;
            ui.draw->AddRectFilled(ImVec2(top.x + caret.x + ui.px(1.0F), y - font_em(font) * 0.6F),
                                   ImVec2(top.x + caret.x + ui.px(1.0F) + caret_w, y + font_em(font) * 0.6F), c.ink);
        }
    } else {
        const float text_w = text_size(font, view.text).x;
        // Past the right edge the field shows the end, where the client types.
        const float shift = std::max(0.0F, text_w + caret_w + ui.px(2.0F) - inner_w);
        const float cy = (min.y + max.y) * 0.5F;
        draw_line_centered_y(ui.draw, font, inner_min.x - shift, cy, c.ink, view.text);
        if (view.focused) {
            const float x = inner_min.x - shift + text_w + ui.px(1.0F);
            const float half = font_em(font) * 0.6F;
            ui.draw->AddRectFilled(ImVec2(x, cy - half), ImVec2(x + caret_w, cy + half), c.ink);
        }
    }
    ui.draw->PopClipRect();
    return touch.tapped;
}

}  // namespace kiosk::ui
