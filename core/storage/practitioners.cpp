// Store's practitioner rows: wrapped keys and the durable lockout state.
#include "storage/store.hpp"

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

void Store::record_unlock_failure(const std::string& name, int failed_count, std::int64_t locked_until_ms,
                                  std::int64_t now_ms, const std::string& details) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    db_->prepare("UPDATE practitioners SET failed_count = ?, locked_until = ? WHERE name = ?")
        .bind(1, static_cast<std::int64_t>(failed_count))
        .bind(2, locked_until_ms)
        .bind(3, name)
        .run();
    append_audit({0, now_ms, "unlock_failed", name, "", details});
    tx.commit();
}

void Store::record_unlock_success(const std::string& name, std::int64_t now_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    db_->prepare("UPDATE practitioners SET failed_count = 0, locked_until = 0 WHERE name = ?").bind(1, name).run();
    append_audit({0, now_ms, "unlock", name, "", ""});
    tx.commit();
}

}  // namespace kiosk::storage
