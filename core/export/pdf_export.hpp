#pragma once
// The signed-consent PDF (DESIGN §3, §7): one A4 document, each submission
// starting on a new page: the intake summary (client, dates, versions,
// disposition), the findings first, every answer by page as the
// questionnaire stood when it was answered, the consent text as signed with
// its version, the acknowledgements, the signature drawn and the printed
// name, and the reviews so far. Every page's footer names the client, their
// date of birth and the submission id, with "Page N of M" counted within the
// submission, so a multi-client export splits into per-client records.
//
// Labels are in the practitioner's language (`words_lang`: the document is
// theirs; the catalogue's pdf.* keys); questions, options and the consent
// text are in the language the client answered in. Typeset
// with pango in Inter (fonts-inter) through fontconfig.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/model.hpp"
#include "records/sealed_submission.hpp"
#include "storage/store.hpp"

namespace kiosk::exporting {

// The consent text as the client signed it, in their language.
struct PdfConsent {
    std::string version;
    std::string title;
    std::string body;  // paragraphs separated by a blank line
};

struct PdfReview {
    std::string practitioner;
    std::int64_t decided_at_ms = 0;
    storage::Decision decision = storage::Decision::Proceed;
    std::string defer_until;          // YYYY-MM-DD when deferred
    std::optional<std::string> note;  // decrypted by the caller; nullopt: none
};

struct PdfSubmission {
    std::string clinic_name;
    records::OpenedSubmission submission;
    std::reference_wrapper<const Questionnaire> as_answered;  // outlives the export
    PdfConsent consent;
    std::vector<PdfReview> reviews;  // oldest first
    std::string words_lang = "en";   // the labels' language (the CLI's export: English)
};

// A consent snapshot as stored ({"version", "title": {lang: ...}, "body":
// {lang: ...}}) in `lang`, or its first language when `lang` is missing;
// nullopt when it is not such a document.
[[nodiscard]] std::optional<PdfConsent> consent_from_snapshot(std::string_view snapshot_json, std::string_view lang);

// A stored review, with its note when the caller could open it.
[[nodiscard]] PdfReview pdf_review(const storage::Review& r, std::optional<std::string> note = std::nullopt);

// The PDF file's bytes. With no submissions, one page saying so.
[[nodiscard]] std::string pdf_document(const std::vector<PdfSubmission>& subs);

// Writes pdf_document(subs) to `path` (mode 0600: it holds client data in
// the clear) through a temporary file renamed over it, so a reader never sees
// half a file. False when it cannot be written.
[[nodiscard]] bool write_pdf(const std::string& path, const std::vector<PdfSubmission>& subs);

}  // namespace kiosk::exporting
