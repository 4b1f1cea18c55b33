// The unlock screen (DESIGN §3): a practitioner's name and passphrase, typed
// on the on-screen keyboard, then Unlock. The passphrase is drawn as dots;
// a refusal (wrong passphrase, unknown name, locked out for N seconds) is
// shown under the fields. Cancel goes back to the attract screen.
#include <algorithm>
#include <cmath>
#include <string>

#include "screens/practitioner_mode.hpp"
#include "text/text_catalogue.hpp"
#include "theme/fonts.hpp"
#include "widgets/buttons.hpp"
#include "widgets/field_error.hpp"
#include "widgets/icons.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/text.hpp"
#include "widgets/text_field.hpp"

namespace kiosk::ui {

namespace {

constexpr std::string_view kNameId = "unlock.name";
constexpr std::string_view kPassId = "unlock.passphrase";
constexpr std::size_t kMaxTypedBytes = 1000;

}  // namespace

UnlockIntent draw_unlock(UiContext& ui, UnlockState& st, std::string_view clinic_name, std::string_view lang) {
    UnlockIntent intent;
    const Palette& c = ui.colors();
    const bool typing = !st.focused.empty() && !st.busy;
    ImFont* staff_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    ImFont* title_font = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* body_font = ui.theme.font(TextRole::Body);
    ImFont* label_font = ui.theme.font(TextRole::Body, Weight::SemiBold);

    const float width = std::min(ui.px(640.0F), ui.size.x - 2.0F * ui.px(kPracMargin));
    const float left = std::round(ui.origin.x + (ui.size.x - width) * 0.5F);
    const float field_h = text_field_height(ui, false);
    const std::string_view staff = text::tr(lang, "setup.for_staff");
    const std::string_view title = text::tr(lang, "practitioner.unlock.title");
    const std::string_view lead = text::tr(lang, "practitioner.unlock.lead");
    const std::string_view name_label = text::tr(lang, "practitioner.unlock.your_name");
    const float label_gap = ui.px(10.0F);
    const float name_label_h = wrapped_height(label_font, name_label, width);
    const float message_h = st.message.empty() ? 0.0F : ui.px(16.0F) + inline_error_height(ui, st.message, width);
    const float button_h = ui.px(72.0F);
    const float content_h = ui.px(56.0F) + ui.px(20.0F) + wrapped_height(staff_font, staff, width) + ui.px(8.0F) +
                            wrapped_height(title_font, title, width) + ui.px(16.0F) +
                            wrapped_height(body_font, lead, width, kReadingLineHeight) + ui.px(40.0F) +
                            2.0F * (name_label_h + label_gap + field_h + ui.px(28.0F)) + message_h + ui.px(12.0F) +
                            button_h;
    float top = ui.origin.y + std::max(ui.px(40.0F), std::floor((ui.size.y - content_h) * 0.5F));
    const float kb_h = typing ? keyboard_height(ui) : 0.0F;
    const float visible_bottom = ui.origin.y + ui.size.y - kb_h;

    // Keep the focused field above the keyboard.
    const float fields_rel = content_h - (2.0F * (name_label_h + label_gap + field_h + ui.px(28.0F)) + message_h +
                                          ui.px(12.0F) + button_h);
    if (typing) {
        const float field_index = st.focused == kPassId ? 1.0F : 0.0F;
        const float field_bottom = top + fields_rel + (field_index + 1.0F) * (name_label_h + label_gap + field_h) +
                                   field_index * ui.px(28.0F) + ui.px(24.0F);
        if (field_bottom > visible_bottom) top -= field_bottom - visible_bottom;
    }

    ImGui::PushClipRect(ui.origin, ImVec2(ui.origin.x + ui.size.x, visible_bottom), true);
    float y = top;
    // A lock in a Teal ring: the staff side of the kiosk.
    const float ring = ui.px(56.0F);
    ui.draw->AddCircleFilled(ImVec2(left + ring * 0.5F, y + ring * 0.5F), ring * 0.5F, c.primary_tint, 48);
    icons::lock(ui.draw, ImVec2(left + ring * 0.5F, y + ring * 0.5F), ui.px(26.0F), c.primary, ui.px(2.5F));
    if (!clinic_name.empty())
        draw_line_centered_y(ui.draw, staff_font, left + ring + ui.px(16.0F), y + ring * 0.5F, c.ink2, clinic_name);
    y += ring + ui.px(20.0F);
    y += draw_wrapped(ui.draw, staff_font, ImVec2(left, y), width, c.primary, staff);
    y += ui.px(8.0F);
    y += draw_wrapped(ui.draw, title_font, ImVec2(left, y), width, c.ink, title);
    y += ui.px(16.0F);
    y += draw_wrapped(ui.draw, body_font, ImVec2(left, y), width, c.ink2, lead, kReadingLineHeight);
    y += ui.px(40.0F);

    std::string_view tapped;
    // Views, not copies: a copy of the name freed each frame would stay in
    // the heap after the lock wipes st.name; the passphrase is shown as dots.
    const std::string dots = masked(st.passphrase);
    const struct {
        std::string_view id;
        std::string_view label;
        std::string_view shown;
    } fields[] = {{kNameId, name_label, st.name}, {kPassId, text::tr(lang, "setup.passphrase_label"), dots}};
    for (const auto& f : fields) {
        y += draw_wrapped(ui.draw, label_font, ImVec2(left, y), width, c.ink, f.label);
        y += label_gap;
        const TextFieldView fv{f.id, f.shown, st.focused == f.id, !st.message.empty() && f.id == kPassId, false};
        if (text_field(ui, fv, ImVec2(left, y), ImVec2(left + width, y + field_h)) && !st.busy) tapped = f.id;
        y += field_h + ui.px(28.0F);
    }
    if (!st.message.empty()) {
        y += ui.px(16.0F) - ui.px(28.0F);
        y += draw_inline_error(ui, st.message, ImVec2(left, y), width) + ui.px(28.0F);
    }
    ImGui::PopClipRect();

    KeyPress key;
    if (typing) {
        key = keyboard(ui, st.keyboard, KeyboardMode::Text, lang);
    } else {
        y += ui.px(12.0F);
        const PrimaryButton unlock{"unlock.submit", text::tr(lang, st.busy ? "practitioner.unlock.unlocking" : "practitioner.unlock.unlock"), TextRole::Body, !st.busy};
        const float uw = std::min(width, primary_button_width(ui, unlock, ui.px(240.0F)));
        if (primary_button(ui, unlock, ImVec2(left + width - uw, y), ImVec2(left + width, y + button_h)) && !st.busy)
            intent.submit = true;
    }
    // Cancel stays at the top left, above the keyboard, like Back in the flow.
    {
        const std::string_view cancel = text::tr(lang, "practitioner.cancel");
        const float cw = secondary_button_width(ui, cancel, true);
        const ImVec2 c0(ui.origin.x + ui.px(kPracMargin), ui.origin.y + ui.px(kPracMargin));
        if (secondary_button(ui, "unlock.cancel", cancel, c0, ImVec2(c0.x + cw, c0.y + ui.px(64.0F)), true) && !st.busy)
            intent.cancel = true;
    }
    // The practitioner's language, at the top right, hidden while typing.
    if (!typing && !st.busy) {
        float toggle_w = 0.0F;
        intent.lang = draw_language_toggle(ui, lang, ui.origin.x + ui.size.x - ui.px(kPracMargin),
                                           ui.origin.y + ui.px(kPracMargin + 32.0F), toggle_w);
    }

    if (!tapped.empty() && tapped != st.focused) {
        st.focused = std::string(tapped);
        st.keyboard = {};
        st.keyboard.shift = tapped == kNameId && st.name.empty();
    }
    if (typing && key.kind == KeyPress::Kind::Done) {
        // Done on the name goes on to the passphrase; on the passphrase, it unlocks.
        if (st.focused == kNameId) {
            st.focused = std::string(kPassId);
            st.keyboard = {};
        } else {
            st.focused.clear();
            st.keyboard = {};
            intent.submit = true;
        }
    } else if (typing && key.kind != KeyPress::Kind::None) {
        std::string& text = st.focused == kNameId ? st.name : st.passphrase;
        (void)apply_key(text, key, kMaxTypedBytes);
    }
    return intent;
}

}  // namespace kiosk::ui
