#pragma once
// Unlocking the clinic's secret key with a practitioner's passphrase, with the
// durable lockout of DESIGN §7: after 5 consecutive failures, 30 s, doubling
// with each further failure, at most 15 minutes. Every attempt is audited.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/key_wrap.hpp"
#include "crypto/secret_bytes.hpp"
#include "storage/store.hpp"

namespace kiosk::records {

inline constexpr int kFreeAttempts = 5;
inline constexpr std::int64_t kFirstLockoutMs = 30'000;
inline constexpr std::int64_t kMaxLockoutMs = 15 * 60'000;

// How long the lockout lasts after `failures` consecutive failures (0 if none).
[[nodiscard]] std::int64_t lockout_ms(int failures);

struct Unlocked {
    std::string practitioner;
    crypto::Bytes public_key;
    crypto::SecretBytes secret_key;
};

enum class UnlockRefusal { UnknownPractitioner, WrongPassphrase, LockedOut };

struct UnlockResult {
    std::optional<Unlocked> unlocked;
    UnlockRefusal refusal = UnlockRefusal::WrongPassphrase;
    std::int64_t retry_after_ms = 0;  // when locked out: how long to wait

    [[nodiscard]] std::string message() const;  // for the CLI and the unlock screen
};

// The attempt is counted as a failure before the passphrase is checked (so
// parallel attempts cannot outrun the lockout) and cleared when it succeeds.
// An unknown name costs the same Argon2id work at `cost` and gets the same
// refusal as a wrong passphrase. A key wrapped at another cost than `cost` is
// re-wrapped at `cost` by a successful unlock.
[[nodiscard]] UnlockResult unlock(storage::Store& store, const std::string& practitioner, std::string_view passphrase,
                                  std::int64_t now_ms, crypto::PwhashCost cost = crypto::PwhashCost::configured());

}  // namespace kiosk::records
