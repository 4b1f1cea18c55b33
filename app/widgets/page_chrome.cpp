#include "widgets/page_chrome.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "theme/flow_strings.hpp"
#include "widgets/display_controls.hpp"
#include "widgets/flow_icons.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1 (02-question.png, 1280 x 800).
constexpr float kTopBar = 104.0F;
constexpr float kBottomBar = 112.0F;
constexpr float kMargin = 80.0F;
constexpr float kBarMargin = 48.0F;  // Back and the wordmark sit closer to the edge
constexpr float kBackTop = 20.0F;
constexpr float kBackHeight = 64.0F;
constexpr float kRadius = 16.0F;
constexpr float kDrop = 4.0F;
constexpr float kSegmentWidth = 65.0F;
constexpr float kSegmentGap = 8.0F;
constexpr float kSegmentHeight = 8.0F;
constexpr float kPrimaryHeight = 72.0F;
constexpr float kPrimaryMinWidth = 240.0F;
constexpr float kStroke = 2.5F;

ImVec2 down(ImVec2 p, float dy) { return {p.x, p.y + dy}; }

// "Step {i} of {n}" with the numbers heavier, centred on `center_x`.
void draw_step_label(UiContext& ui, std::string_view tmpl, size_t step, size_t of, float center_x, float center_y) {
    ImFont* regular = ui.theme.font(TextRole::Small);
    ImFont* bold = ui.theme.font(TextRole::Small, Weight::SemiBold);
    struct Piece {
        std::string text;
        bool strong;
    };
    std::vector<Piece> pieces;
    std::string_view rest = tmpl;
    while (!rest.empty()) {
        const size_t open = rest.find('{');
        const size_t close = open == std::string_view::npos ? open : rest.find('}', open);
        if (close == std::string_view::npos) {
            pieces.push_back({std::string(rest), false});
            break;
        }
        if (open > 0) pieces.push_back({std::string(rest.substr(0, open)), false});
        const std::string_view key = rest.substr(open + 1, close - open - 1);
        pieces.push_back({std::to_string(key == "i" ? step : of), true});
        rest.remove_prefix(close + 1);
    }
    float width = 0;
    for (const Piece& p : pieces) width += text_size(p.strong ? bold : regular, p.text).x;
    float x = std::round(center_x - width * 0.5F);
    for (const Piece& p : pieces) {
        ImFont* f = p.strong ? bold : regular;
        draw_line_centered_y(ui.draw, f, x, center_y, p.strong ? ui.colors().ink : ui.colors().ink2, p.text);
        x += text_size(f, p.text).x;
    }
}

void draw_progress(UiContext& ui, const session::Progress& progress, std::string_view lang, float max_room) {
    const Palette& c = ui.colors();
    const float cx = ui.origin.x + ui.size.x * 0.5F;
    // Too narrow for the label (a small screen, a long translation): no progress rather than an overlap.
    if (text_size(ui.theme.font(TextRole::Small, Weight::SemiBold), flow_text(FlowText::StepOf, lang)).x > max_room)
        return;
    draw_step_label(ui, flow_text(FlowText::StepOf, lang), progress.step, progress.of, cx, ui.origin.y + ui.px(36.0F));
    const auto n = static_cast<float>(progress.of);
    // Narrow screens (or many pages): the segments share what room there is.
    const float room = std::min({ui.px(kSegmentWidth * n + kSegmentGap * (n - 1.0F)), ui.size.x * 0.4F, max_room});
    const float gap = ui.px(kSegmentGap);
    const float seg = (room - gap * (n - 1.0F)) / n;
    float x = std::round(cx - room * 0.5F);
    const float top = ui.origin.y + ui.px(59.0F);
    for (size_t i = 0; i < progress.of; ++i) {
        const bool done = i < progress.step;
        ui.draw->AddRectFilled(ImVec2(x, top), ImVec2(x + seg, top + ui.px(kSegmentHeight)),
                               done ? c.primary : c.line, ui.px(kSegmentHeight * 0.5F));
        x += seg + gap;
    }
}

}  // namespace

