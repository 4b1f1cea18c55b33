#pragma once
// Content hashes that version questionnaires and consent texts.
#include <string>
#include <string_view>

namespace kiosk {

// BLAKE2b-128 of `bytes`, as 32 lower-case hex characters.
[[nodiscard]] std::string content_hash(std::string_view bytes);

}  // namespace kiosk
