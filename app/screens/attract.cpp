#include "screens/attract.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "screens/attract_layout.hpp"
#include "theme/ui_strings.hpp"
#include "widgets/buttons.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

using namespace attract_geometry;

constexpr float kPi = std::numbers::pi_v<float>;

// How much the clinic's font_scale enlarges text of `role`.
float grow(const UiContext& ui, TextRole role) {
    return std::max(1.0F, font_em(ui.theme.font(role)) / ui.px(role_px(role)));
}

// A rectangle whose top is a half circle, from `top` down to `bottom`.
void arch(ImDrawList* dl, float left, float right, float top, float bottom, ImU32 color) {
    const float r = (right - left) * 0.5F;
    dl->PathArcTo(ImVec2(left + r, top + r), r, kPi, 2.0F * kPi, 96);
    dl->PathLineTo(ImVec2(right, bottom));
    dl->PathLineTo(ImVec2(left, bottom));
    dl->PathFillConvex(color);
}

void draw_decoration(UiContext& ui, float arch_left) {
    const Palette& c = ui.colors();
    const float top = ui.origin.y + ui.px(kArchTop);
    const float bottom = ui.origin.y + ui.size.y;
    const float band = ui.px(kArchBand);
    const float right = arch_left + ui.px(kArchWidth);
    arch(ui.draw, arch_left, right, top, bottom, c.accent);
    arch(ui.draw, arch_left + band, right - band, top + band, bottom, c.accent_soft);

    const float cx = (arch_left + right) * 0.5F;
    const float cy = std::max(ui.origin.y + ui.size.y * 0.6875F, top + ui.px(kArchWidth * 0.5F + 140.0F));
    ui.draw->AddCircleFilled(ImVec2(cx, cy), ui.px(80.0F), c.primary, 96);
    ui.draw->AddCircle(ImVec2(cx, cy), ui.px(115.0F), c.primary, 128, ui.px(2.0F));
    ui.draw->AddCircleFilled(ImVec2(right - ui.px(12.0F), top + ui.px(88.0F)), ui.px(32.0F), c.primary_tint, 64);
}

void draw_wordmark(UiContext& ui, ImVec2 top_left, std::string_view name) {
    const Palette& c = ui.colors();
    const float r = ui.px(kWordmarkRadius);
    const ImVec2 center(top_left.x + r, top_left.y + r);
    ui.draw->AddCircle(center, r - ui.px(1.25F), c.primary, 64, ui.px(2.5F));
    ImFont* font = ui.theme.font(TextRole::Question, Weight::SemiBold);
    const std::string letter = initial_of(name);
    const float w = text_size(font, letter).x;
    draw_line_centered_y(ui.draw, font, std::round(center.x - w * 0.5F), center.y, c.primary, letter);
}

void draw_languages(UiContext& ui, const AttractView& view, const AttractLayout& layout, float top,
                    AttractIntent& intent) {
    const float h = layout.pill_height;
    const float k = grow(ui, TextRole::Body);
    icons::globe(ui.draw, ImVec2(layout.left + ui.px(16.0F), top + h * 0.5F), ui.px(28.0F) * std::min(k, 1.2F),
                 ui.colors().ink2, ui.px(2.0F));
    for (size_t i = 0; i < layout.pills.size(); ++i) {
        const PillSlot& slot = layout.pills[i];
        const LanguageChoice& lang = view.languages[i];
        const ImVec2 min(layout.left + slot.offset.x, top + slot.offset.y);
        if (pill_toggle(ui, "lang=" + lang.code, lang.name, slot.selected, min,
                        ImVec2(min.x + slot.width, min.y + h)) &&
            intent.kind == AttractIntent::Kind::None)
            intent = {AttractIntent::Kind::ChooseLanguage, lang.code, {}};
    }
}