PageLayout page_layout(const UiContext& ui, bool with_bottom_bar) {
    PageLayout out;
    out.margin = ui.px(kMargin);
    out.content_min = ImVec2(ui.origin.x + out.margin, ui.origin.y + ui.px(kTopBar));
    const float bottom = with_bottom_bar ? ui.px(kBottomBar) : 0.0F;
    out.content_max = ImVec2(ui.origin.x + ui.size.x - out.margin, ui.origin.y + ui.size.y - bottom);
    return out;
}

float secondary_button_width(const UiContext& ui, std::string_view label, bool chevron) {
    const float label_w = text_size(ui.theme.font(TextRole::Body, Weight::SemiBold), label).x;
    return label_w + ui.px(chevron ? 36.0F + 26.0F + 36.0F : 2.0F * 36.0F);
}

bool secondary_button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 min, ImVec2 max,
                      bool chevron) {
    const TouchState touch = touch_target(ui, id, min, ImVec2(max.x, max.y + ui.px(kDrop)));
    const Palette& c = ui.colors();
    const float r = ui.px(kRadius);
    const float drop = touch.pressed ? ui.px(kDrop) : 0.0F;
    if (!touch.pressed) ui.draw->AddRectFilled(down(min, ui.px(kDrop)), down(max, ui.px(kDrop)), c.shadow, r);
    const ImVec2 a = down(min, drop);
    const ImVec2 b = down(max, drop);
    ui.draw->AddRectFilled(a, b, touch.pressed ? c.sand : c.paper, r);
    const float half = ui.px(1.0F);
    ui.draw->AddRect(ImVec2(a.x + half, a.y + half), ImVec2(b.x - half, b.y - half), c.line_strong, r - half,
                     ImDrawFlags_None, ui.px(2.0F));
    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float cy = (a.y + b.y) * 0.5F;
    const float w = text_size(font, label).x;
    if (chevron) {
        const float icon = ui.px(18.0F);
        const float total = icon + ui.px(18.0F) + w;
        const float x = std::round((a.x + b.x - total) * 0.5F);
        icons::chevron_left(ui.draw, ImVec2(x + icon * 0.5F, cy), icon, c.ink, ui.px(kStroke));
        draw_line_centered_y(ui.draw, font, x + icon + ui.px(18.0F), cy, c.ink, label);
    } else {
        draw_line_centered_y(ui.draw, font, std::round((a.x + b.x - w) * 0.5F), cy, c.ink, label);
    }
    return touch.tapped;
}

void draw_wordmark_small(UiContext& ui, std::string_view clinic_name, float right, float center_y) {
    const Palette& c = ui.colors();
    ImFont* name_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const float name_w = text_size(name_font, clinic_name).x;
    const float r = ui.px(19.0F);
    const float name_x = std::round(right - name_w);
    const ImVec2 center(name_x - ui.px(14.0F) - r, center_y);
    ui.draw->AddCircle(center, r, c.primary, 48, ui.px(2.0F));
    const std::string letter = initial_of(clinic_name);
    const float lw = text_size(name_font, letter).x;
    draw_line_centered_y(ui.draw, name_font, std::round(center.x - lw * 0.5F), center_y, c.primary, letter);
    draw_line_centered_y(ui.draw, name_font, name_x, center_y, c.ink2, clinic_name);
}

namespace {

const kiosk::Language* next_language(const session::IntakeSession& s) {
    const auto& langs = s.config().clinic.languages;
    if (langs.size() < 2) return nullptr;
    size_t current = 0;
    for (size_t i = 0; i < langs.size(); ++i)
        if (langs[i].code == s.language()) current = i;
    return &langs[(current + 1) % langs.size()];
}

float back_width(const UiContext& ui, std::string_view lang) {
    return std::max(ui.px(148.0F), secondary_button_width(ui, flow_text(FlowText::Back, lang), true));
}

// The language pill's rectangle, right of Back.
ImRect language_pill(const UiContext& ui, const session::IntakeSession& s, const kiosk::Language& next) {
    ImFont* font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const ImVec2 min(ui.origin.x + ui.px(kBarMargin) + back_width(ui, s.language()) + ui.px(16.0F),
                     ui.origin.y + ui.px(kBackTop + 4.0F));
    const float w = ui.px(20.0F + 22.0F + 10.0F + 20.0F) + text_size(font, next.name).x;
    return {min, ImVec2(min.x + w, min.y + ui.px(56.0F))};
}

}  // namespace

