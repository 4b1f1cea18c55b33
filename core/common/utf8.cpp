#include "common/utf8.hpp"

#include <glib.h>

namespace kiosk {

size_t utf8_error_offset(std::string_view s) {
    // g_utf8_validate_len rejects overlongs, surrogates and code points past
    // U+10FFFF, and also a NUL byte; a NUL is well-formed UTF-8 (the
    // control-character rule below is what refuses it, with its own message),
    // so validation goes on past each one.
    size_t from = 0;
    while (from < s.size()) {
        const gchar* end = nullptr;
        if (g_utf8_validate_len(s.data() + from, s.size() - from, &end) != FALSE) break;
        const auto at = static_cast<size_t>(end - s.data());
        if (s[at] != '\0') return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) { return utf8_error_offset(s) == std::string_view::npos; }

std::optional<ControlChar> find_control_char(std::string_view s, std::string_view allowed) {
    size_t index = 0;
    for (size_t i = 0; i < s.size(); ++index) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F) {
            if (allowed.find(static_cast<char>(c)) == std::string_view::npos) return ControlChar{index, c};
        } else if (c == 0xC2 && i + 1 < s.size()) {
            // U+0080..U+009F are C2 80..C2 9F in UTF-8.
            const auto next = static_cast<unsigned char>(s[i + 1]);
            if (next >= 0x80 && next <= 0x9F) return ControlChar{index, next};
        }
        // Step over the rest of this character's bytes.
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0U) == 0x80U) ++i;
    }
    return std::nullopt;
}

}  // namespace kiosk
