#pragma once
// Practitioner mode (DESIGN §3) without any UI: unlocking the clinic key,
// the queue with its filters, counts and search by name, one submission
// opened as it was answered, a decision stored as a review, the consent PDF
// written into the export folder, and locking — by hand or after
// `practitioner_idle_seconds` without input. The screens only read this and
// call its commands; tests drive it with a hand-moved clock.
//
// Search by name needs the names, which are sealed: after an unlock the
// session opens every submission once, in small batches the UI runs between
// frames (index_step), and shows progress meanwhile. The names live only in
// this object and are scrubbed by lock().
//
// Every unlock, failed unlock, view, decision and export is audited.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.hpp"
#include "questionnaire/model.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/sealed_submission.hpp"
#include "session/clock.hpp"
#include "session/idle_timer.hpp"
#include "storage/store.hpp"

namespace kiosk::practitioner {

// One line of the queue. `name` is "First Last" once the search index has
// opened that submission, else empty (the UI shows a placeholder).
struct QueueRow {
    storage::SubmissionMeta meta;
    std::string name;
};

struct QueueQuery {
    std::optional<Severity> disposition;  // nullopt: every disposition
    std::optional<bool> reviewed;         // nullopt: reviewed or not
    std::string search;                   // name search: case- and accent-insensitive substring; "" = none
    size_t page = 0;                      // 0-based
    size_t page_size = 25;
};

struct QueuePage {
    std::vector<QueueRow> rows;  // newest first
    size_t total = 0;            // rows matching the query across all pages
    bool searching_partial = false;  // search given while the index is still being built
};

// Submissions per disposition (all of them, whatever the filters), plus how
// many are not reviewed yet.
struct DispositionCounts {
    std::int64_t by_severity[5] = {0, 0, 0, 0, 0};  // indexed by Severity
    std::int64_t total = 0;
    std::int64_t unreviewed = 0;
    [[nodiscard]] std::int64_t of(Severity s) const { return by_severity[static_cast<int>(s)]; }
};

struct IndexProgress {
    size_t done = 0;
    size_t total = 0;
    [[nodiscard]] bool complete() const { return done >= total; }
};

// A review as the screen shows it, note opened.
struct ShownReview {
    std::string practitioner;
    std::int64_t decided_at_ms = 0;
    storage::Decision decision = storage::Decision::Proceed;
    std::string defer_until;
    std::string note;
};

// One finding, resolved against the questionnaire as answered.
struct ShownFinding {
    std::string rule;
    Severity severity = Severity::Clear;
    std::string title;        // the rule's title in the practitioner's language (falls back to the first)
    std::string explanation;
    std::string action;
    struct Trigger {
        std::string item;      // item id
        std::string question;  // the question's text as the client saw it
        std::string answer;    // the answer, readable ("Yes", "Face; Neck", "2026-03-01")
    };
    std::vector<Trigger> triggers;
};

struct ShownAnswer {
    std::string item;
    std::string question;
    std::string answer;  // readable; "—" when not answered
    bool flagged = false;  // read by a rule that fired
};

struct ShownPage {
    std::string title;
    std::vector<ShownAnswer> answers;  // visible items only, in page order; signatures left out
};

// An opened submission, everything the submission screen draws. Scrubbed by
// close() and lock().
struct OpenSubmission {
    storage::SubmissionMeta meta;
    std::string name;           // "First Last"
    std::string date_of_birth;  // YYYY-MM-DD or ""
    std::string language;       // the client's
    std::string questionnaire_title;
    std::string questionnaire_version;  // version as declared in the snapshot, else its hash prefix
    std::string consent_version;
    std::vector<ShownFinding> findings;  // most severe first
    std::vector<ShownPage> pages;
    // Signature strokes as stored (0..1 pad coordinates, as signature_png reads them).
    std::vector<std::vector<std::pair<float, float>>> signature;
    std::string printed_name;  // the consent's printed name, if asked
    std::vector<ShownReview> reviews;  // oldest first
};

// A decision's note, in UTF-8 bytes: longer ones are refused (NoteTooLong).
inline constexpr size_t kMaxNoteBytes = 2000;

enum class DecisionError { None, NotOpen, DeferDateMissing, DeferDateNotInFuture, NoteTooLong, StorageFailed };

struct ExportResult {
    bool ok = false;
    std::string path;     // the PDF written (when ok)
    std::string message;  // why not (when !ok)
};

struct PractitionerOptions {
    std::string export_dir;              // created (0700) when missing; empty: no UI export
    std::string lang = "en";             // for rule titles etc.
    std::string clinic_name;
    int idle_seconds = 120;
};

class PractitionerSession {
public:
    // `wall_ms`: unix time in ms for audit rows, lockouts and reviews;
    // `clock`: monotonic time for the idle lock and the calendar (defer dates).
    PractitionerSession(storage::Store& store, const KioskConfig& config, const session::Clock& clock,
                        std::function<std::int64_t()> wall_ms, PractitionerOptions options);
    ~PractitionerSession();
    PractitionerSession(const PractitionerSession&) = delete;
    PractitionerSession& operator=(const PractitionerSession&) = delete;

