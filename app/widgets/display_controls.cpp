#include "widgets/display_controls.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include <imgui_internal.h>

#include "theme/fonts.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/buttons.hpp"
#include "widgets/overlay.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1.
constexpr float kRowIndent = 52.0F;  // after the "Aa" mark, as the language pills sit after the globe
constexpr float kGap = 16.0F;
constexpr float kSegmentMin = 64.0F;
constexpr float kSegmentPad = 20.0F;
constexpr float kBorder = 2.0F;
constexpr float kBarMargin = 48.0F;  // page_chrome's: the button lines up with Back's top and the edge
constexpr float kButtonTop = 24.0F;
constexpr float kButtonHeight = 56.0F;
constexpr float kButtonPad = 18.0F;
constexpr float kPanelGap = 12.0F;
constexpr float kPanelPad = 24.0F;
constexpr float kPanelRadius = 28.0F;
constexpr float kControlHeight = 64.0F;

constexpr const char* kMark = "Aa";

// The "A" of each step, at growing sizes so the steps read without words.
constexpr std::array<TextRole, kTextSteps> kStepRoles{TextRole::Small, TextRole::Lead, TextRole::Title};

ImFont* step_font(const UiContext& ui, size_t i) { return ui.theme.font(kStepRoles[i], Weight::SemiBold); }

float segment_width(const UiContext& ui, size_t i) {
    return std::max(ui.px(kSegmentMin), std::round(text_size(step_font(ui, i), "A").x + 2.0F * ui.px(kSegmentPad)));
}

float steps_width(const UiContext& ui) {
    float w = 0;
    for (size_t i = 0; i < kTextSteps; ++i) w += segment_width(ui, i);
    return w;
}

// A control grows with the text so its label keeps its padding.
float control_height(const UiContext& ui) {
    return std::max(ui.px(kControlHeight),
                    std::round(font_em(ui.theme.font(TextRole::Body, Weight::SemiBold)) * 2.3F));
}

// The first segment rounds its left end, the last its right.
ImDrawFlags segment_corners(size_t i) {
    if (i == 0) return ImDrawFlags_RoundCornersLeft;
    return i + 1 == kTextSteps ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersNone;
}

std::string contrast_id(const DisplayPrefs& prefs) {
    return prefs.high_contrast ? "contrast=normal" : "contrast=high";
}

ImU32 with_alpha(ImU32 c, int alpha) {
    return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

// The three steps in one pill; the chosen one in the Teal tint with a Teal
// border, as a selected language pill. Returns the step tapped, or 0.
int draw_steps(UiContext& ui, const DisplayPrefs& prefs, ImVec2 min, float height) {
    const Palette& c = ui.colors();
    const float total = steps_width(ui);
    const ImVec2 max(min.x + total, min.y + height);
    const float r = height * 0.5F;
    const float border = ui.px(kBorder);
    const float half = border * 0.5F;
    ui.draw->AddRectFilled(min, max, c.paper, r);
    int tapped = 0;
    float x = min.x;
    for (size_t i = 0; i < kTextSteps; ++i) {
        const int step = static_cast<int>(i) + 1;
        const float w = segment_width(ui, i);
        const ImVec2 a(x, min.y);
        const ImVec2 b(x + w, max.y);
        const TouchState touch = touch_target(ui, "text_size=" + std::to_string(step), a, b);
        if (touch.tapped) tapped = step;
        const bool selected = prefs.text_step == step;
        if (touch.pressed || selected)
            ui.draw->AddRectFilled(a, b, touch.pressed ? c.sand : c.primary_tint, r, segment_corners(i));
        if (i > 0 && !selected && prefs.text_step != step - 1)
            ui.draw->AddLine(ImVec2(x, min.y + height * 0.22F), ImVec2(x, max.y - height * 0.22F), c.line_strong,
                             ui.px(1.5F));
        ImFont* font = step_font(ui, i);
        const float tw = text_size(font, "A").x;
        const float cy = (a.y + b.y) * 0.5F + (touch.pressed ? ui.px(2.0F) : 0.0F);
        draw_line_centered_y(ui.draw, font, std::round((a.x + b.x - tw) * 0.5F), cy, selected ? c.primary : c.ink, "A");
        x += w;
    }
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half), c.line_strong, r - half,
                     ImDrawFlags_None, border);
    // The chosen segment's Teal border goes over the pill's own.
    float sx = min.x;
    for (size_t i = 0; i < kTextSteps; ++i) {
        const float w = segment_width(ui, i);
        if (prefs.text_step == static_cast<int>(i) + 1)
            ui.draw->AddRect(ImVec2(sx + half, min.y + half), ImVec2(sx + w - half, max.y - half), c.primary, r - half,
                             segment_corners(i), border);
        sx += w;
    }
    return tapped;
}

