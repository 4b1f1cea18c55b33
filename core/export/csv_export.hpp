#pragma once
// CSV export (DESIGN §6, §7): one row a submission, UTF-8, RFC 4180, lines
// ending in CRLF. Columns: id, submitted_at (ISO 8601, clinic offset), disposition, then
// one per item id of the questionnaire in its order (info items have none).
// Cells: yes/no as yes/no, choices as option ids joined by ';', dates ISO,
// numbers without trailing zeros, a signature as "signed" when one was drawn
// (the image goes only into FHIR and PDF), unanswered or hidden items empty.
//
// Every cell is neutralised against spreadsheet formula injection (OWASP): a
// cell starting with = + - @, tab or CR gets a leading ', so a negative
// number reads '-3 and a phone number "+34 ..." reads '+34 ... — the price of
// never letting a client's answer run as a formula.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/model.hpp"
#include "records/sealed_submission.hpp"

namespace kiosk::exporting {

// Every row read through the questionnaire it was answered against (its
// snapshot), so an answer to an item a later version removed or renamed is
// kept. Columns: the union of their items, in questionnaire order: the newest
// row's questionnaire first (rows come newest first), then each item only an
// older version had, in that version's order. No rows: the fixed columns.
using QuestionnaireOf = std::function<const Questionnaire&(const records::OpenedSubmission&)>;
[[nodiscard]] std::string csv(const std::vector<records::OpenedSubmission>& rows, const QuestionnaireOf& questionnaire_of);

// Every row typed by `q` (its columns, in its order); a row answered against
// another version of it shows only the answers that still fit (same id, same type).
[[nodiscard]] std::string csv(const std::vector<records::OpenedSubmission>& rows, const Questionnaire& q);

// One field as it goes into the file: neutralised, then quoted when it holds
// a comma, a double quote, CR or LF (quotes inside doubled).
[[nodiscard]] std::string csv_cell(std::string_view value);

}  // namespace kiosk::exporting