    // --- locking
    [[nodiscard]] bool unlocked() const;
    [[nodiscard]] const std::string& practitioner() const;  // "" when locked
    [[nodiscard]] std::vector<std::string> practitioner_names();
    // Tries the passphrase (audited, counted, lockout per DESIGN §7). On
    // success the idle lock is armed and the search index starts empty; the
    // secret key moves into the session (the result's `unlocked` still says
    // who unlocked, without it). A session already unlocked is locked first.
    records::UnlockResult unlock(const std::string& name, std::string_view passphrase);
    // Forgets the key, the index, the open submission; audited as "lock".
    // Also done by the destructor.
    void lock();

    // --- idle lock: input restarts the period; tick() locks when it is over
    // and returns true when it did. index_step, open, decide and export_pdf
    // tick first, so an overdue lock is never outrun by a command.
    void touch();
    bool tick();
    [[nodiscard]] std::optional<std::int64_t> next_deadline_ms() const;

    // --- search index
    // Opens up to `max_rows` more submissions (newest first). Returns true
    // while more remain. Each row is one sealed-box open (about 0.15 ms on
    // the 2-core bench machine), so ~100 rows fit in a frame.
    bool index_step(size_t max_rows = 500);
    [[nodiscard]] IndexProgress index_progress() const;

    // --- queue (metadata is in the clear: it works locked too, without names)
    [[nodiscard]] DispositionCounts counts();
    [[nodiscard]] QueuePage query(const QueueQuery& q);

    // --- one submission
    // Audits "view"; false when locked, when there is no such submission, or
    // when it does not open (wrong key, damage, a storage error).
    bool open(const std::string& id);
    [[nodiscard]] const OpenSubmission* current() const;
    void close();

    // --- decision on the open submission: a new review row plus an audit row.
    // `defer_until` is needed (and must be after today) for Defer only; the
    // note is sealed to the clinic key. Reloads current()->reviews.
    DecisionError decide(storage::Decision decision, std::optional<Date> defer_until, std::string_view note);

    // --- the open submission's consent PDF into the export folder (audited),
    // as <export_dir>/<submission's local date>-<id>.pdf, mode 0600; a second
    // export of the same submission replaces the file.
    ExportResult export_pdf();
    // False when the clinic named no export folder: then nothing is exported
    // (a stolen tablet's data folder must not hold readable PDFs).
    [[nodiscard]] bool export_folder_set() const;

    // --- the practitioner's language: rule texts of submissions opened from
    // now on, and the exported PDF's words. Starts as options.lang.
    [[nodiscard]] const std::string& language() const;
    void set_language(std::string lang);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

[[nodiscard]] std::string_view decision_error_message(DecisionError e);

}  // namespace kiosk::practitioner