// The steps and the contrast toggle at `layout`'s places from `min`.
std::optional<DisplayPrefs> draw_controls(UiContext& ui, std::string_view lang, const DisplayPrefs& prefs,
                                          const DisplayRowLayout& layout, ImVec2 min) {
    std::optional<DisplayPrefs> out;
    const float h = layout.control_height;
    if (const int step = draw_steps(ui, prefs, ImVec2(min.x + layout.steps.x, min.y + layout.steps.y), h);
        step != 0 && step != prefs.text_step)
        out = DisplayPrefs{step, prefs.high_contrast};
    const ImVec2 cmin(min.x + layout.contrast.x, min.y + layout.contrast.y);
    if (pill_toggle(ui, contrast_id(prefs), ui_text(UiText::HighContrast, lang), prefs.high_contrast, cmin,
                    ImVec2(cmin.x + layout.contrast_width, cmin.y + h)))
        out = DisplayPrefs{out ? out->text_step : prefs.text_step, !prefs.high_contrast};
    return out;
}

}  // namespace

DisplayRowLayout layout_display_row(const UiContext& ui, std::string_view lang, const DisplayPrefs& prefs, float width,
                                    float control_height) {
    DisplayRowLayout out;
    out.control_height = control_height;
    const float indent = ui.px(kRowIndent);
    out.steps = ImVec2(indent, 0.0F);
    out.steps_width = steps_width(ui);
    out.contrast_width =
        std::min(pill_width(ui, ui_text(UiText::HighContrast, lang), prefs.high_contrast), width - indent);
    const float beside = indent + out.steps_width + ui.px(kGap);
    if (beside + out.contrast_width <= width) {
        out.contrast = ImVec2(beside, 0.0F);
        out.height = control_height;
    } else {
        out.contrast = ImVec2(indent, control_height + ui.px(kGap));
        out.height = 2.0F * control_height + ui.px(kGap);
    }
    return out;
}

std::optional<DisplayPrefs> draw_display_row(UiContext& ui, std::string_view lang, const DisplayPrefs& prefs,
                                             const DisplayRowLayout& layout, ImVec2 min) {
    // The "Aa" mark where the language row has its globe.
    ImFont* mark_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    draw_line_centered_y(ui.draw, mark_font, min.x, min.y + layout.control_height * 0.5F, ui.colors().ink2, kMark);
    return draw_controls(ui, lang, prefs, layout, min);
}

ImVec2 display_button_max(const UiContext& ui) {
    return {ui.origin.x + ui.size.x - ui.px(kBarMargin), ui.origin.y + ui.px(kButtonTop + kButtonHeight)};
}

ImVec2 display_button_min(const UiContext& ui) {
    const float w = std::max(ui.px(kButtonHeight),
                             text_size(ui.theme.font(TextRole::Body, Weight::SemiBold), kMark).x + 2.0F * ui.px(kButtonPad));
    const ImVec2 max = display_button_max(ui);
    return {std::round(max.x - w), ui.origin.y + ui.px(kButtonTop)};
}

