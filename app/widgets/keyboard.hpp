#pragma once
// The on-screen keyboard (03-keyboard.png): a 320 px Sand tray across the
// bottom of the screen. Layouts by field: letters (QWERTY with ' and -,
// shift, an á é ñ accent layer, digits and symbols), an email layout (@ . -
// _ +) and keypads for phone numbers and numbers. Done is the primary key.
//
// Key ids (DESIGN §7): a key that types is `key=<what it types now>`, so the
// case follows shift (`key=a`, or `key=A` while shift is on) and the accent
// layer shows `key=á`; the others are `key=space`, `key=backspace`,
// `key=shift` (and `key=shift-right`), `key=accents`, `key=digits`,
// `key=letters` and `key=done`. The replay's `type` taps these, switching
// layers as a person would.
//
// Shift is one-shot (it drops after a letter); an accented letter returns to
// the letters. The state is the caller's, dropped with the focused field.
#include <cstddef>
#include <string>
#include <string_view>

#include <imgui.h>

#include "questionnaire/model.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

inline constexpr float kKeyboardHeight = 320.0F;  // mockup px

enum class KeyboardMode { Text, Email, Phone, Number };

// The layout a field needs.
[[nodiscard]] KeyboardMode keyboard_mode_for(const kiosk::Item& item);

struct KeyboardState {
    enum class Layer { Letters, Accents, Digits };
    Layer layer = Layer::Letters;
    bool shift = false;
};

struct KeyPress {
    enum class Kind { None, Char, Backspace, Done };
    Kind kind = Kind::None;
    std::string text;  // Char: one UTF-8 character (" " for space)
};

// The tray's height on this screen.
[[nodiscard]] float keyboard_height(const UiContext& ui);

// Draws the tray across the bottom of the screen; returns the key tapped this
// frame. `lang` labels space and Done.
[[nodiscard]] KeyPress keyboard(UiContext& ui, KeyboardState& state, KeyboardMode mode, std::string_view lang);

// Applies a Char or Backspace to `text` (backspace removes one UTF-8
// character). Returns false when nothing changed.
bool apply_key(std::string& text, const KeyPress& key);
// The same, refusing a character that would take `text` past `max_bytes`
// (a buffer reserved up front then never reallocates with a secret in it).
bool apply_key(std::string& text, const KeyPress& key, std::size_t max_bytes);

}  // namespace kiosk::ui
