#pragma once
// Reading a stored submission back beyond its sealed payload: the
// questionnaire it was answered against (from its snapshot), its reviews'
// notes opened with the clinic key, and the consent PDF's view of it. Shared
// by `export` and practitioner mode, so both show a submission the same way.
#include <optional>
#include <string>

#include "export/pdf_export.hpp"
#include "questionnaire/model.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/sealed_submission.hpp"
#include "storage/store.hpp"

namespace kiosk::records {

// The questionnaire as it stood when answered; nullopt when its snapshot is
// missing or does not load.
[[nodiscard]] std::optional<Questionnaire> questionnaire_as_answered(storage::Store& store,
                                                                     const std::string& content_hash);

// A review's note in the clear; nullopt when there is none or it does not open.
// The caller scrubs it when done.
[[nodiscard]] std::optional<std::string> open_note(const storage::Review& r, const Unlocked& keys);

// One submission as the PDF prints it: its consent as signed and its reviews,
// notes opened. Throws StorageError (Damaged) when the consent snapshot does
// not load. `as_answered` must outlive the result.
[[nodiscard]] exporting::PdfSubmission pdf_submission(storage::Store& store, const Unlocked& keys,
                                                      OpenedSubmission submission, const Questionnaire& as_answered,
                                                      const std::string& clinic_name);

}  // namespace kiosk::records