bool draw_display_button(UiContext& ui, bool open) {
    const ImVec2 min = display_button_min(ui);
    const ImVec2 max = display_button_max(ui);
    const TouchState touch = touch_target(ui, "display", min, max);
    const Palette& c = ui.colors();
    const float r = (max.y - min.y) * 0.5F;
    ui.draw->AddRectFilled(min, max, touch.pressed ? c.sand : open ? c.primary_tint : c.paper, r);
    const float border = ui.px(open ? kBorder : 1.5F);
    const float half = border * 0.5F;
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half),
                     open ? c.primary : c.line_strong, r - half, ImDrawFlags_None, border);
    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float w = text_size(font, kMark).x;
    const float cy = (min.y + max.y) * 0.5F + (touch.pressed ? ui.px(2.0F) : 0.0F);
    draw_line_centered_y(ui.draw, font, std::round((min.x + max.x - w) * 0.5F), cy, open ? c.primary : c.ink, kMark);
    return touch.tapped;
}

DisplayPanelResult draw_display_panel(UiContext& page_ui, std::string_view lang, const DisplayPrefs& prefs) {
    // A layer above the page: nothing underneath can be tapped.
    Overlay overlay(page_ui, "##display_panel");
    UiContext& ui = overlay.ui();
    const Palette& c = ui.colors();
    DisplayPanelResult out;

    if (draw_display_button(ui, true)) out.close = true;

    const std::string_view title = ui_text(UiText::TextSize, lang);
    ImFont* title_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const float pad = ui.px(kPanelPad);
    const float h = control_height(ui);
    const float max_inner = ui.size.x - 2.0F * ui.px(kBarMargin) - 2.0F * pad;
    const DisplayRowLayout wide = layout_display_row(ui, lang, prefs, FLT_MAX, h);
    // One control a line: the panel stays narrow beside the page it changes.
    const float inner = std::min(max_inner, std::max({text_size(title_font, title).x, wide.steps_width,
                                                      wide.contrast_width}));
    DisplayRowLayout layout;
    layout.control_height = h;
    layout.steps_width = wide.steps_width;
    layout.contrast_width = std::min(wide.contrast_width, inner);
    const float title_h = wrapped_height(title_font, title, inner);
    layout.steps = ImVec2(0.0F, title_h + ui.px(8.0F));
    layout.contrast = ImVec2(0.0F, layout.steps.y + h + ui.px(20.0F));
    layout.height = layout.contrast.y + h;

    const ImVec2 button_max = display_button_max(ui);
    const ImVec2 p1(button_max.x, button_max.y + ui.px(kPanelGap) + layout.height + 2.0F * pad);
    const ImVec2 p0(std::round(p1.x - inner - 2.0F * pad), button_max.y + ui.px(kPanelGap));
    const float r = ui.px(kPanelRadius);
    ui.draw->AddRectFilled(ImVec2(p0.x, p0.y + ui.px(6.0F)), ImVec2(p1.x, p1.y + ui.px(6.0F)), with_alpha(c.scrim, 50), r);
    ui.draw->AddRectFilled(p0, p1, c.paper, r);
    ui.draw->AddRect(ImVec2(p0.x + ui.px(0.75F), p0.y + ui.px(0.75F)), ImVec2(p1.x - ui.px(0.75F), p1.y - ui.px(0.75F)),
                     c.line_strong, r, ImDrawFlags_None, ui.px(1.5F));
    draw_wrapped(ui.draw, title_font, ImVec2(p0.x + pad, p0.y + pad), inner, c.ink2, title);
    out.prefs = draw_controls(ui, lang, prefs, layout, ImVec2(p0.x + pad, p0.y + pad));

    // A tap that began outside the panel (and the "Aa" pill) closes it.
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 at = io.MouseClickedPos[0];
    const bool began_outside = !ImRect(p0, p1).Contains(at) &&
                               !ImRect(display_button_min(ui), display_button_max(ui)).Contains(at);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !pointer_dragged() && began_outside) out.close = true;
    return out;
}

}  // namespace kiosk::ui
