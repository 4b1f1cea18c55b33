#pragma once
// The kiosk's durable store: one SQLite file in the data directory, behind a
// narrow interface (keys, submissions, reviews, audit) so a central server
// can later take sealed submissions from it. Client data arrives sealed; the
// store never sees it in the clear.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/key_wrap.hpp"
#include "questionnaire/model.hpp"
#include "storage/sqlite.hpp"
#include "storage/writer_lock.hpp"

namespace kiosk::storage {

struct PractitionerRecord {
    std::string name;
    crypto::WrappedKey wrapped;
    int failed_count = 0;
    std::int64_t locked_until_ms = 0;  // unix time in ms; 0: not locked
};

// How long the lockout lasts after `failures` consecutive failures (0: none).
using LockoutPolicy = std::function<std::int64_t(int failures)>;

struct UnlockAttempt {
    enum class Status { UnknownPractitioner, LockedOut, Reserved };
    Status status = Status::UnknownPractitioner;
    crypto::WrappedKey wrapped;        // Reserved: the practitioner's wrapped key
    int failures = 0;                  // Reserved: the count with this attempt in it
    std::int64_t locked_until_ms = 0;  // LockedOut: until when; Reserved: the lock if this attempt fails
};

struct NewSubmission {
    std::string id;  // UUID
    std::int64_t submitted_at_ms = 0;
    std::string questionnaire;
    std::string questionnaire_hash;
    std::string questionnaire_source;  // the config file as answered against
    std::string consent_version;
    std::string consent_snapshot;      // the consent text (JSON) as signed
    std::string language;
    Severity disposition = Severity::Clear;
    crypto::Bytes sealed;              // answers, names, signature, findings
    // Unkeyed BLAKE2b of the canonical answers (records::answers_digest). It
    // is never stored as is: the store keeps it keyed with the database's own
    // key, to tell a retry (same answers) from a clash (same id, other answers).
    crypto::Bytes answers_digest;
};

struct SubmissionMeta {
    std::string id;
    std::int64_t submitted_at_ms = 0;
    std::string questionnaire;
    Severity disposition = Severity::Clear;
    bool reviewed = false;
};

struct StoredSubmission {
    SubmissionMeta meta;
    std::string questionnaire_hash;
    std::string consent_version;
    std::string language;
    crypto::Bytes sealed;
};

// Where a walk over every submission, newest first, stopped: the last row
// handed out (keyset paging, so each batch costs the same however deep).
struct SubmissionCursor {
    std::int64_t submitted_at_ms = 0;
    std::int64_t seq = 0;
};

struct SubmissionBatch {
    std::vector<StoredSubmission> rows;  // newest first
    std::optional<SubmissionCursor> next;  // nullopt: nothing after these
};

// Submissions per disposition (indexed by Severity), and how many have no review.
struct SubmissionCounts {
    std::int64_t by_disposition[5] = {0, 0, 0, 0, 0};
    std::int64_t total = 0;
    std::int64_t unreviewed = 0;
};

struct ListFilter {
    std::optional<Severity> disposition;
    std::optional<bool> reviewed;
    size_t limit = 50;
    size_t offset = 0;
};

enum class Decision { Proceed, Defer, Refer, Decline };
[[nodiscard]] std::string_view to_string(Decision d);
[[nodiscard]] std::optional<Decision> decision_from(std::string_view s);

struct Review {
    std::string submission_id;
    std::string practitioner;
    std::int64_t decided_at_ms = 0;
    Decision decision = Decision::Proceed;
    std::string defer_until;   // YYYY-MM-DD for Defer, else empty
    crypto::Bytes sealed_note;
};

struct AuditEntry {
    std::int64_t seq = 0;
    std::int64_t at_ms = 0;
    std::string event;          // unlock, unlock_failed, view, review, export, ...
    std::string practitioner;
    std::string submission_id;  // empty when not about one submission
    std::string details;        // never client data
};

// The newest audit row: its sequence number and hash. Kept outside the
// database (printed by `audit verify`, recorded by every export and backup),
// it lets a later check find rows deleted from the end, or a chain recomputed
// after rows were removed, which the chain alone cannot show.
struct AuditHead {
    std::int64_t seq = 0;  // 0: the log is empty
    crypto::Bytes hash;
};
// "SEQ:HEX" (the hash in lower-case hex), and back; nullopt when malformed.
[[nodiscard]] std::string to_string(const AuditHead& head);
[[nodiscard]] std::optional<AuditHead> audit_head_from(std::string_view text);

struct AuditReport {
    bool ok = true;
    std::int64_t rows = 0;
    std::int64_t first_bad_seq = 0;  // when !ok and a row is to blame
    std::string problem;             // the first problem
    std::vector<std::string> problems;  // every problem found, the first first
    AuditHead head;                  // the newest row as found
};

class Store {
public:
    static constexpr const char* kFileName = "kiosk.db";

    struct Options {
        bool create = false;                        // create the directory and file if missing
        std::optional<std::int64_t> max_page_count;  // tests: simulate a full disk
        // Never writes, creates no file and takes no writer lock: works on a
        // read-only file system and leaves nothing another user's kiosk
        // cannot write. Every writing method throws StorageError (Refused).
        bool read_only = false;
        std::string vfs = {};  // tests: an SQLite VFS that injects disk faults; empty: the default

