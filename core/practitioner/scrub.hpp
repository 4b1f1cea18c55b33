#pragma once
// Zeroing what a practitioner's session opened (names, answers, notes,
// signatures) before its memory goes back to the allocator (DESIGN §6), as
// session/scrub does for a client's intake.
#include <nlohmann/json.hpp>

#include "export/pdf_export.hpp"
#include "practitioner/practitioner_session.hpp"
#include "records/sealed_submission.hpp"

namespace kiosk::practitioner {

// Zeroes every string, number and boolean the document holds, then nulls it.
void scrub(nlohmann::json& j);
void scrub(records::OpenedSubmission& s);
void scrub(OpenSubmission& s);
void scrub(exporting::PdfSubmission& s);

}  // namespace kiosk::practitioner
