#include "storage/schema.hpp"

#include <array>
#include <string>

namespace kiosk::storage {

namespace {

// Never edit a migration that has shipped: add the next one.
constexpr std::array<const char*, kSchemaVersion> kMigrations{{
    R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
) STRICT;

-- Staff, not clients: names in the clear so reviews are attributable.
CREATE TABLE practitioners (
  name         TEXT PRIMARY KEY,
  salt         BLOB NOT NULL,
  nonce        BLOB NOT NULL,
  wrapped_key  BLOB NOT NULL,
  opslimit     INTEGER NOT NULL,
  memlimit     INTEGER NOT NULL,
  failed_count INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0,
  created_at   INTEGER NOT NULL
) STRICT;

-- Questionnaire and consent texts as they stood, keyed by content hash:
-- editing the config never changes how an old submission reads.
CREATE TABLE snapshots (
  hash    TEXT PRIMARY KEY,
  kind    TEXT NOT NULL CHECK (kind IN ('questionnaire', 'consent')),
  content TEXT NOT NULL
) STRICT;

-- Only what the queue needs is in the clear; names, answers, signature and
-- findings are in `sealed` (crypto_box_seal to the clinic's public key).
CREATE TABLE submissions (
  seq                INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,
  submitted_at       INTEGER NOT NULL,
  questionnaire      TEXT NOT NULL,
  questionnaire_hash TEXT NOT NULL REFERENCES snapshots(hash),
  consent_version    TEXT NOT NULL REFERENCES snapshots(hash),
  language           TEXT NOT NULL,
  disposition        TEXT NOT NULL CHECK (disposition IN ('clear', 'review', 'clearance', 'defer', 'decline')),
  sealed             BLOB NOT NULL
) STRICT;
CREATE INDEX submissions_by_time ON submissions (submitted_at DESC, seq DESC);
CREATE INDEX submissions_by_disposition ON submissions (disposition, submitted_at DESC, seq DESC);

-- Decisions are new records, never edits.
CREATE TABLE reviews (
  seq           INTEGER PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  practitioner  TEXT NOT NULL REFERENCES practitioners(name),
  decided_at    INTEGER NOT NULL,
  decision      TEXT NOT NULL CHECK (decision IN ('proceed', 'defer', 'refer', 'decline')),
  defer_until   TEXT,
  sealed_note   BLOB NOT NULL
) STRICT;
CREATE INDEX reviews_by_submission ON reviews (submission_id, seq);

CREATE TABLE audit (
  seq           INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  event         TEXT NOT NULL,
  practitioner  TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  details       TEXT NOT NULL,
  prev_hash     BLOB NOT NULL,
  hash          BLOB NOT NULL
) STRICT;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
  BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
  BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions
  BEGIN SELECT RAISE(ABORT, 'submissions are never edited'); END;
)sql",
}};

int user_version(Connection& c) {
    auto s = c.prepare("PRAGMA user_version");
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

}  // namespace

void migrate(Connection& c) {
    const int have = user_version(c);
    if (have > kSchemaVersion)
        throw StorageError(ErrorKind::Damaged, "the database was written by a newer kiosk (schema " +
                                                   std::to_string(have) + ", this kiosk knows " +
                                                   std::to_string(kSchemaVersion) + ")");
    for (int v = have; v < kSchemaVersion; ++v) {
        Transaction tx(c);
        c.exec(kMigrations[static_cast<size_t>(v)]);
        c.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
}

}  // namespace kiosk::storage
