// The audit side of the store: an append-only, hash-chained log, and backups.
#include <sodium.h>
#include <sqlite3.h>

#include <filesystem>

#include "crypto/sealed_box.hpp"
#include "storage/store.hpp"

namespace kiosk::storage {

namespace {

constexpr size_t kHashBytes = 32;

// BLAKE2b over the previous hash and every field, each length-prefixed so no
// two different rows can encode the same.
crypto::Bytes row_hash(const crypto::Bytes& prev, const AuditEntry& e) {
    crypto::ensure_sodium();
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, kHashBytes);
    auto feed = [&](const void* p, size_t n) {
        const auto len = static_cast<std::uint64_t>(n);
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(&len), sizeof len);
        crypto_generichash_update(&st, static_cast<const unsigned char*>(p), n);
    };
    feed(prev.data(), prev.size());
    feed(&e.seq, sizeof e.seq);
    feed(&e.at_ms, sizeof e.at_ms);
    for (const std::string* s : {&e.event, &e.practitioner, &e.submission_id, &e.details}) feed(s->data(), s->size());
    crypto::Bytes out(kHashBytes);
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

}  // namespace

void Store::append_audit(const AuditEntry& e) {
    crypto::Bytes prev(kHashBytes, 0);
    std::int64_t seq = 1;
    {
        auto last = db_->prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            seq = last.int64(0) + 1;
            prev = last.blob(1);
        }
    }
    AuditEntry row = e;
    row.seq = seq;
    db_->prepare(
           "INSERT INTO audit (seq, at, event, practitioner, submission_id, details, prev_hash, hash) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, row.seq)
        .bind(2, row.at_ms)
        .bind(3, row.event)
        .bind(4, row.practitioner)
        .bind(5, row.submission_id)
        .bind(6, row.details)
        .bind(7, prev)
        .bind(8, row_hash(prev, row))
        .run();
}

void Store::audit(const AuditEntry& e) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    append_audit(e);
    tx.commit();
}

std::vector<AuditEntry> Store::audit_entries() {
    std::vector<AuditEntry> out;
    auto st = db_->prepare("SELECT seq, at, event, practitioner, submission_id, details FROM audit ORDER BY seq");
    while (st.step()) out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

AuditReport Store::verify_audit() {
    AuditReport report;
    crypto::Bytes prev(kHashBytes, 0);
    std::int64_t expected = 1;
    auto st = db_->prepare(
        "SELECT seq, at, event, practitioner, submission_id, details, prev_hash, hash FROM audit ORDER BY seq");
    while (st.step()) {
        const AuditEntry e{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5)};
        ++report.rows;
        auto bad = [&](std::string why) {
            report.ok = false;
            report.first_bad_seq = e.seq;
            report.problem = "audit row " + std::to_string(e.seq) + ": " + why;
        };
        if (e.seq != expected) {
            bad(e.seq > expected ? "row " + std::to_string(expected) + " is missing"
                                 : "rows are out of order");
            return report;
        }
        if (st.blob(6) != prev) {
            bad("does not follow the previous row (deleted, inserted or reordered)");
            return report;
        }
        const crypto::Bytes h = row_hash(prev, e);
        if (st.blob(7) != h) {
            bad("its contents were changed");
            return report;
        }
        prev = h;
        ++expected;
    }
    return report;
}

void Store::backup_to(const std::string& path) {
    if (std::filesystem::exists(path)) throw StorageError(ErrorKind::Refused, path + " already exists");
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot create " + path + ": " + sqlite3_errstr(rc);
        sqlite3_close(dest);
        throw StorageError(ErrorKind::Io, msg);
    }
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", db_->handle(), "main");
    if (!b) {
        std::string msg = std::string("backup failed: ") + sqlite3_errmsg(dest);
        sqlite3_close(dest);
        throw StorageError(ErrorKind::Io, msg);
    }
    rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        sqlite3_close(dest);
        std::filesystem::remove(path);
        throw StorageError((rc & 0xff) == SQLITE_FULL ? ErrorKind::Full : ErrorKind::Io,
                           std::string("backup failed: ") + sqlite3_errstr(rc));
    }
    sqlite3_close(dest);
}

}  // namespace kiosk::storage
