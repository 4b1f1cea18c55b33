#include "widgets/keyboard.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "theme/flow_strings.hpp"
#include "theme/fonts.hpp"
#include "widgets/flow_icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1 (03-keyboard.png).
constexpr float kMargin = 36.0F;
constexpr float kGap = 10.0F;
constexpr float kKeyHeight = 64.0F;
constexpr float kRowPitch = 74.0F;
constexpr float kTopPad = 18.0F;
constexpr float kRadius = 12.0F;
constexpr float kShadow = 3.0F;
constexpr float kRowUnits = 11.5F;  // every row is this many key widths

enum class KeyKind { Char, Backspace, Shift, ShiftRight, Accents, Digits, Letters, Space, Done, Blank };

struct Key {
    KeyKind kind = KeyKind::Char;
    std::string text;  // Char: what it types
    float units = 1.0F;
};

struct Row {
    float offset = 0;  // in units
    std::vector<Key> keys;
};

Key ch(std::string_view s, float units = 1.0F) { return {KeyKind::Char, std::string(s), units}; }
Key fn(KeyKind k, float units) { return {k, "", units}; }

// The upper case of one UTF-8 character, for Latin letters (ASCII and the
// Latin-1 accented ones: á -> Á, ñ -> Ñ).
std::string upper(std::string_view s) {
    std::string out(s);
    if (out.size() == 1 && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    } else if (out.size() == 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
        const auto b = static_cast<unsigned char>(out[1]);
        if (b >= 0xA0 && b <= 0xBE && b != 0xB7) out[1] = static_cast<char>(b - 0x20);
    }
    return out;
}

std::string_view accented(std::string_view letter) {
    if (letter == "a") return "á";
    if (letter == "e") return "é";
    if (letter == "i") return "í";
    if (letter == "o") return "ó";
    if (letter == "u") return "ú";
    if (letter == "n") return "ñ";
    if (letter == "c") return "ç";
    if (letter == "'") return "ü";
    return letter;
}

std::vector<Key> letters(std::string_view row, const KeyboardState& st) {
    std::vector<Key> out;
    for (const char c : row) {
        const std::string_view base(&c, 1);
        std::string_view s = st.layer == KeyboardState::Layer::Accents ? accented(base) : base;
        out.push_back(ch(st.shift ? upper(s) : std::string(s)));
    }
    return out;
}