// The lock and the note; `center_y` is the middle of the block, so a note
// that wraps grows up and down evenly.
void draw_privacy(UiContext& ui, std::string_view note, float x, float center_y, float width) {
    const Palette& c = ui.colors();
    ImFont* font = ui.theme.font(TextRole::Small);
    const float indent = ui.px(36.0F);
    const float step = std::round(font_em(font) * kLineHeight);
    const float lines = std::round(wrapped_height(font, note, width - indent) / step);
    const float first_center = std::round(center_y - (lines - 1.0F) * step * 0.5F);
    icons::lock(ui.draw, ImVec2(x + ui.px(12.0F), first_center),
                ui.px(20.0F) * std::min(grow(ui, TextRole::Small), 1.3F), c.ink2, ui.px(2.0F));
    draw_wrapped(ui.draw, font, ImVec2(x + indent, first_center - first_line_cap_center(font)), width - indent, c.ink2,
                 note);
}

}  // namespace

AttractView make_attract_view(const kiosk::KioskConfig& config, std::string_view lang) {
    AttractView view;
    const kiosk::Clinic& clinic = config.clinic;
    view.clinic_name = clinic.name;
    view.welcome = clinic.welcome.in(lang);
    view.privacy_note = clinic.privacy_note.in(lang);
    view.start_label = std::string(ui_text(UiText::TapToStart, lang));
    if (clinic.languages.size() > 1)
        for (const kiosk::Language& l : clinic.languages) view.languages.push_back({l.code, l.name});
    view.selected_lang = std::string(lang);
    return view;
}

AttractIntent draw_attract(UiContext& ui, const AttractView& view, const DisplayPrefs& prefs) {
    AttractIntent intent;
    const Palette& c = ui.colors();
    const AttractLayout layout = layout_attract(ui, view, prefs);

    // The practitioner's long-press corner: faint on purpose.
    ui.draw->AddCircleFilled(ui.origin, ui.px(kCornerRadius), c.sand, 64);
    if (layout.arch) draw_decoration(ui, layout.arch_left);

    const float left = layout.left;
    float y = layout.top;
    if (layout.wordmark) {
        draw_wordmark(ui, ImVec2(left, y), view.clinic_name);
        y += ui.px(2.0F * kWordmarkRadius + kWordmarkGap);
    }
    y += draw_wrapped(ui.draw, ui.theme.font(layout.name_role, Weight::SemiBold), ImVec2(left, y), layout.column, c.ink,
                      view.clinic_name, kNameLineHeight);
    if (layout.welcome) {
        y += ui.px(kNameGap);
        y += draw_wrapped(ui.draw, ui.theme.font(layout.welcome_role), ImVec2(left, y), layout.column, c.ink2,
                          view.welcome, kReadingLineHeight);
    }
    y += ui.px(kWelcomeGap);

    const PrimaryButton start{.id = "start", .label = view.start_label, .role = TextRole::Lead, .arrow = true};
    const float button_w = std::min(primary_button_width(ui, start, ui.px(kButtonMinWidth)), layout.column);
    if (primary_button(ui, start, ImVec2(left, y), ImVec2(left + button_w, y + layout.button_height)))
        intent.kind = AttractIntent::Kind::Start;
    y += layout.button_height;

    if (!layout.pills.empty()) {
        y += ui.px(kLanguagesGap);
        draw_languages(ui, view, layout, y, intent);
        y += layout.pills.back().offset.y + layout.pill_height;
    }
    y += ui.px(layout.pills.empty() ? kLanguagesGap : kDisplayGap);
    if (const auto chosen = draw_display_row(ui, view.selected_lang, prefs, layout.display, ImVec2(left, y));
        chosen && intent.kind == AttractIntent::Kind::None)
        intent = {AttractIntent::Kind::Display, "", *chosen};
    y += layout.display.height;
    draw_privacy(ui, view.privacy_note, left, std::max(layout.privacy_center, y + ui.px(48.0F)), layout.column);
    return intent;
}

}  // namespace kiosk::ui