std::string_view draw_language_switch(UiContext& ui, const session::IntakeSession& s) {
    const kiosk::Language* next_lang = next_language(s);
    if (next_lang == nullptr) return {};
    const kiosk::Language& next = *next_lang;
    const Palette& c = ui.colors();
    ImFont* font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const float icon = ui.px(22.0F);
    const float pad = ui.px(20.0F);
    const float gap = ui.px(10.0F);
    const ImRect rect = language_pill(ui, s, next);
    const ImVec2 min = rect.Min;
    const ImVec2 max = rect.Max;
    const float h = max.y - min.y;
    const TouchState touch = touch_target(ui, "lang=" + next.code, min, max);
    const float r = h * 0.5F;
    ui.draw->AddRectFilled(min, max, touch.pressed ? c.sand : c.paper, r);
    ui.draw->AddRect(ImVec2(min.x + ui.px(0.75F), min.y + ui.px(0.75F)), ImVec2(max.x - ui.px(0.75F), max.y - ui.px(0.75F)),
                     c.line_strong, r, ImDrawFlags_None, ui.px(1.5F));
    const float cy = (min.y + max.y) * 0.5F + (touch.pressed ? ui.px(2.0F) : 0.0F);
    icons::globe(ui.draw, ImVec2(min.x + pad + icon * 0.5F, cy), icon, c.ink2, ui.px(2.0F));
    draw_line_centered_y(ui.draw, font, min.x + pad + icon + gap, cy, c.ink, next.name);
    return touch.tapped ? std::string_view(next.code) : std::string_view();
}

void draw_top_bar(UiContext& ui, const session::IntakeSession& s, bool& back_tapped) {
    const std::string_view lang = s.language();
    const std::string_view label = flow_text(FlowText::Back, lang);
    const float left = ui.origin.x + ui.px(kBarMargin);
    const float top = ui.origin.y + ui.px(kBackTop);
    const float w = back_width(ui, lang);
    if (secondary_button(ui, "back", label, ImVec2(left, top), ImVec2(left + w, top + ui.px(kBackHeight)), true))
        back_tapped = true;
    // The progress stays centred, between Back (and the language pill the
    // shell draws beside it) and the wordmark, which gives way first.
    const float cx = ui.origin.x + ui.size.x * 0.5F;
    float left_edge = left + w;
    if (const kiosk::Language* next = next_language(s)) left_edge = language_pill(ui, s, *next).Max.x;
    const float gap = ui.px(24.0F);
    const float half_room = std::max(0.0F, cx - left_edge - gap);
    float progress_half = 0;
    if (const auto progress = s.progress()) {
        const float n = static_cast<float>(progress->of);
        progress_half = std::min({ui.px(kSegmentWidth * n + kSegmentGap * (n - 1.0F)), ui.size.x * 0.4F,
                                  2.0F * half_room}) * 0.5F;
        draw_progress(ui, *progress, lang, 2.0F * half_room);
    }
    // The shell draws the client's "Aa" display pill at the bar's right edge.
    const float right = display_button_min(ui).x - ui.px(24.0F);
    const float name_w = text_size(ui.theme.font(TextRole::Small, Weight::SemiBold), s.config().clinic.name).x;
    if (right - name_w - ui.px(52.0F) > cx + std::max(progress_half, ui.px(80.0F)) + gap)
        draw_wordmark_small(ui, s.config().clinic.name, right, ui.origin.y + ui.px(52.0F));
}

