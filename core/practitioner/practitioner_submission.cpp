// One submission in practitioner mode: opened as it was answered (audited
// as a view), a decision stored as a new review, its consent PDF written
// into the export folder (audited as an export).
#include <sys/stat.h>

#include <ctime>
#include <filesystem>
#include <utility>

#include "common/utf8.hpp"
#include "crypto/sealed_box.hpp"
#include "export/pdf_export.hpp"
#include "practitioner/practitioner_session.hpp"
#include "practitioner/session_state.hpp"
#include "practitioner/submission_view.hpp"
#include "practitioner/scrub.hpp"
#include "records/read_back.hpp"
#include "session/scrub.hpp"

namespace kiosk::practitioner {

namespace {

namespace fs = std::filesystem;

// The export folder, made private (0700) when it has to be created.
bool ensure_private_dir(const std::string& dir) {
    fs::path p = fs::path(dir).lexically_normal();
    if (!p.has_filename()) p = p.parent_path();  // "exports/" names "exports"
    std::error_code ec;
    if (fs::is_directory(p, ec)) return true;
    if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
    return ::mkdir(p.c_str(), 0700) == 0 || fs::is_directory(p, ec);
}

// The submission's date in the clinic's time zone, for the file name.
std::string local_date(std::int64_t unix_ms) { return Date::local_of_unix_ms(unix_ms).iso(); }

// Ids are UUIDs; anything else must not reach a path.
bool fits_a_file_name(const std::string& id) {
    return !id.empty() && id.find_first_not_of("0123456789abcdefABCDEF-") == std::string::npos;
}

ExportResult refused(std::string message) { return {false, {}, std::move(message)}; }

}  // namespace

bool PractitionerSession::open(const std::string& id) {
    Impl& i = *m_impl;
    if (tick() || !i.keys) return false;
    i.close_submission();
    try {
        auto stored = i.store.submission(id);
        if (!stored) return false;
        i.opened = records::open_submission(*stored, i.keys->public_key, i.keys->secret_key);
        const Questionnaire* q = i.opened ? i.questionnaire(i.opened->questionnaire_hash) : nullptr;
        if (!q) {
            i.close_submission();
            return false;
        }
        i.audit("view", id, "");  // before anything is shown
        OpenSubmission shown = shown_submission(*i.opened, *q, i.options.lang);
        // The consent is stored by content hash; show the version it declares.
        if (const auto snapshot = i.store.snapshot(i.opened->consent_version))
            if (const auto consent = exporting::consent_from_snapshot(*snapshot, i.opened->language);
                consent && !consent->version.empty())
                shown.consent_version = consent->version;
        shown.reviews = i.reviews(id);
        i.shown = std::move(shown);
        return true;
    } catch (const storage::StorageError&) {
        i.close_submission();
        return false;
    }
}

const OpenSubmission* PractitionerSession::current() const { return m_impl->shown ? &*m_impl->shown : nullptr; }

void PractitionerSession::close() { m_impl->close_submission(); }

DecisionError PractitionerSession::decide(storage::Decision decision, std::optional<Date> defer_until,
                                          std::string_view note) {
    Impl& i = *m_impl;
    if (tick() || !i.keys || !i.shown) return DecisionError::NotOpen;
    std::string until;
    if (decision == storage::Decision::Defer) {
        if (!defer_until) return DecisionError::DeferDateMissing;
        if (*defer_until <= i.clock.today()) return DecisionError::DeferDateNotInFuture;
        until = defer_until->iso();
    }
    if (note.size() > kMaxNoteBytes) return DecisionError::NoteTooLong;
    if (!is_valid_utf8(note)) return DecisionError::StorageFailed;  // the store takes text only as valid UTF-8
    crypto::Bytes sealed;
    if (!note.empty())
        sealed = crypto::seal({reinterpret_cast<const std::uint8_t*>(note.data()), note.size()}, i.keys->public_key);
    const std::string id = i.shown->meta.id;
    try {
        i.store.add_review({id, i.practitioner, i.wall_ms(), decision, until, std::move(sealed)});  // audits "review"
    } catch (const storage::StorageError&) {
        return DecisionError::StorageFailed;
    }
    i.shown->meta.reviewed = true;
    i.opened->meta.reviewed = true;
    i.index.mark_reviewed(id);
    try {
        auto reviews = i.reviews(id);
        for (auto& r : i.shown->reviews) session::scrub(r.note);
        i.shown->reviews = std::move(reviews);
    } catch (const storage::StorageError&) {
        // Stored; only the reread failed: show it as decided.
        i.shown->reviews.push_back({i.practitioner, i.wall_ms(), decision, until, std::string(note)});
    }
    return DecisionError::None;
}

bool PractitionerSession::export_folder_set() const { return !m_impl->options.export_dir.empty(); }

const std::string& PractitionerSession::language() const { return m_impl->options.lang; }

void PractitionerSession::set_language(std::string lang) { m_impl->options.lang = std::move(lang); }

ExportResult PractitionerSession::export_pdf() {
    Impl& i = *m_impl;
    if (tick() || !i.keys || !i.opened) return refused("No submission is open.");
    if (i.options.export_dir.empty()) return refused("No export folder is set.");
    const std::string id = i.opened->meta.id;
    if (!fits_a_file_name(id)) return refused("This submission's id cannot name a file.");
    if (!ensure_private_dir(i.options.export_dir))
        return refused("The export folder " + i.options.export_dir + " cannot be created.");
    const std::string path =
        (fs::path(i.options.export_dir) / (local_date(i.opened->meta.submitted_at_ms) + "-" + id + ".pdf")).string();
    const Questionnaire* q = i.questionnaire(i.opened->questionnaire_hash);
    if (!q) return refused("The questionnaire of this submission does not load.");
    const std::string& clinic = i.options.clinic_name.empty() ? i.config.clinic.name : i.options.clinic_name;

    std::vector<exporting::PdfSubmission> subs;
    bool written = false;
    try {
        subs.push_back(records::pdf_submission(i.store, *i.keys, *i.opened, *q, clinic));
        subs.back().words_lang = i.options.lang;  // the document is the practitioner's: their language
        written = exporting::write_pdf(path, subs);  // 0600, renamed into place, its bytes scrubbed
    } catch (const std::exception&) {
        written = false;
    }
    for (auto& s : subs) scrub(s);
    if (!written) return refused("The PDF could not be written to " + i.options.export_dir + ".");
    try {
        // The head this export saw, as the CLI's export records it: a later
        // `audit verify --head` with it finds rows deleted since.
        i.audit("export", id, "pdf, 1 submission(s), audit head " + storage::to_string(i.store.audit_head()));
    } catch (const storage::StorageError&) {
        std::error_code ec;
        fs::remove(path, ec);  // an export nobody can account for does not stay
        return refused("The export could not be recorded in the audit log, so the PDF was removed.");
    }
    return {true, path, {}};
}

std::string_view decision_error_message(DecisionError e) {
    switch (e) {
        case DecisionError::None: return "";
        case DecisionError::NotOpen: return "Open a submission first.";
        case DecisionError::DeferDateMissing: return "Choose the date to defer until.";
        case DecisionError::DeferDateNotInFuture: return "The defer date must be after today.";
        case DecisionError::NoteTooLong: return "The note is too long. Please shorten it.";
        case DecisionError::StorageFailed: return "The decision could not be saved. Please try again.";
    }
    return "The decision could not be saved.";
}

}  // namespace kiosk::practitioner
