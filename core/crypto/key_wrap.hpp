#pragma once
// The clinic's secret key, wrapped for one practitioner: a key derived from
// their passphrase with Argon2id (crypto_pwhash) encrypts it with
// crypto_secretbox. The wrapped form can be attacked offline, hence the
// passphrase rules and the cost parameters stored with it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/sealed_box.hpp"

namespace kiosk::crypto {

struct WrappedKey {
    Bytes salt;        // crypto_pwhash_SALTBYTES
    Bytes nonce;       // crypto_secretbox_NONCEBYTES
    Bytes ciphertext;  // secret key + MAC
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;
};

struct PwhashCost {
    std::uint64_t opslimit;
    std::uint64_t memlimit;
    static PwhashCost interactive();  // the kiosk's default (crypto_pwhash_*_INTERACTIVE)
    static PwhashCost minimum();      // tests only: crypto_pwhash_*_MIN
};

inline constexpr size_t kMinPassphraseChars = 10;

// Why a passphrase is refused (too short, not UTF-8...), or nullopt if acceptable.
[[nodiscard]] std::optional<std::string> passphrase_problem(std::string_view passphrase);

[[nodiscard]] WrappedKey wrap_secret_key(const SecretBytes& secret_key, std::string_view passphrase,
                                         PwhashCost cost = PwhashCost::interactive());

// nullopt for a wrong passphrase (or a damaged record).
[[nodiscard]] std::optional<SecretBytes> unwrap_secret_key(const WrappedKey& wrapped, std::string_view passphrase);

}  // namespace kiosk::crypto
