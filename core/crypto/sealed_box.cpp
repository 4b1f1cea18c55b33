// Sealing with crypto_box_seal: an ephemeral sender key per message, so the
// kiosk holds nothing that could open what it has already sealed.
#include "crypto/sealed_box.hpp"

#include <sodium.h>

#include <stdexcept>
#include <string>

namespace kiosk::crypto {

void ensure_sodium() {
    // A throwing initialiser leaves the static unset, so a later call retries.
    static const bool ready = [] {
        if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
        return true;
    }();
    (void)ready;
}

KeyPair generate_key_pair() {
    ensure_sodium();
    KeyPair pair{Bytes(crypto_box_PUBLICKEYBYTES), SecretBytes(crypto_box_SECRETKEYBYTES)};
    if (crypto_box_keypair(pair.public_key.data(), pair.secret_key.data()) != 0)
        throw std::runtime_error("crypto_box_keypair failed");
    return pair;
}

Bytes seal(std::span<const std::uint8_t> plaintext, const Bytes& public_key) {
    if (public_key.size() != crypto_box_PUBLICKEYBYTES)
        throw std::invalid_argument("seal: a public key must be " + std::to_string(crypto_box_PUBLICKEYBYTES) +
                                    " bytes");
    ensure_sodium();
    Bytes sealed(plaintext.size() + crypto_box_SEALBYTES);
    // Fails only for a degenerate (low-order) key, which no real key pair produces.
    if (crypto_box_seal(sealed.data(), plaintext.data(), plaintext.size(), public_key.data()) != 0)
        throw std::invalid_argument("seal: not a usable public key");
    return sealed;
}

std::optional<SecretBytes> open_sealed(std::span<const std::uint8_t> ciphertext, const Bytes& public_key,
                                       const SecretBytes& secret_key) {
    // Checked before sizing the output, so a short ciphertext cannot underflow it.
    if (public_key.size() != crypto_box_PUBLICKEYBYTES || secret_key.size() != crypto_box_SECRETKEYBYTES ||
        ciphertext.size() < crypto_box_SEALBYTES)
        return std::nullopt;
    ensure_sodium();
    SecretBytes plaintext(ciphertext.size() - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plaintext.data(), ciphertext.data(), ciphertext.size(), public_key.data(),
                             secret_key.data()) != 0)
        return std::nullopt;
    return plaintext;
}

}  // namespace kiosk::crypto
