// The audit side of the store: an append-only, hash-chained log, its head,
// its verification, and backups.
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>

#include "storage/field_hash.hpp"
#include "storage/schema.hpp"
#include "storage/store.hpp"
#include "storage/submission_binding.hpp"

namespace kiosk::storage {

namespace {

// BLAKE2b over the previous hash and every field, each length-prefixed so no
// two different rows can encode the same.
crypto::Bytes row_hash(const crypto::Bytes& prev, const AuditEntry& e) {
    FieldHash h;
    h.add(prev).add(e.seq).add(e.at_ms);
    for (const std::string* s : {&e.event, &e.practitioner, &e.submission_id, &e.details}) h.add(*s);
    return h.finish();
}

// The chain itself: every row follows the previous one and hashes as stored.
void verify_chain(Connection& c, AuditReport& report) {
    crypto::Bytes prev(kHashBytes, 0);
    std::int64_t expected = 1;
    auto st = c.prepare(
        "SELECT seq, at, event, practitioner, submission_id, details, prev_hash, hash FROM audit ORDER BY seq");
    while (st.step()) {
        const AuditEntry e{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5)};
        ++report.rows;
        report.head = {e.seq, st.blob(7)};
        std::string why;
        if (e.seq != expected)
            why = e.seq > expected ? "row " + std::to_string(expected) + " is missing" : "rows are out of order";
        else if (st.blob(6) != prev)
            why = "does not follow the previous row (deleted, inserted or reordered)";
        else if (st.blob(7) != row_hash(prev, e))
            why = "its contents were changed";
        if (!why.empty()) {
            report.first_bad_seq = e.seq;
            report.problems.push_back("audit row " + std::to_string(e.seq) + ": " + why);
            return;
        }
        prev = st.blob(7);
        ++expected;
    }
}

// The row an earlier head named must still be there, unchanged: else rows
// were deleted from the end, or the chain recomputed after an edit.
void verify_against(Connection& c, const AuditHead& earlier, AuditReport& report) {
    if (earlier.seq == 0) return;
    auto st = c.prepare("SELECT hash FROM audit WHERE seq = ?");
    st.bind(1, earlier.seq);
    std::string why;
    if (!st.step())
        why = "audit row " + std::to_string(earlier.seq) + " of the earlier head " + to_string(earlier) +
              " is missing: rows were deleted from the end of the log (it now ends at row " +
              std::to_string(report.head.seq) + ")";
    else if (st.blob(0) != earlier.hash)
        why = "audit row " + std::to_string(earlier.seq) + " differs from the earlier head " + to_string(earlier) +
              ": the log was rewritten since";
    if (why.empty()) return;
    if (report.first_bad_seq == 0) report.first_bad_seq = earlier.seq;
    report.problems.push_back(why);
}

}  // namespace

std::string to_string(const AuditHead& head) { return std::to_string(head.seq) + ":" + to_hex(head.hash); }

std::optional<AuditHead> audit_head_from(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    AuditHead head;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + colon, head.seq);
    if (ec != std::errc() || end != text.data() + colon || head.seq < 0) return std::nullopt;
    head.hash = from_hex(text.substr(colon + 1));
    if (head.hash.size() != kHashBytes) return std::nullopt;
    return head;
}

void Store::append_audit(const AuditEntry& e) {
    const AuditHead last = audit_head();
    AuditEntry row = e;
    row.seq = last.seq + 1;
    const crypto::Bytes prev = last.seq == 0 ? crypto::Bytes(kHashBytes, 0) : last.hash;
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

AuditHead Store::audit_head() {
    auto st = db_->prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (!st.step()) return {};
    return {st.int64(0), st.blob(1)};
}

AuditReport Store::verify_audit(const std::optional<AuditHead>& earlier) {
    AuditReport report;
    verify_chain(*db_, report);
    if (earlier) verify_against(*db_, *earlier, report);
    if (schema_version_ < kSchemaVersion) {
        // Opened read-only, so not migrated: its submissions have no bindings yet.
        report.problems.push_back("the database has schema " + std::to_string(schema_version_) +
                                  ", older than this kiosk's " + std::to_string(kSchemaVersion) +
                                  ": run any writing command once (e.g. backup) to upgrade it, then verify again");
        report.ok = false;
        report.problem = report.problems.front();
        return report;
    }
    for (auto& p : trigger_problems(*db_)) report.problems.push_back(std::move(p));
    for (auto& p : binding_problems(*db_)) {
        if (report.first_bad_seq == 0) report.first_bad_seq = p.audit_seq;
        report.problems.push_back(std::move(p.what));
    }
    report.ok = report.problems.empty();
    if (!report.ok) report.problem = report.problems.front();
    return report;
}

AuditHead Store::backup_to(const std::string& path, std::int64_t now_ms) {
    // Created here with O_EXCL and mode 0600, never chmod-ed later: the backup
    // holds the wrapped keys, and there is no moment when it is readable by
    // others or when an existing file (or a planted link) is written through.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) throw StorageError(ErrorKind::Refused, path + " already exists");
        throw StorageError(ErrorKind::Io, "cannot create " + path + ": " + std::strerror(errno));
    }
    ::close(fd);
    // No write between the copy and its audit row, so the head recorded is
    // the one the backup holds.
    WriterLock::Guard guard(*lock_);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_backup* b = rc == SQLITE_OK ? sqlite3_backup_init(dest, "main", db_->handle(), "main") : nullptr;
    rc = b ? sqlite3_backup_step(b, -1) : rc;
    if (b) sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        const std::string why = dest && rc == SQLITE_OK ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
        sqlite3_close(dest);
        std::filesystem::remove(path);
        throw StorageError((rc & 0xff) == SQLITE_FULL ? ErrorKind::Full : ErrorKind::Io, "backup failed: " + why);
    }
    sqlite3_close(dest);
    const AuditHead head = audit_head();
    Transaction tx(*db_);
    append_audit({0, now_ms, "backup", "", "", "to " + path + "; it holds the log up to head " + to_string(head)});
    tx.commit();
    return head;
}

}  // namespace kiosk::storage