        // For the read-only commands (list, audit verify).
        [[nodiscard]] static Options reading() {
            Options o;
            o.read_only = true;
            return o;
        }
    };

    // Opens <data_dir>/kiosk.db. Runs PRAGMA quick_check before anything can
    // write; a damaged file is reported (StorageError Damaged) and left as is.
    static std::unique_ptr<Store> open(const std::string& data_dir, Options options);
    [[nodiscard]] static bool exists(const std::string& data_dir);
    [[nodiscard]] static std::string path_in(const std::string& data_dir);
    ~Store();

    // Keys and practitioners.
    [[nodiscard]] bool initialized();
    [[nodiscard]] crypto::Bytes public_key();
    void initialize(const crypto::Bytes& public_key, const std::string& practitioner,
                    const crypto::WrappedKey& wrapped, std::int64_t now_ms);
    void add_practitioner(const std::string& name, const crypto::WrappedKey& wrapped, std::int64_t now_ms);
    [[nodiscard]] std::optional<PractitionerRecord> practitioner(const std::string& name);
    [[nodiscard]] std::vector<std::string> practitioner_names();
    // The durable lockout (storage/practitioners.cpp). An attempt is reserved
    // as a failure before its passphrase is checked, in one BEGIN IMMEDIATE
    // with the lockout check, so parallel attempts each count and see the
    // lockout the earlier ones set; the Argon2id work runs after, without
    // the write lock. A lockout refusal is audited here; a wrong passphrase is
    // audited by the caller (the count already holds it).
    UnlockAttempt reserve_unlock_attempt(const std::string& name, std::int64_t now_ms, const LockoutPolicy& lockout_ms);
    // Clears this attempt and every failure reserved before it (failures
    // reserved after it stay counted), stores `rewrapped` when given (the key
    // at a new cost) and audits the unlock.
    void record_unlock_success(const std::string& name, int reserved_failures, std::int64_t now_ms,
                               const LockoutPolicy& lockout_ms, const crypto::WrappedKey* rewrapped);

    // Submissions: one BEGIN IMMEDIATE ... COMMIT each, with an audit row
    // binding its clear metadata and sealed bytes into the chain. Returns
    // false when a submission with that id and the same answers is already
    // stored (a retry: nothing new is written). The same id with other
    // answers throws StorageError (Refused) and keeps the first.
    bool add_submission(const NewSubmission& s);
    [[nodiscard]] std::vector<SubmissionMeta> list(const ListFilter& f);
    [[nodiscard]] std::int64_t count(std::optional<Severity> disposition = std::nullopt);
    // How many rows list(f) would give without its limit and offset.
    [[nodiscard]] std::int64_t count_matching(const ListFilter& f);
    // Every disposition's count and the unreviewed count in one query.
    [[nodiscard]] SubmissionCounts counts_by_disposition();
    // Up to `limit` whole submissions (sealed payload included) after `after`,
    // in list() order (submitted_at DESC, then newest stored first).
    [[nodiscard]] SubmissionBatch submissions_after(std::optional<SubmissionCursor> after, size_t limit);
    [[nodiscard]] std::optional<StoredSubmission> submission(const std::string& id);
    [[nodiscard]] std::optional<std::string> snapshot(const std::string& hash);

    void add_review(const Review& r);
    [[nodiscard]] std::vector<Review> reviews(const std::string& submission_id);

    // The audit log: append-only, each row chained to the previous one's hash.
    void audit(const AuditEntry& e);
    [[nodiscard]] std::vector<AuditEntry> audit_entries();
    [[nodiscard]] AuditHead audit_head();
    // Checks the chain, the triggers and every submission against its audit
    // row; with `earlier`, also that the row of that head is still there
    // unchanged (else rows were deleted or the chain recomputed since).
    [[nodiscard]] AuditReport verify_audit(const std::optional<AuditHead>& earlier = std::nullopt);

    // An online backup (SQLite backup API) into `path`, which must not exist;
    // created 0600 (it holds the wrapped keys). Audited, with the head of the
    // chain the backup holds, which it returns.
    AuditHead backup_to(const std::string& path, std::int64_t now_ms);

    [[nodiscard]] Connection& connection() { return *db_; }

private:
    Store(const std::string& data_dir, Options options);
    void open_read_only(const std::string& path);
    void append_audit(const AuditEntry& e);  // inside a caller's transaction
    void bind_stored_submissions(std::int64_t now_ms);  // migration 2, inside its transaction
    [[nodiscard]] crypto::Bytes digest_key();  // the database's own key; created on first use
    void insert_practitioner(const std::string& name, const crypto::WrappedKey& w,
                             std::int64_t now_ms);  // inside a caller's transaction

    std::string data_dir_;
    bool read_only_ = false;
    int schema_version_ = 0;  // as found (read-only) or after migrating
    std::unique_ptr<WriterLock> lock_;
    std::unique_ptr<Connection> db_;
};

}  // namespace kiosk::storage
