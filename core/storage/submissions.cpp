// The submission and review side of the store.
#include "storage/store.hpp"

#include <sodium.h>

#include <array>

#include "storage/field_hash.hpp"
#include "storage/submission_binding.hpp"

namespace kiosk::storage {

namespace {
constexpr std::array<std::pair<Decision, std::string_view>, 4> kDecisions{{
    {Decision::Proceed, "proceed"},
    {Decision::Defer, "defer"},
    {Decision::Refer, "refer"},
    {Decision::Decline, "decline"},
}};

void put_snapshot(Connection& c, const std::string& hash, const char* kind, const std::string& content) {
    c.prepare("INSERT OR IGNORE INTO snapshots (hash, kind, content) VALUES (?, ?, ?)")
        .bind(1, hash)
        .bind(2, std::string_view(kind))
        .bind(3, content)
        .run();
}

// An empty note as a zero-length blob: an empty vector's null data() would
// bind SQL NULL, which the NOT NULL column refuses.
std::span<const std::uint8_t> note_blob(const crypto::Bytes& sealed) {
    static constexpr std::uint8_t kNone = 0;
    return sealed.empty() ? std::span<const std::uint8_t>(&kNone, 0) : std::span<const std::uint8_t>(sealed);
}

// The columns read_stored() reads, in its order.
constexpr std::string_view kStoredColumns =
    "SELECT id, submitted_at, questionnaire, disposition, "
    "EXISTS (SELECT 1 FROM reviews r WHERE r.submission_id = s.id), questionnaire_hash, consent_version, "
    "language, sealed, seq ";

StoredSubmission read_stored(const Statement& st) {
    StoredSubmission out;
    out.meta = {st.text(0), st.int64(1), st.text(2), severity_from(st.text(3)).value_or(Severity::Review),
                st.int64(4) != 0};
    out.questionnaire_hash = st.text(5);
    out.consent_version = st.text(6);
    out.language = st.text(7);
    out.sealed = st.blob(8);
    return out;
}

}  // namespace

std::string_view to_string(Decision d) {
    for (const auto& [dec, name] : kDecisions)
        if (dec == d) return name;
    return "?";
}

std::optional<Decision> decision_from(std::string_view s) {
    for (const auto& [dec, name] : kDecisions)
        if (name == s) return dec;
    return std::nullopt;
}

crypto::Bytes Store::digest_key() {
    {
        auto st = db_->prepare("SELECT value FROM meta WHERE key = 'answers_digest_key'");
        if (st.step()) return st.blob(0);
    }
    crypto::ensure_sodium();
    crypto::Bytes key(crypto_generichash_KEYBYTES);
    randombytes_buf(key.data(), key.size());
    db_->prepare("INSERT INTO meta (key, value) VALUES ('answers_digest_key', ?)").bind(1, key).run();
    return key;
}

bool Store::add_submission(const NewSubmission& s) {
    if (s.answers_digest.size() != kHashBytes)
        throw StorageError(ErrorKind::Internal, "submission " + s.id + " comes without its answers digest");
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    // The digest is keyed with a random key of this database (kept in it), so
    // the file alone does not let anyone test guesses of a client's answers
    // against it without that key; whoever holds the whole file holds the key
    // too, and can then test only complete guesses of every answer, the exact
    // signature strokes included, which cannot be guessed in practice.
    const crypto::Bytes digest = FieldHash(digest_key()).add(s.answers_digest).finish();
    {
        auto had = db_->prepare("SELECT answers_digest FROM submissions WHERE id = ?");
        had.bind(1, s.id);
        if (had.step()) {
            if (had.is_null(0))
                throw StorageError(ErrorKind::Refused, "submission " + s.id +
                                                           " is already stored (from before answer digests, so a "
                                                           "retry cannot be told from other answers); the stored "
                                                           "one was kept and nothing new was stored");
            if (had.blob(0) != digest)
                throw StorageError(ErrorKind::Refused, "submission " + s.id +
                                                           " is already stored with other answers; the first was "
                                                           "kept and nothing new was stored");
            return false;  // the same answers again: a retry
        }
    }
    put_snapshot(*db_, s.questionnaire_hash, "questionnaire", s.questionnaire_source);
    put_snapshot(*db_, s.consent_version, "consent", s.consent_snapshot);
    db_->prepare(
           "INSERT INTO submissions (id, submitted_at, questionnaire, questionnaire_hash, consent_version, language, "
           "disposition, sealed, answers_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, s.id)
        .bind(2, s.submitted_at_ms)
        .bind(3, s.questionnaire)
        .bind(4, s.questionnaire_hash)
        .bind(5, s.consent_version)
        .bind(6, s.language)
        .bind(7, to_string(s.disposition))
        .bind(8, s.sealed)
        .bind(9, digest)
        .run();
    append_audit({0, s.submitted_at_ms, kSubmitEvent, "", s.id, binding_details(binding_of_stored(*db_, s.id))});
    tx.commit();
    return true;
}

void Store::bind_stored_submissions(std::int64_t now_ms) {
    std::vector<std::string> ids;
    auto st = db_->prepare("SELECT id FROM submissions ORDER BY seq");
    while (st.step()) ids.push_back(st.text(0));
    for (const auto& id : ids)
        append_audit({0, now_ms, kBoundEvent, "", id,
                      "stored before schema 2, bound at the upgrade; " + binding_details(binding_of_stored(*db_, id))});
}

std::vector<SubmissionMeta> Store::list(const ListFilter& f) {
    // "disposition = ?1" only when filtering: behind an "?1 IS NULL OR" the
    // planner cannot use submissions_by_disposition, and a rare disposition
    // then scans every row (hundreds of ms at 100 000 submissions).
    std::string sql =
        std::string("SELECT id, submitted_at, questionnaire, disposition, "
                    "EXISTS (SELECT 1 FROM reviews r WHERE r.submission_id = s.id) AS reviewed "
                    "FROM submissions s WHERE ") +
        (f.disposition ? "disposition = ?1 " : "?1 IS NULL ") +
        "AND (?2 IS NULL OR EXISTS (SELECT 1 FROM reviews r WHERE r.submission_id = s.id) = ?2) "
        "ORDER BY submitted_at DESC, seq DESC LIMIT ?3 OFFSET ?4";
    auto st = db_->prepare(sql);
    if (f.disposition) st.bind(1, to_string(*f.disposition));
    else st.bind_null(1);
    if (f.reviewed) st.bind(2, static_cast<std::int64_t>(*f.reviewed ? 1 : 0));
    else st.bind_null(2);
    st.bind(3, static_cast<std::int64_t>(f.limit)).bind(4, static_cast<std::int64_t>(f.offset));
    std::vector<SubmissionMeta> out;
    while (st.step()) {
        out.push_back({st.text(0), st.int64(1), st.text(2), severity_from(st.text(3)).value_or(Severity::Review),
                       st.int64(4) != 0});
    }
    return out;
}

std::int64_t Store::count(std::optional<Severity> disposition) {
    auto st = db_->prepare("SELECT count(*) FROM submissions WHERE (?1 IS NULL OR disposition = ?1)");
    if (disposition) st.bind(1, to_string(*disposition));
    else st.bind_null(1);
    return st.step() ? st.int64(0) : 0;
}

std::int64_t Store::count_matching(const ListFilter& f) {
    // Reviewed submissions are few beside the whole queue: count them from
    // the reviews side (CROSS JOIN keeps that loop outermost) rather than
    // probing the reviews once per submission of a disposition.
    const bool by_disposition = f.disposition.has_value();
    auto st = db_->prepare(std::string("SELECT (SELECT count(*) FROM submissions") +
                           (by_disposition ? " WHERE disposition = ?1" : "") +
                           "), (SELECT count(*) FROM (SELECT DISTINCT submission_id AS id FROM reviews) AS r "
                           "CROSS JOIN submissions s ON s.id = r.id" +
                           (by_disposition ? " WHERE s.disposition = ?1" : "") + ")");
    if (f.disposition) st.bind(1, to_string(*f.disposition));
    if (!st.step()) return 0;
    const std::int64_t all = st.int64(0);
    const std::int64_t reviewed = st.int64(1);
    if (!f.reviewed) return all;
    return *f.reviewed ? reviewed : all - reviewed;
}

SubmissionCounts Store::counts_by_disposition() {
    // Every review names a stored submission (foreign key), so the unreviewed
    // count is the total less the distinct reviewed ids.
    auto st = db_->prepare(
        "SELECT disposition, count(*), (SELECT count(DISTINCT submission_id) FROM reviews) "
        "FROM submissions GROUP BY disposition");
    SubmissionCounts out;
    std::int64_t reviewed = 0;
    while (st.step()) {
        const std::int64_t n = st.int64(1);
        if (auto sev = severity_from(st.text(0))) out.by_disposition[static_cast<int>(*sev)] += n;
        out.total += n;
        reviewed = st.int64(2);
    }
    out.unreviewed = out.total - reviewed;
    return out;
}

SubmissionBatch Store::submissions_after(std::optional<SubmissionCursor> after, size_t limit) {
    // Keyset paging on the submissions_by_time index: each batch costs the
    // same however deep the walk is (an OFFSET would rescan what came before).
    auto st = db_->prepare(std::string(kStoredColumns) + "FROM submissions s " +
                           (after ? "WHERE (submitted_at, seq) < (?1, ?2) " : "") +
                           "ORDER BY submitted_at DESC, seq DESC LIMIT ?3");
    if (after) st.bind(1, after->submitted_at_ms).bind(2, after->seq);
    st.bind(3, static_cast<std::int64_t>(limit));
    SubmissionBatch out;
    SubmissionCursor last;
    while (st.step()) {
        last = {st.int64(1), st.int64(9)};
        out.rows.push_back(read_stored(st));
    }
    if (limit > 0 && out.rows.size() == limit) out.next = last;
    return out;
}

std::optional<StoredSubmission> Store::submission(const std::string& id) {
    auto st = db_->prepare(std::string(kStoredColumns) + "FROM submissions s WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return read_stored(st);
}

std::optional<std::string> Store::snapshot(const std::string& hash) {
    auto st = db_->prepare("SELECT content FROM snapshots WHERE hash = ?");
    st.bind(1, hash);
    if (!st.step()) return std::nullopt;
    return st.text(0);
}

void Store::add_review(const Review& r) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    db_->prepare(
           "INSERT INTO reviews (submission_id, practitioner, decided_at, decision, defer_until, sealed_note) "
           "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, r.submission_id)
        .bind(2, r.practitioner)
        .bind(3, r.decided_at_ms)
        .bind(4, to_string(r.decision))
        .bind(5, r.defer_until)
        .bind(6, note_blob(r.sealed_note))
        .run();
    append_audit({0, r.decided_at_ms, "review", r.practitioner, r.submission_id, std::string(to_string(r.decision))});
    tx.commit();
}

std::vector<Review> Store::reviews(const std::string& submission_id) {
    auto st = db_->prepare(
        "SELECT practitioner, decided_at, decision, defer_until, sealed_note FROM reviews "
        "WHERE submission_id = ? ORDER BY seq");
    st.bind(1, submission_id);
    std::vector<Review> out;
    while (st.step())
        out.push_back({submission_id, st.text(0), st.int64(1), decision_from(st.text(2)).value_or(Decision::Proceed),
                       st.text(3), st.blob(4)});
    return out;
}

}  // namespace kiosk::storage