namespace {

struct BottomBarSpec {
    std::string_view note;
    bool note_is_problem = false;
    std::string_view label;
    std::string_view id;
};

bool draw_bottom_bar_spec(UiContext& ui, const BottomBarSpec& spec) {
    const Palette& c = ui.colors();
    const float top = ui.origin.y + ui.size.y - ui.px(kBottomBar);
    ui.draw->AddRectFilled(ImVec2(ui.origin.x, top), ImVec2(ui.origin.x + ui.size.x, ui.origin.y + ui.size.y),
                           c.background);
    ui.draw->AddLine(ImVec2(ui.origin.x, top), ImVec2(ui.origin.x + ui.size.x, top), c.line, ui.px(1.5F));

    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float label_w = text_size(font, spec.label).x;
    const float w = std::max(ui.px(kPrimaryMinWidth), label_w + ui.px(2.0F * 40.0F + 36.0F));
    const float right = ui.origin.x + ui.size.x - ui.px(kMargin);
    const ImVec2 min(right - w, top + ui.px(17.0F));
    const ImVec2 max(right, min.y + ui.px(kPrimaryHeight));

    const float cy = (min.y + max.y) * 0.5F;
    if (!spec.note.empty()) {
        const float x = ui.origin.x + ui.px(kMargin);
        const ImU32 ink = spec.note_is_problem ? c.error : c.ink2;
        const float icon = ui.px(22.0F);
        if (spec.note_is_problem) icons::alert(ui.draw, ImVec2(x + icon * 0.5F, cy), icon, ink, ui.px(2.0F));
        else icons::info(ui.draw, ImVec2(x + icon * 0.5F, cy), icon, ink, ui.px(2.0F));
        ImFont* note_font = ui.theme.font(TextRole::Small);
        const float tx = x + icon + ui.px(14.0F);
        const float width = min.x - ui.px(32.0F) - tx;
        const float h = wrapped_height(note_font, spec.note, width);
        draw_wrapped(ui.draw, note_font, ImVec2(tx, std::round(cy - h * 0.5F)), width, ink, spec.note);
    }

    const TouchState touch = touch_target(ui, spec.id, min, ImVec2(max.x, max.y + ui.px(kDrop)));
    const float r = ui.px(kRadius);
    const float drop = touch.pressed ? ui.px(kDrop) : 0.0F;
    if (!touch.pressed) ui.draw->AddRectFilled(down(min, ui.px(kDrop)), down(max, ui.px(kDrop)), c.primary_pressed, r);
    ui.draw->AddRectFilled(down(min, drop), down(max, drop), touch.pressed ? c.primary_pressed : c.primary, r);
    const float icon = ui.px(18.0F);
    const float total = label_w + ui.px(18.0F) + icon;
    const float x = std::round((min.x + max.x - total) * 0.5F);
    draw_line_centered_y(ui.draw, font, x, cy + drop, c.on_primary, spec.label);
    icons::chevron_right(ui.draw, ImVec2(x + label_w + ui.px(18.0F) + icon * 0.5F, cy + drop), icon, c.on_primary,
                         ui.px(kStroke));
    return touch.tapped;
}

}  // namespace

bool draw_bottom_bar(UiContext& ui, std::string_view note, std::string_view primary_label,
                     std::string_view primary_id) {
    return draw_bottom_bar_spec(ui, {note, false, primary_label, primary_id});
}

bool draw_bottom_bar_problem(UiContext& ui, std::string_view note, std::string_view primary_label,
                             std::string_view primary_id) {
    return draw_bottom_bar_spec(ui, {note, true, primary_label, primary_id});
}

float bottom_bar_primary_left(const UiContext& ui, std::string_view primary_label) {
    const float label_w = text_size(ui.theme.font(TextRole::Body, Weight::SemiBold), primary_label).x;
    const float w = std::max(ui.px(kPrimaryMinWidth), label_w + ui.px(2.0F * 40.0F + 36.0F));
    return ui.origin.x + ui.size.x - ui.px(kMargin) - w;
}

float bottom_bar_center_y(const UiContext& ui) {
    return ui.origin.y + ui.size.y - ui.px(kBottomBar) + ui.px(17.0F + kPrimaryHeight * 0.5F);
}

}  // namespace kiosk::ui
