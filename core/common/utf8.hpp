#pragma once
// UTF-8 well-formedness: every text the kiosk stores or derives a key from is
// checked here first.
#include <cstddef>
#include <optional>
#include <string_view>

namespace kiosk {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
[[nodiscard]] bool is_valid_utf8(std::string_view s);
// Offset of the first byte that breaks UTF-8, or npos.
[[nodiscard]] size_t utf8_error_offset(std::string_view s);


// A control character found in text: its position in characters (0-based)
// and its code point.
struct ControlChar {
    size_t index = 0;
    char32_t code = 0;
};
// The first control character of well-formed UTF-8 `s` (C0 U+0000-U+001F,
// DEL U+007F, C1 U+0080-U+009F) other than those listed in `allowed` (ASCII
// only, e.g. "\n\t"). None of them belongs in a name or an answer; a NUL cuts
// the text short for any C reader downstream (the PDF, a terminal).
[[nodiscard]] std::optional<ControlChar> find_control_char(std::string_view s, std::string_view allowed = {});

}  // namespace kiosk