std::vector<Row> keypad(const std::vector<std::vector<std::string_view>>& rows) {
    const float unit = kRowUnits / 4.0F;
    std::vector<Row> out;
    for (const auto& r : rows) {
        Row row;
        for (const std::string_view k : r) {
            if (k == "<bs>") row.keys.push_back(fn(KeyKind::Backspace, unit));
            else if (k == "<space>") row.keys.push_back(fn(KeyKind::Space, unit));
            else if (k == "<done>") row.keys.push_back(fn(KeyKind::Done, unit * 2.0F));
            else if (k == "0wide") row.keys.push_back(ch("0", unit * 2.0F));
            else row.keys.push_back(ch(k, unit));
        }
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<Row> layout(KeyboardMode mode, const KeyboardState& st) {
    using L = KeyboardState::Layer;
    if (mode == KeyboardMode::Phone)
        return keypad({{"1", "2", "3", "<bs>"}, {"4", "5", "6", "<space>"}, {"7", "8", "9", "-"}, {"+", "0", "<done>"}});
    if (mode == KeyboardMode::Number)
        return keypad({{"1", "2", "3", "<bs>"}, {"4", "5", "6", "-"}, {"7", "8", "9", "."}, {"0wide", "<done>"}});

    const bool email = mode == KeyboardMode::Email;
    std::vector<Row> rows(4);
    if (st.layer == L::Digits) {
        for (const char* d : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}) rows[0].keys.push_back(ch(d));
        rows[0].keys.push_back(fn(KeyKind::Backspace, 1.5F));
        rows[1].offset = 0.5F;
        for (const char* s : {"@", "#", "&", "(", ")", "/", ":", ";", "\"", "'", "-"}) rows[1].keys.push_back(ch(s));
        rows[2].keys.push_back(fn(KeyKind::Blank, 1.5F));
        for (const char* s : {".", ",", "?", "!", "_", "*", "%", "+", "="}) rows[2].keys.push_back(ch(s));
        rows[3].keys.push_back(fn(KeyKind::Letters, 1.5F));
        rows[3].keys.push_back(email ? fn(KeyKind::Blank, 1.5F) : fn(KeyKind::Accents, 1.5F));
    } else {
        rows[0].keys = letters("qwertyuiop", st);
        rows[0].keys.push_back(fn(KeyKind::Backspace, 1.5F));
        rows[1].offset = 0.5F;
        rows[1].keys = letters(email ? "asdfghjkl" : "asdfghjkl'", st);
        if (email) {
            rows[1].keys.push_back(ch("-"));
            rows[1].keys.push_back(ch("_"));
        } else {
            rows[1].keys.push_back(ch("-"));
        }
        rows[2].keys.push_back(fn(KeyKind::Shift, 1.5F));
        for (Key& k : letters("zxcvbnm", st)) rows[2].keys.push_back(std::move(k));
        if (email) {
            rows[2].keys.push_back(ch("."));
            rows[2].keys.push_back(ch("@"));
        } else {
            rows[2].keys.push_back(ch(","));
            rows[2].keys.push_back(ch("."));
        }
        rows[2].keys.push_back(fn(KeyKind::ShiftRight, 1.0F));
        rows[3].keys.push_back(fn(KeyKind::Digits, 1.5F));
        rows[3].keys.push_back(email ? ch("+", 1.5F) : fn(KeyKind::Accents, 1.5F));
    }
    rows[3].keys.push_back(fn(KeyKind::Space, 6.0F));
    rows[3].keys.push_back(fn(KeyKind::Done, 2.5F));
    return rows;
}

std::string key_id(const Key& k) {
    switch (k.kind) {
        case KeyKind::Char: return "key=" + k.text;
        case KeyKind::Backspace: return "key=backspace";
        case KeyKind::Shift: return "key=shift";
        case KeyKind::ShiftRight: return "key=shift-right";
        case KeyKind::Accents: return "key=accents";
        case KeyKind::Digits: return "key=digits";
        case KeyKind::Letters: return "key=letters";
        case KeyKind::Space: return "key=space";
        case KeyKind::Done: return "key=done";
        case KeyKind::Blank: return "";
    }
    return "";
}

bool is_accent_char(std::string_view s) { return s.size() == 2 && static_cast<unsigned char>(s[0]) == 0xC3; }

void draw_key(UiContext& ui, const Key& k, ImVec2 min, ImVec2 max, bool pressed, const KeyboardState& st,
              std::string_view lang) {
    const Palette& c = ui.colors();
    const float r = ui.px(kRadius);
    const bool function = k.kind != KeyKind::Char && k.kind != KeyKind::Space && k.kind != KeyKind::Done;
    const bool active = ((k.kind == KeyKind::Shift || k.kind == KeyKind::ShiftRight) && st.shift) ||
                        (k.kind == KeyKind::Accents && st.layer == KeyboardState::Layer::Accents);
    ImU32 fill = function ? c.line : c.paper;
    ImU32 shadow = c.line_strong;
    ImU32 ink = c.ink;
    if (k.kind == KeyKind::Done) {
        fill = c.primary;
        shadow = c.primary_pressed;
        ink = c.on_primary;
    }
    if (active) {
        fill = c.primary_tint;
        ink = c.primary;
    }
    if (pressed) {
        fill = k.kind == KeyKind::Done ? c.primary_pressed : c.primary_tint;
        ink = k.kind == KeyKind::Done ? c.on_primary : c.primary;
    }
    const float drop = pressed ? ui.px(kShadow) : 0.0F;
    if (!pressed) ui.draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(kShadow)), ImVec2(max.x, max.y + ui.px(kShadow)), shadow, r);
    const ImVec2 a(min.x, min.y + drop);
    const ImVec2 b(max.x, max.y + drop);
    ui.draw->AddRectFilled(a, b, fill, r);
    const ImVec2 center((a.x + b.x) * 0.5F, (a.y + b.y) * 0.5F);
    const float stroke = ui.px(2.5F);

    auto centered = [&](ImFont* font, std::string_view label, ImU32 color) {
        const float w = text_size(font, label).x;
        draw_line_centered_y(ui.draw, font, std::round(center.x - w * 0.5F), center.y, color, label);
    };
    switch (k.kind) {
        case KeyKind::Char: {
            // Lower-case letters sit on the x-height; centre them by it, as the mockup does.
            ImFont* font = ui.theme.font(TextRole::Question);
            const bool accent = st.layer == KeyboardState::Layer::Accents && is_accent_char(k.text);
            centered(font, k.text, accent && !pressed ? c.primary : ink);
            break;
        }
        case KeyKind::Backspace: icons::backspace(ui.draw, center, ui.px(34.0F), ink, stroke); break;
        case KeyKind::Shift:
        case KeyKind::ShiftRight: icons::shift(ui.draw, center, ui.px(26.0F), ink, stroke, st.shift); break;
        case KeyKind::Accents: centered(ui.theme.font(TextRole::Body, Weight::SemiBold), "á é ñ", ink); break;
        case KeyKind::Digits: centered(ui.theme.font(TextRole::Body, Weight::SemiBold), flow_text(FlowText::Digits, lang), ink); break;
        case KeyKind::Letters: centered(ui.theme.font(TextRole::Body, Weight::SemiBold), flow_text(FlowText::Letters, lang), ink); break;
        case KeyKind::Space: centered(ui.theme.font(TextRole::Small), flow_text(FlowText::Space, lang), pressed ? ink : c.ink3); break;
        case KeyKind::Done: centered(ui.theme.font(TextRole::Body, Weight::SemiBold), flow_text(FlowText::Done, lang), ink); break;
        case KeyKind::Blank: break;
    }
}

