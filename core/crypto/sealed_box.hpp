#pragma once
// The clinic's key pair and sealing (libsodium crypto_box_seal): the kiosk
// seals each submission with the public key; only a practitioner who has
// unwrapped the secret key can open it.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "crypto/secret_bytes.hpp"

namespace kiosk::crypto {

using Bytes = std::vector<std::uint8_t>;

struct KeyPair {
    Bytes public_key;        // crypto_box_PUBLICKEYBYTES
    SecretBytes secret_key;  // crypto_box_SECRETKEYBYTES
};

// Initialises libsodium once (thread-safe); throws std::runtime_error if it cannot.
void ensure_sodium();

[[nodiscard]] KeyPair generate_key_pair();

[[nodiscard]] Bytes seal(std::span<const std::uint8_t> plaintext, const Bytes& public_key);

// nullopt when the ciphertext was not sealed for this key pair or was altered.
[[nodiscard]] std::optional<SecretBytes> open_sealed(std::span<const std::uint8_t> ciphertext, const Bytes& public_key,
                                                     const SecretBytes& secret_key);

}  // namespace kiosk::crypto
