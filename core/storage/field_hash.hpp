#pragma once
// BLAKE2b (crypto_generichash) over a sequence of fields, each prefixed with
// its length so no two different sequences encode the same. Used for the
// audit chain, the binding of a submission's row into it, and the keyed
// digest of a submission's answers.
#include <sodium.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "crypto/sealed_box.hpp"

namespace kiosk::storage {

inline constexpr size_t kHashBytes = 32;

class FieldHash {
public:
    // `key` empty: unkeyed; else a keyed hash (a MAC under that key).
    explicit FieldHash(std::span<const std::uint8_t> key = {});
    FieldHash& add(std::span<const std::uint8_t> bytes);
    FieldHash& add(std::string_view text);
    FieldHash& add(std::int64_t number);
    [[nodiscard]] crypto::Bytes finish();

private:
    crypto_generichash_state state_{};
};

// Lower-case hex, and back (nullopt-like empty result on bad input).
[[nodiscard]] std::string to_hex(std::span<const std::uint8_t> bytes);
[[nodiscard]] crypto::Bytes from_hex(std::string_view hex);

}  // namespace kiosk::storage
