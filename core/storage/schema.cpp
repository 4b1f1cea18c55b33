#include "storage/schema.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>

namespace kiosk::storage {

namespace {

// The append-only rules, each a trigger that aborts a write. The migrations
// create them from this list and `audit verify` (trigger_problems) compares
// the file's triggers with it, so one dropped (or replaced by a harmless one
// of the same name) to edit a row is reported.
struct Trigger {
    int version;          // the migration that creates it
    const char* table;
    const char* action;   // UPDATE or DELETE
    const char* message;  // why the write is refused
};

constexpr std::array<Trigger, 8> kTriggers{{
    {1, "audit", "UPDATE", "the audit log is append-only"},
    {1, "audit", "DELETE", "the audit log is append-only"},
    {1, "reviews", "UPDATE", "reviews are append-only"},
    {1, "reviews", "DELETE", "reviews are append-only"},
    {1, "submissions", "UPDATE", "submissions are never edited"},
    {2, "submissions", "DELETE", "submissions are never deleted"},
    {2, "snapshots", "UPDATE", "snapshots are never edited"},
    {2, "snapshots", "DELETE", "snapshots are never deleted"},
}};

// audit_no_update, submissions_no_delete, ...
std::string name_of(const Trigger& t) {
    std::string name = std::string(t.table) + "_no_";
    for (const char* c = t.action; *c != '\0'; ++c) name += static_cast<char>(*c - 'A' + 'a');
    return name;
}

// The statement as the migrations have always written it (SQLite keeps
// the text, layout and all, in sqlite_master).
std::string create_sql(const Trigger& t) {
    return "CREATE TRIGGER " + name_of(t) + " BEFORE " + t.action + " ON " + t.table +
           "\n  BEGIN SELECT RAISE(ABORT, '" + t.message + "'); END";
}

// Never edit a migration that has shipped: add the next one. Each is this
// SQL followed by the triggers of its version.
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

)sql",
    // 2: submissions and snapshots can no longer be deleted; each submission
    // keeps a keyed digest of its answers (a retry with the same id is
    // compared by it). Old rows keep NULL: stored before digests existed.
    // The C++ step after it (Store) binds every existing submission into the
    // audit chain and creates the digest key.
    R"sql(
ALTER TABLE submissions ADD COLUMN answers_digest BLOB;
)sql",
}};

// Runs of white space as one space, so the check does not depend on layout.
std::string squeezed(const std::string& sql) {
    std::string out;
    for (char c : sql) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Migration `version` (from 1) with its triggers, in the order listed.
std::string migration_sql(int version) {
    std::string sql = kMigrations[static_cast<size_t>(version - 1)];
    for (const Trigger& t : kTriggers)
        if (t.version == version) sql += create_sql(t) + ";\n";
    return sql;
}

int user_version(Connection& c) {
    auto s = c.prepare("PRAGMA user_version");
    return s.step() ? static_cast<int>(s.int64(0)) : 0;
}

}  // namespace

std::vector<std::string> trigger_problems(Connection& c) {
    std::map<std::string, std::string> have;
    auto st = c.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
    while (st.step()) have[st.text(0)] = squeezed(st.text(1));
    std::vector<std::string> out;
    for (const Trigger& t : kTriggers) {
        const std::string name = name_of(t);
        auto it = have.find(name);
        if (it == have.end()) out.push_back("the trigger " + name + " is missing");
        else if (it->second != squeezed(create_sql(t))) out.push_back("the trigger " + name + " was changed");
    }
    for (const auto& [name, sql] : have) {
        const bool known =
            std::any_of(kTriggers.begin(), kTriggers.end(), [&n = name](const Trigger& t) { return n == name_of(t); });
        if (!known) out.push_back("an unexpected trigger " + name + " was added");
    }
    return out;
}

void migrate(Connection& c, const std::function<void(int)>& after) {
    const int have = user_version(c);
    if (have > kSchemaVersion)
        throw StorageError(ErrorKind::Damaged, "the database was written by a newer kiosk (schema " +
                                                   std::to_string(have) + ", this kiosk knows " +
                                                   std::to_string(kSchemaVersion) + ")");
    for (int v = have; v < kSchemaVersion; ++v) {
        Transaction tx(c);
        c.exec(migration_sql(v + 1));
        if (after) after(v + 1);
        c.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
}

}  // namespace kiosk::storage
