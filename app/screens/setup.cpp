#include "screens/setup.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <exception>
#include <iostream>
#include <numbers>
#include <utility>

#include "common/iso_time.hpp"
#include "crypto/key_wrap.hpp"
#include "records/clinic_setup.hpp"
#include "session/scrub.hpp"
#include "theme/fonts.hpp"
#include "theme/setup_strings.hpp"
#include "widgets/buttons.hpp"
#include "widgets/field_error.hpp"
#include "widgets/text.hpp"
#include "widgets/text_field.hpp"

namespace kiosk::ui {

namespace {

constexpr std::string_view kNameId = "setup.name";
constexpr std::string_view kPassphraseId = "setup.passphrase";
constexpr std::string_view kPassphrase2Id = "setup.passphrase2";
constexpr std::string_view kCreateId = "setup.create";

// Room reserved up front so typing never reallocates a buffer (which would
// leave an unscrubbed copy of a passphrase behind in freed memory).
constexpr std::size_t kBufferBytes = 1024;
constexpr std::size_t kMaxTypedBytes = 1000;

// Creates the clinic from the worker's own copies of the name and
// passphrase, and scrubs them before they go back to the allocator.
bool initialize(const std::string& data_dir, std::string& name, std::string& passphrase) {
    bool ok = false;
    try {
        records::initialize_clinic(data_dir, name, passphrase, kiosk::unix_now_ms());
        ok = true;
    } catch (const std::exception& e) {
        std::cerr << "intake-kiosk: setup: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "intake-kiosk: setup: an unknown error\n";
    }
    session::scrub(name);
    session::scrub(passphrase);
    return ok;
}

// What follows a creation, done or failed: the typed passphrases go.
bool finish(SetupState& st, bool ok) {
    session::scrub(st.passphrase);
    session::scrub(st.passphrase2);
    st.passphrase.reserve(kBufferBytes);
    st.passphrase2.reserve(kBufferBytes);
    st.failed = !ok;
    st.show_errors = false;
    return ok;
}

// A ring that turns while the clinic is created: a Teal arc of a third of
// the circle over a Sand track, one turn a second and a bit.
void draw_spinner(ImDrawList* dl, ImVec2 center, float diameter, float thickness, ImU32 track, ImU32 arc) {
    constexpr float kPi = std::numbers::pi_v<float>;
    const float r = (diameter - thickness) * 0.5F;
    dl->AddCircle(center, r, track, 48, thickness);
    const float a0 = std::fmod(static_cast<float>(ImGui::GetTime()) * 5.0F, 2.0F * kPi) - kPi * 0.5F;
    dl->PathArcTo(center, r, a0, a0 + kPi * 0.66F, 24);
    dl->PathStroke(arc, ImDrawFlags_None, thickness);
}

struct Field {
    std::string_view id;
    SetupText label;
    std::string* text;
    bool masked;
    std::string_view error;
    std::string_view hint;
};

}  // namespace

SetupState::SetupState() {
    name.reserve(kBufferBytes);
    passphrase.reserve(kBufferBytes);
    passphrase2.reserve(kBufferBytes);
}

SetupState::SetupState(SetupState&& o) noexcept
    : name(std::move(o.name)),
      passphrase(std::move(o.passphrase)),
      passphrase2(std::move(o.passphrase2)),
      focused(std::move(o.focused)),
      keyboard(o.keyboard),
      show_errors(o.show_errors),
      failed(o.failed),
      creating(std::move(o.creating)) {
    o.scrub_all();
}

SetupState& SetupState::operator=(SetupState&& o) noexcept {
    if (this != &o) {
        scrub_all();
        name = std::move(o.name);
        passphrase = std::move(o.passphrase);
        passphrase2 = std::move(o.passphrase2);
        focused = std::move(o.focused);
        keyboard = o.keyboard;
        show_errors = o.show_errors;
        failed = o.failed;
        creating = std::move(o.creating);
        o.scrub_all();
    }
    return *this;
}

SetupState::~SetupState() { scrub_all(); }

void SetupState::scrub_all() {
    session::scrub(name);
    session::scrub(passphrase);
    session::scrub(passphrase2);
}

SetupProblems setup_problems(const SetupState& st, std::string_view lang) {
    SetupProblems p;
    if (records::practitioner_name_problem(st.name))
        p.name = setup_text(st.name.find_first_not_of(" \t") == std::string::npos ? SetupText::NameMissing
                                                                                  : SetupText::NameRefused,
                            lang);
    if (crypto::passphrase_problem(st.passphrase))
        p.passphrase = setup_text(code_points(st.passphrase) < crypto::kMinPassphraseChars ? SetupText::PassphraseShort
                                                                                           : SetupText::PassphraseRefused,
                                  lang);
    if (st.passphrase2 != st.passphrase) p.passphrase2 = setup_text(SetupText::Mismatch, lang);
    return p;
}

bool draw_setup(UiContext& ui, SetupState& st, const SetupView& view) {
    const std::string_view lang = view.lang;
    const Palette& c = ui.colors();
    const bool busy = st.busy();
    if (busy) st.focused.clear();  // nothing is typed while the clinic is created
    const SetupProblems problems = st.show_errors && !busy ? setup_problems(st, lang) : SetupProblems{};
    const bool typing = !st.focused.empty();

    ImFont* staff_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    ImFont* title_font = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* body_font = ui.theme.font(TextRole::Body);
    ImFont* label_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    ImFont* hint_font = ui.theme.font(TextRole::Small);

    // Two columns on a landscape screen (the words left, the fields right);
    // one column otherwise.
    const float margin = ui.px(80.0F);
    const bool two_columns = ui.size.x >= ui.px(1000.0F);
    const float total_w = ui.size.x - 2.0F * margin;
    const float gap = ui.px(64.0F);
    const float left_w = two_columns ? std::min(ui.px(460.0F), std::floor(total_w * 0.42F)) : total_w;
    const float right_w = two_columns ? std::min(ui.px(640.0F), total_w - left_w - gap) : total_w;
    const float left_x = std::round(ui.origin.x + margin);
    const float right_x = two_columns ? std::round(left_x + left_w + gap) : left_x;

    const std::array<Field, 3> fields{{
        {kNameId, SetupText::NameLabel, &st.name, false, problems.name, {}},
        {kPassphraseId, SetupText::PassphraseLabel, &st.passphrase, true, problems.passphrase,
         setup_text(SetupText::PassphraseHint, lang)},
        {kPassphrase2Id, SetupText::Passphrase2Label, &st.passphrase2, true, problems.passphrase2, {}},
    }};

    // Heights first, so the focused field can be kept above the keyboard.
    const std::string_view staff = setup_text(SetupText::ForStaff, lang);
    const std::string_view title = setup_text(SetupText::Title, lang);
    const std::string_view explanation = setup_text(SetupText::Explanation, lang);
    const std::string_view keep_safe = setup_text(SetupText::KeepSafe, lang);
    const float intro_h = wrapped_height(staff_font, staff, left_w) + ui.px(12.0F) +
                          wrapped_height(title_font, title, left_w) + ui.px(24.0F) +
                          wrapped_height(body_font, explanation, left_w, kReadingLineHeight) + ui.px(20.0F) +
                          wrapped_height(label_font, keep_safe, left_w, kReadingLineHeight);
    const float field_h = text_field_height(ui, false);
    std::array<float, 3> field_top{};  // relative to the fields' top
    float fy = 0.0F;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const Field& f = fields[i];
        fy += wrapped_height(label_font, setup_text(f.label, lang), right_w) + ui.px(10.0F);
        field_top[i] = fy;
        fy += field_h;
        if (!f.error.empty()) fy += ui.px(10.0F) + inline_error_height(ui, f.error, right_w);
        else if (!f.hint.empty()) fy += ui.px(10.0F) + wrapped_height(hint_font, f.hint, right_w);
        fy += ui.px(28.0F);
    }
    const PrimaryButton create{kCreateId, setup_text(SetupText::Create, lang), TextRole::Body, true};
    const std::string_view failed = st.failed ? setup_text(SetupText::Failed, lang) : std::string_view();
    const float button_h = ui.px(72.0F);
    const float fields_h = fy + button_h + (failed.empty() ? 0.0F : ui.px(16.0F) + inline_error_height(ui, failed, right_w));

