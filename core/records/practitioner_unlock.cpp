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
                    std::int64_t now_ms) {
    UnlockResult result;
    auto record = store.practitioner(practitioner);
    if (!record) {
        result.refusal = UnlockRefusal::UnknownPractitioner;
        store.audit({0, now_ms, "unlock_failed", practitioner, "", "unknown practitioner"});
        return result;
    }
    if (record->locked_until_ms > now_ms) {
        // Not counted: waiting out the lockout must not lengthen it.
        result.refusal = UnlockRefusal::LockedOut;
        result.retry_after_ms = record->locked_until_ms - now_ms;
        store.audit({0, now_ms, "unlock_failed", practitioner, "", "locked out"});
        return result;
    }
    auto secret = crypto::unwrap_secret_key(record->wrapped, passphrase);
    if (!secret) {
        const int failures = record->failed_count + 1;
        const std::int64_t wait = lockout_ms(failures);
        store.record_unlock_failure(practitioner, failures, wait > 0 ? now_ms + wait : 0, now_ms,
                                    "wrong passphrase (" + std::to_string(failures) + " in a row)");
        result.refusal = wait > 0 ? UnlockRefusal::LockedOut : UnlockRefusal::WrongPassphrase;
        result.retry_after_ms = wait;
        return result;
    }
    store.record_unlock_success(practitioner, now_ms);
    result.unlocked = Unlocked{practitioner, store.public_key(), std::move(*secret)};
    return result;
}

}  // namespace kiosk::records
