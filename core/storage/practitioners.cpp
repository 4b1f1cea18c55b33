// Store's practitioner rows: wrapped keys and the durable lockout state.
#include "storage/store.hpp"

#include <algorithm>

namespace kiosk::storage {

void Store::insert_practitioner(const std::string& name, const crypto::WrappedKey& w, std::int64_t now_ms) {
    db_->prepare("INSERT INTO practitioners (name, salt, nonce, wrapped_key, opslimit, memlimit, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, name)
        .bind(2, w.salt)
        .bind(3, w.nonce)
        .bind(4, w.ciphertext)
        .bind(5, static_cast<std::int64_t>(w.opslimit))
        .bind(6, static_cast<std::int64_t>(w.memlimit))
        .bind(7, now_ms)
        .run();
}

void Store::add_practitioner(const std::string& name, const crypto::WrappedKey& wrapped, std::int64_t now_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    if (practitioner(name)) throw StorageError(ErrorKind::Refused, "a practitioner named '" + name + "' already exists");
    insert_practitioner(name, wrapped, now_ms);
    append_audit({0, now_ms, "add_practitioner", name, "", ""});
    tx.commit();
}

std::optional<PractitionerRecord> Store::practitioner(const std::string& name) {
    auto s = db_->prepare(
        "SELECT salt, nonce, wrapped_key, opslimit, memlimit, failed_count, locked_until FROM practitioners "
        "WHERE name = ?");
    s.bind(1, name);
    if (!s.step()) return std::nullopt;
    PractitionerRecord r;
    r.name = name;
    r.wrapped = {s.blob(0), s.blob(1), s.blob(2), static_cast<std::uint64_t>(s.int64(3)),
                 static_cast<std::uint64_t>(s.int64(4))};
    r.failed_count = static_cast<int>(s.int64(5));
    r.locked_until_ms = s.int64(6);
    return r;
}

std::vector<std::string> Store::practitioner_names() {
    std::vector<std::string> out;
    auto s = db_->prepare("SELECT name FROM practitioners ORDER BY name");
    while (s.step()) out.push_back(s.text(0));
    return out;
}

UnlockAttempt Store::reserve_unlock_attempt(const std::string& name, std::int64_t now_ms,
                                            const LockoutPolicy& lockout_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    UnlockAttempt attempt;
    auto record = practitioner(name);
    if (!record) return attempt;  // nothing written: the caller audits after its decoy derivation
    if (record->locked_until_ms > now_ms) {
        // Not counted: waiting out the lockout must not lengthen it.
        attempt.status = UnlockAttempt::Status::LockedOut;
        attempt.locked_until_ms = record->locked_until_ms;
        append_audit({0, now_ms, "unlock_failed", name, "", "locked out"});
        tx.commit();
        return attempt;
    }
    attempt.status = UnlockAttempt::Status::Reserved;
    attempt.wrapped = std::move(record->wrapped);
    attempt.failures = record->failed_count + 1;
    const std::int64_t wait = lockout_ms(attempt.failures);
    attempt.locked_until_ms = wait > 0 ? now_ms + wait : 0;
    db_->prepare("UPDATE practitioners SET failed_count = ?, locked_until = ? WHERE name = ?")
        .bind(1, static_cast<std::int64_t>(attempt.failures))
        .bind(2, attempt.locked_until_ms)
        .bind(3, name)
        .run();
    tx.commit();
    return attempt;
}

void Store::record_unlock_success(const std::string& name, int reserved_failures, std::int64_t now_ms,
                                  const LockoutPolicy& lockout_ms, const crypto::WrappedKey* rewrapped) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    auto record = practitioner(name);
    if (!record) throw StorageError(ErrorKind::Refused, "no practitioner named '" + name + "'");
    // What is left are failures reserved after this attempt, still consecutive.
    const int left = std::max(0, record->failed_count - reserved_failures);
    const std::int64_t locked_until = lockout_ms(left) > 0 ? record->locked_until_ms : 0;
    db_->prepare("UPDATE practitioners SET failed_count = ?, locked_until = ? WHERE name = ?")
        .bind(1, static_cast<std::int64_t>(left))
        .bind(2, locked_until)
        .bind(3, name)
        .run();
    std::string details;
    if (const int cleared = reserved_failures - 1; cleared > 0)
        details = std::to_string(cleared) + " earlier failed attempts cleared";
    if (rewrapped != nullptr) {
        db_->prepare("UPDATE practitioners SET salt = ?, nonce = ?, wrapped_key = ?, opslimit = ?, memlimit = ? "
                     "WHERE name = ?")
            .bind(1, rewrapped->salt)
            .bind(2, rewrapped->nonce)
            .bind(3, rewrapped->ciphertext)
            .bind(4, static_cast<std::int64_t>(rewrapped->opslimit))
            .bind(5, static_cast<std::int64_t>(rewrapped->memlimit))
            .bind(6, name)
            .run();
        details += std::string(details.empty() ? "" : "; ") + "key re-wrapped at Argon2id opslimit " +
                   std::to_string(rewrapped->opslimit) + ", memlimit " + std::to_string(rewrapped->memlimit);
    }
    append_audit({0, now_ms, "unlock", name, "", details});
    tx.commit();
}

}  // namespace kiosk::storage
