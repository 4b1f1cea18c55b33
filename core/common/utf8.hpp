#pragma once
// UTF-8 well-formedness: every text the kiosk stores or derives a key from is
// checked here first.
#include <cstddef>
#include <string_view>

namespace kiosk {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
[[nodiscard]] bool is_valid_utf8(std::string_view s);
// Offset of the first byte that breaks UTF-8, or npos.
[[nodiscard]] size_t utf8_error_offset(std::string_view s);

}  // namespace kiosk