KeyPress act(const Key& k, KeyboardState& st) {
    using L = KeyboardState::Layer;
    switch (k.kind) {
        case KeyKind::Char: {
            KeyPress press{KeyPress::Kind::Char, k.text};
            st.shift = false;
            if (st.layer == L::Accents) st.layer = L::Letters;
            return press;
        }
        case KeyKind::Backspace: return {KeyPress::Kind::Backspace, ""};
        case KeyKind::Shift:
        case KeyKind::ShiftRight: st.shift = !st.shift; return {};
        case KeyKind::Accents: st.layer = st.layer == L::Accents ? L::Letters : L::Accents; return {};
        case KeyKind::Digits: st.layer = L::Digits; st.shift = false; return {};
        case KeyKind::Letters: st.layer = L::Letters; return {};
        case KeyKind::Space:
            // As on a phone: a space after digits or symbols goes back to the letters.
            if (st.layer == L::Digits) st.layer = L::Letters;
            return {KeyPress::Kind::Char, " "};
        case KeyKind::Done: return {KeyPress::Kind::Done, ""};
        case KeyKind::Blank: return {};
    }
    return {};
}

}  // namespace

KeyboardMode keyboard_mode_for(const kiosk::Item& item) {
    if (item.type == ItemType::Number) return KeyboardMode::Number;
    if (item.validation.format == TextFormat::Email) return KeyboardMode::Email;
    if (item.validation.format == TextFormat::Phone) return KeyboardMode::Phone;
    return KeyboardMode::Text;
}

float keyboard_height(const UiContext& ui) { return ui.px(kKeyboardHeight); }

KeyPress keyboard(UiContext& ui, KeyboardState& state, KeyboardMode mode, std::string_view lang) {
    const Palette& c = ui.colors();
    const float top = ui.origin.y + ui.size.y - keyboard_height(ui);
    const float right = ui.origin.x + ui.size.x;
    ui.draw->AddRectFilled(ImVec2(ui.origin.x, top), ImVec2(right, ui.origin.y + ui.size.y), c.sand);
    ui.draw->AddLine(ImVec2(ui.origin.x, top), ImVec2(right, top), c.line, ui.px(1.5F));

    const float margin = ui.px(kMargin);
    const float gap = ui.px(kGap);
    const float pitch = (ui.size.x - 2.0F * margin + gap) / kRowUnits;
    const KeyboardState drawn = state;  // the whole tray shows one state this frame
    const std::vector<Row> rows = layout(mode, drawn);
    KeyPress out;
    for (size_t r = 0; r < rows.size(); ++r) {
        const float y = top + ui.px(kTopPad) + ui.px(kRowPitch) * static_cast<float>(r);
        float x = ui.origin.x + margin + rows[r].offset * pitch;
        for (const Key& k : rows[r].keys) {
            const ImVec2 min(std::round(x), y);
            const ImVec2 max(std::round(x + k.units * pitch - gap), y + ui.px(kKeyHeight));
            x += k.units * pitch;
            if (k.kind == KeyKind::Blank) continue;
            const TouchState touch = touch_target(ui, key_id(k), min, ImVec2(max.x, max.y + ui.px(kShadow)));
            draw_key(ui, k, min, max, touch.pressed, drawn, lang);
            if (touch.tapped && out.kind == KeyPress::Kind::None) {
                KeyboardState next = drawn;
                out = act(k, next);
                state = next;
            }
        }
    }
    return out;
}

bool apply_key(std::string& text, const KeyPress& key) {
    if (key.kind == KeyPress::Kind::Char) {
        text += key.text;
        return true;
    }
    if (key.kind != KeyPress::Kind::Backspace || text.empty()) return false;
    size_t n = text.size() - 1;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0U) == 0x80U) --n;
    // Overwrite the bytes that go, so the character does not linger in the buffer.
    std::fill(text.begin() + static_cast<std::ptrdiff_t>(n), text.end(), '\0');
    text.resize(n);
    return true;
}

bool apply_key(std::string& text, const KeyPress& key, std::size_t max_bytes) {
    if (key.kind == KeyPress::Kind::Char && text.size() + key.text.size() > max_bytes) return false;
    return apply_key(text, key);
}

}  // namespace kiosk::ui