    const float content_h = two_columns ? std::max(intro_h, fields_h) : intro_h + ui.px(40.0F) + fields_h;
    float top = ui.origin.y + std::max(ui.px(48.0F), std::floor((ui.size.y - content_h) * 0.5F));
    const float fields_rel = two_columns ? 0.0F : intro_h + ui.px(40.0F);
    if (typing) {
        const float tray_top = ui.origin.y + ui.size.y - keyboard_height(ui) - ui.px(16.0F);
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].id == st.focused) {
                const float bottom = top + fields_rel + field_top[i] + field_h + ui.px(24.0F);
                if (bottom > tray_top) top -= bottom - tray_top;
            }
    }

    // Under the keyboard's tray nothing is drawn or tappable.
    const float visible_bottom = ui.origin.y + ui.size.y - (typing ? keyboard_height(ui) : 0.0F);
    ImGui::PushClipRect(ui.origin, ImVec2(ui.origin.x + ui.size.x, visible_bottom), true);

    // The words for staff.
    float y = top;
    y += draw_wrapped(ui.draw, staff_font, ImVec2(left_x, y), left_w, c.primary, staff);
    y += ui.px(12.0F);
    y += draw_wrapped(ui.draw, title_font, ImVec2(left_x, y), left_w, c.ink, title);
    y += ui.px(24.0F);
    y += draw_wrapped(ui.draw, body_font, ImVec2(left_x, y), left_w, c.ink2, explanation, kReadingLineHeight);
    y += ui.px(20.0F);
    draw_wrapped(ui.draw, label_font, ImVec2(left_x, y), left_w, c.ink, keep_safe, kReadingLineHeight);

    // The fields.
    const float fields_y = top + fields_rel;
    std::string_view tapped;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const Field& f = fields[i];
        const float ft = fields_y + field_top[i];
        const std::string_view label = setup_text(f.label, lang);
        draw_wrapped(ui.draw, label_font, ImVec2(right_x, ft - ui.px(10.0F) - wrapped_height(label_font, label, right_w)),
                     right_w, c.ink, label);
        const std::string shown = f.masked ? masked(*f.text, setup_text(SetupText::Dot, lang)) : std::string(*f.text);
        const TextFieldView fv{f.id, shown, st.focused == f.id, !f.error.empty(), false};
        if (text_field(ui, fv, ImVec2(right_x, ft), ImVec2(right_x + right_w, ft + field_h)) && !busy) tapped = f.id;
        const float below = ft + field_h + ui.px(10.0F);
        if (!f.error.empty()) (void)draw_inline_error(ui, f.error, ImVec2(right_x, below), right_w);
        else if (!f.hint.empty()) draw_wrapped(ui.draw, hint_font, ImVec2(right_x, below), right_w, c.ink3, f.hint);
    }

    ImGui::PopClipRect();

    bool create_tapped = false;
    KeyPress key;
    if (typing) {
        key = keyboard(ui, st.keyboard, KeyboardMode::Text, lang);
    } else if (busy) {
        // "Creating…" where the button was, with a turning ring.
        const float by = fields_y + fy;
        const float ring = ui.px(40.0F);
        const float cy = by + button_h * 0.5F;
        draw_spinner(ui.draw, ImVec2(right_x + ring * 0.5F, cy), ring, ui.px(5.0F), c.sand, c.primary);
        draw_line_centered_y(ui.draw, label_font, right_x + ring + ui.px(16.0F), cy, c.ink,
                             setup_text(SetupText::Creating, lang));
    } else {
        const float by = fields_y + fy;
        const float bw = std::min(right_w, primary_button_width(ui, create, ui.px(320.0F)));
        create_tapped = primary_button(ui, create, ImVec2(right_x, by), ImVec2(right_x + bw, by + button_h));
        if (!failed.empty())
            (void)draw_inline_error(ui, failed, ImVec2(right_x, by + button_h + ui.px(16.0F)), right_w);
    }

    // Intents last: the frame was drawn from one consistent state.
    if (!tapped.empty() && tapped != st.focused) {
        st.focused = std::string(tapped);
        st.keyboard = {};
        st.keyboard.shift = tapped == kNameId && st.name.empty();  // a name starts with a capital
    }
    if (typing && key.kind == KeyPress::Kind::Done) {
        st.focused.clear();
        st.keyboard = {};
    } else if (typing && key.kind != KeyPress::Kind::None) {
        std::string* text = st.focused == kNameId          ? &st.name
                            : st.focused == kPassphraseId  ? &st.passphrase
                            : st.focused == kPassphrase2Id ? &st.passphrase2
                                                           : nullptr;
        if (text != nullptr) (void)apply_key(*text, key, kMaxTypedBytes);
    }
    if (!create_tapped) return false;
    st.failed = false;
    if (setup_problems(st, lang).any()) {
        st.show_errors = true;
        return false;
    }
    return true;
}

bool create_clinic(SetupState& st, const SetupView& view) {
    std::string name = st.name;
    std::string passphrase = st.passphrase;
    return finish(st, initialize(view.data_dir, name, passphrase));
}

void start_create_clinic(SetupState& st, const SetupView& view) {
    if (st.busy()) return;
    st.failed = false;
    st.creating = std::async(std::launch::async,
                             [dir = view.data_dir, name = std::string(st.name),
                              passphrase = std::string(st.passphrase)]() mutable {
                                 return initialize(dir, name, passphrase);
                             });
}

std::optional<bool> poll_create_clinic(SetupState& st) {
    if (!st.busy() || st.creating.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
    return finish(st, st.creating.get());
}

}  // namespace kiosk::ui
