#include "screens/attract_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "widgets/buttons.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

using namespace attract_geometry;

struct Variant {
    bool arch;
    bool wordmark;
    TextRole name;
    TextRole welcome;
    bool welcome_shown = true;
};

// Tried in order; the first that fits is drawn. The last (a small display
// at the largest text) keeps every control and lets the welcome line go.
constexpr std::array<Variant, 6> kVariants{{
    {true, true, TextRole::Display, TextRole::Lead},
    {true, false, TextRole::Display, TextRole::Lead},
    {false, false, TextRole::Display, TextRole::Lead},
    {false, false, TextRole::Title, TextRole::Body},
    {false, false, TextRole::Question, TextRole::Body},
    {false, false, TextRole::Question, TextRole::Body, false},
}};

// A control grows with the clinic's font_scale so its label keeps its padding.
float control_height(const UiContext& ui, float mockup_px, TextRole label) {
    return std::max(ui.px(mockup_px), std::round(font_em(ui.theme.font(label, Weight::SemiBold)) * 2.3F));
}

std::vector<PillSlot> flow_pills(const UiContext& ui, const AttractView& view, float width, float height) {
    const float gap = ui.px(kPillGap);
    const float start_x = ui.px(kPillsIndent);
    std::vector<PillSlot> out;
    float x = start_x;
    float y = 0.0F;
    for (const LanguageChoice& lang : view.languages) {
        const bool selected = lang.code == view.selected_lang;
        const float w = std::min(pill_width(ui, lang.name, selected), width - start_x);
        if (x > start_x && x + w > width) {
            x = start_x;
            y += height + gap;
        }
        out.push_back({ImVec2(x, y), w, selected});
        x += w + gap;
    }
    return out;
}

}  // namespace

AttractLayout layout_attract(const UiContext& ui, const AttractView& view, const DisplayPrefs& prefs) {
    AttractLayout out;
    const float w = ui.size.x;
    const float h = ui.size.y;
    out.left = ui.origin.x + ui.px(kLeft);
    out.arch_left = ui.origin.x + w - ui.px(kArchRight + kArchWidth);
    const bool room_for_arch = out.arch_left - out.left >= ui.px(kColumn * 0.75F);
    out.button_height = control_height(ui, kButtonHeight, TextRole::Lead);
    out.pill_height = control_height(ui, kPillHeight, TextRole::Body);

    const float min_top = ui.origin.y + ui.px(40.0F);
    const float nominal_top = ui.origin.y + ui.px(kTop) + std::max(0.0F, (h - ui.px(800.0F)) * 0.4F);
    for (const Variant& v : kVariants) {
        if (v.arch && !room_for_arch) continue;
        out.arch = v.arch;
        out.wordmark = v.wordmark;
        out.name_role = v.name;
        out.welcome_role = v.welcome;
        out.welcome = v.welcome_shown;
        out.column =
            v.arch ? std::min(ui.px(kColumn), out.arch_left - out.left - ui.px(48.0F)) : w - 2.0F * ui.px(kLeft);

        out.pills = flow_pills(ui, view, out.column, out.pill_height);
        const float pills_h = out.pills.empty() ? 0.0F : out.pills.back().offset.y + out.pill_height;
        out.display = layout_display_row(ui, view.selected_lang, prefs, out.column, out.pill_height);
        const float display_h = (pills_h > 0.0F ? ui.px(kDisplayGap) : ui.px(kLanguagesGap)) + out.display.height;
        const float needed =
            (v.wordmark ? ui.px(2.0F * kWordmarkRadius + kWordmarkGap) : 0.0F) +
            wrapped_height(ui.theme.font(v.name, Weight::SemiBold), view.clinic_name, out.column, kNameLineHeight) +
            (v.welcome_shown ? ui.px(kNameGap) +
                                   wrapped_height(ui.theme.font(v.welcome), view.welcome, out.column, kReadingLineHeight)
                             : 0.0F) +
            ui.px(kWelcomeGap) + out.button_height + (pills_h > 0.0F ? ui.px(kLanguagesGap) + pills_h : 0.0F) +
            display_h;

        // The privacy block sits at the mockup's baseline, or higher when it wraps.
        ImFont* small = ui.theme.font(TextRole::Small);
        const float step = std::round(font_em(small) * kLineHeight);
        const float privacy_h = std::max(step, wrapped_height(small, view.privacy_note, out.column - ui.px(36.0F)));
        out.privacy_center =
            std::min(ui.origin.y + h - ui.px(61.0F), ui.origin.y + h - ui.px(48.0F) - privacy_h * 0.5F);
        const float floor_y = out.privacy_center - privacy_h * 0.5F - ui.px(32.0F);

        out.top = std::clamp(floor_y - needed, min_top, nominal_top);
        if (out.top + needed <= floor_y) break;
    }
    return out;
}

}  // namespace kiosk::ui
