// Wrapping the clinic's secret key under a passphrase. The record is read
// back from storage that an attacker may have edited, so its cost parameters
// are bounded before they decide how much memory and time we spend.
#include "crypto/key_wrap.hpp"

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <stdexcept>

#include "common/utf8.hpp"

namespace kiosk::crypto {
namespace {

constexpr size_t kMaxPassphraseBytes = 1024;
// Our ceilings, far below libsodium's own (4 TiB, 2^32 passes): high enough
// for any cost we would choose (SENSITIVE is 1 GiB, 4 passes), low enough that
// a tampered record cannot exhaust the tablet or stall an unlock for hours.
constexpr std::uint64_t kMaxMemlimit = std::uint64_t{1} << 30;
constexpr std::uint64_t kMaxOpslimit = 32;

constexpr size_t kWrappedBytes = crypto_box_SECRETKEYBYTES + crypto_secretbox_MACBYTES;

// Bounds of the algorithm we pin, not of whatever crypto_pwhash's default becomes.
bool acceptable_cost(std::uint64_t opslimit, std::uint64_t memlimit) {
    return opslimit >= crypto_pwhash_argon2id_opslimit_min() &&
           opslimit <= std::min<std::uint64_t>(crypto_pwhash_argon2id_opslimit_max(), kMaxOpslimit) &&
           memlimit >= crypto_pwhash_argon2id_memlimit_min() &&
           memlimit <= std::min<std::uint64_t>(crypto_pwhash_argon2id_memlimit_max(), kMaxMemlimit);
}

size_t code_points(std::string_view utf8) {
    return static_cast<size_t>(
        std::ranges::count_if(utf8, [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; }));
}

std::atomic<DerivationObserver> g_observer{nullptr};

SecretBytes derive_key(std::string_view passphrase, const Bytes& salt, std::uint64_t opslimit,
                       std::uint64_t memlimit) {
    if (const DerivationObserver observe = g_observer.load()) observe({opslimit, memlimit});
    SecretBytes key(crypto_secretbox_KEYBYTES);
    // crypto_pwhash declares every pointer nonnull, an empty passphrase's too.
    const char* text = passphrase.empty() ? "" : passphrase.data();
    // Failure here is running out of memory, not a wrong passphrase: thrown, so
    // it is never counted as a failed unlock.
    if (crypto_pwhash(key.data(), key.size(), text, passphrase.size(), salt.data(), opslimit,
                      static_cast<size_t>(memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("crypto_pwhash failed (out of memory?)");
    return key;
}

}  // namespace

PwhashCost PwhashCost::interactive() {
    return {crypto_pwhash_argon2id_opslimit_interactive(), crypto_pwhash_argon2id_memlimit_interactive()};
}

PwhashCost PwhashCost::moderate() {
    return {crypto_pwhash_argon2id_opslimit_moderate(), crypto_pwhash_argon2id_memlimit_moderate()};
}

PwhashCost PwhashCost::minimum() {
    return {crypto_pwhash_argon2id_opslimit_min(), crypto_pwhash_argon2id_memlimit_min()};
}

PwhashCost PwhashCost::configured() {
    // Read on every call (cheap) so a test can set and clear it.
    const char* test_cost = std::getenv(kTestCostVariable);
    if (test_cost != nullptr && std::string_view(test_cost) == "minimum") return minimum();
    return moderate();
}

void observe_key_derivations(DerivationObserver observer) { g_observer.store(observer); }

std::optional<std::string> passphrase_problem(std::string_view passphrase) {
    if (!is_valid_utf8(passphrase)) return "a passphrase must be valid UTF-8 text";
    if (passphrase.size() > kMaxPassphraseBytes)
        return "a passphrase can be at most " + std::to_string(kMaxPassphraseBytes) + " bytes long";
    if (code_points(passphrase) < kMinPassphraseChars)
        return "a passphrase needs at least " + std::to_string(kMinPassphraseChars) + " characters";
    return std::nullopt;
}

WrappedKey wrap_secret_key(const SecretBytes& secret_key, std::string_view passphrase, PwhashCost cost) {
    // Each refusal below would otherwise produce a record that is weak or that
    // unwrap_secret_key would refuse.
    if (secret_key.size() != crypto_box_SECRETKEYBYTES)
        throw std::invalid_argument("wrap_secret_key: not a crypto_box secret key");
    if (auto problem = passphrase_problem(passphrase)) throw std::invalid_argument(*problem);
    if (!acceptable_cost(cost.opslimit, cost.memlimit))
        throw std::invalid_argument("wrap_secret_key: cost outside the accepted range");
    ensure_sodium();

    WrappedKey wrapped{Bytes(crypto_pwhash_SALTBYTES), Bytes(crypto_secretbox_NONCEBYTES), Bytes(kWrappedBytes),
                       cost.opslimit, cost.memlimit};
    randombytes_buf(wrapped.salt.data(), wrapped.salt.size());
    randombytes_buf(wrapped.nonce.data(), wrapped.nonce.size());
    const SecretBytes key = derive_key(passphrase, wrapped.salt, cost.opslimit, cost.memlimit);
    if (crypto_secretbox_easy(wrapped.ciphertext.data(), secret_key.data(), secret_key.size(), wrapped.nonce.data(),
                              key.data()) != 0)
        throw std::runtime_error("crypto_secretbox_easy failed");
    return wrapped;
}

std::optional<SecretBytes> unwrap_secret_key(const WrappedKey& wrapped, std::string_view passphrase) {
    if (wrapped.salt.size() != crypto_pwhash_SALTBYTES || wrapped.nonce.size() != crypto_secretbox_NONCEBYTES ||
        wrapped.ciphertext.size() != kWrappedBytes || !acceptable_cost(wrapped.opslimit, wrapped.memlimit))
        return std::nullopt;
    ensure_sodium();

    const SecretBytes key = derive_key(passphrase, wrapped.salt, wrapped.opslimit, wrapped.memlimit);
    SecretBytes secret_key(crypto_box_SECRETKEYBYTES);
    if (crypto_secretbox_open_easy(secret_key.data(), wrapped.ciphertext.data(), wrapped.ciphertext.size(),
                                   wrapped.nonce.data(), key.data()) != 0)
        return std::nullopt;
    return secret_key;
}

void decoy_unwrap(std::string_view passphrase, PwhashCost cost) {
    if (!acceptable_cost(cost.opslimit, cost.memlimit))
        throw std::invalid_argument("decoy_unwrap: cost outside the accepted range");
    ensure_sodium();
    WrappedKey decoy{Bytes(crypto_pwhash_SALTBYTES), Bytes(crypto_secretbox_NONCEBYTES), Bytes(kWrappedBytes),
                     cost.opslimit, cost.memlimit};
    randombytes_buf(decoy.salt.data(), decoy.salt.size());
    randombytes_buf(decoy.nonce.data(), decoy.nonce.size());
    randombytes_buf(decoy.ciphertext.data(), decoy.ciphertext.size());
    // A random MAC: opening fails but only after the same derivation and check.
    (void)unwrap_secret_key(decoy, passphrase);
}

}  // namespace kiosk::crypto
