#include "records/practitioner_unlock.hpp"

#include <algorithm>

#include "crypto/key_wrap.hpp"

namespace kiosk::records {

std::int64_t lockout_ms(int failures) {
    if (failures < kFreeAttempts) return 0;
    std::int64_t ms = kFirstLockoutMs;
    for (int i = kFreeAttempts; i < failures && ms < kMaxLockoutMs; ++i) ms *= 2;
    return std::min(ms, kMaxLockoutMs);
}

std::string UnlockResult::message() const {
    switch (refusal) {
        case UnlockRefusal::UnknownPractitioner:
        case UnlockRefusal::WrongPassphrase: return "wrong practitioner name or passphrase";
        case UnlockRefusal::LockedOut:
            return "too many wrong passphrases: try again in " + std::to_string((retry_after_ms + 999) / 1000) + " s";
    }
    return "refused";
}

UnlockResult unlock(storage::Store& store, const std::string& practitioner, std::string_view passphrase,
                    std::int64_t now_ms, crypto::PwhashCost cost) {
    using Status = storage::UnlockAttempt::Status;
    UnlockResult result;
    const storage::UnlockAttempt attempt = store.reserve_unlock_attempt(practitioner, now_ms, lockout_ms);
    if (attempt.status == Status::UnknownPractitioner) {
        crypto::decoy_unwrap(passphrase, cost);  // as long as a wrong passphrase takes
        store.audit({0, now_ms, "unlock_failed", practitioner, "", "unknown practitioner"});
        result.refusal = UnlockRefusal::UnknownPractitioner;
        return result;
    }
    if (attempt.status == Status::LockedOut) {
        result.refusal = UnlockRefusal::LockedOut;
        result.retry_after_ms = attempt.locked_until_ms - now_ms;
        return result;
    }
    auto secret = crypto::unwrap_secret_key(attempt.wrapped, passphrase);
    if (!secret) {
        // Already counted by the reservation.
        store.audit({0, now_ms, "unlock_failed", practitioner, "",
                     "wrong passphrase (" + std::to_string(attempt.failures) + " in a row)"});
        const std::int64_t wait = lockout_ms(attempt.failures);
        result.refusal = wait > 0 ? UnlockRefusal::LockedOut : UnlockRefusal::WrongPassphrase;
        result.retry_after_ms = wait;
        return result;
    }
    std::optional<crypto::WrappedKey> rewrapped;
    // (A passphrase from before today's rules keeps its old wrap rather than failing the unlock.)
    if (crypto::cost_of(attempt.wrapped) != cost && !crypto::passphrase_problem(passphrase))
        rewrapped = crypto::wrap_secret_key(*secret, passphrase, cost);
    store.record_unlock_success(practitioner, attempt.failures, now_ms, lockout_ms,
                                rewrapped ? &*rewrapped : nullptr);
    result.unlocked = Unlocked{practitioner, store.public_key(), std::move(*secret)};
    return result;
}

}  // namespace kiosk::records
