#include "export/csv_export.hpp"

#include "common/iso_time.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <system_error>

#include "export/fhir_export.hpp"

namespace kiosk::exporting {

namespace {

bool exported_as_column(const Item& item) { return item.type != ItemType::Info; }

// Shortest fixed notation that reads back as the same double: 3, 2.5, 0.1.
std::string number_text(double v) {
    char buf[512];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    if (ec != std::errc()) return {};
    return {buf, end};
}

std::string text_of(const Answer& a) {
    if (const bool* b = std::get_if<bool>(&a)) return *b ? "yes" : "no";
    if (const auto* s = std::get_if<std::string>(&a)) return *s;
    if (const auto* c = std::get_if<Choices>(&a)) {
        std::string out;
        for (const auto& id : *c) out += (out.empty() ? "" : ";") + id;
        return out;
    }
    if (const double* n = std::get_if<double>(&a)) return number_text(*n);
    if (const Date* d = std::get_if<Date>(&a)) return d->iso();
    if (const auto* sig = std::get_if<Signature>(&a)) return sig->drawn() ? "signed" : "";
    return {};
}

void append_row(std::string& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_cell(cells[i]);
    }
    out += "\r\n";
}

}  // namespace

std::string csv_cell(std::string_view value) {
    std::string cell;
    cell.reserve(value.size() + 3);
    if (!value.empty()) {
        const char c = value.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') cell += '\'';
    }
    cell += value;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

namespace {

// The columns: every item of the first questionnaire in its order, then each
// item only a later one in `order` has, in that one's order.
std::vector<std::string> columns_of(const std::vector<const Questionnaire*>& order) {
    std::vector<std::string> columns;
    std::set<std::string> seen;
    for (const Questionnaire* q : order)
        for (const auto& page : q->pages)
            for (const auto& item : page.items)
                if (exported_as_column(item) && seen.insert(item.id).second) columns.push_back(item.id);
    return columns;
}

std::string csv_of(const std::vector<records::OpenedSubmission>& rows, const QuestionnaireOf& questionnaire_of,
                   const Questionnaire* first) {
    std::vector<const Questionnaire*> order;
    if (first) order.push_back(first);
    for (const auto& row : rows) {
        const Questionnaire* q = &questionnaire_of(row);
        if (std::find(order.begin(), order.end(), q) == order.end()) order.push_back(q);
    }
    const std::vector<std::string> columns = columns_of(order);

    std::string out;
    std::vector<std::string> cells{"id", "submitted_at", "disposition"};
    cells.insert(cells.end(), columns.begin(), columns.end());
    append_row(out, cells);

    for (const auto& row : rows) {
        const AnswerMap answers = exported_answers(row, questionnaire_of(row));
        cells = {row.meta.id, iso_local(row.meta.submitted_at_ms), std::string(to_string(row.meta.disposition))};
        for (const std::string& id : columns) {
            auto it = answers.find(id);
            cells.push_back(it == answers.end() ? std::string() : text_of(it->second));
        }
        append_row(out, cells);
    }
    return out;
}

}  // namespace

std::string csv(const std::vector<records::OpenedSubmission>& rows, const Questionnaire& q) {
    return csv_of(rows, [&](const records::OpenedSubmission&) -> const Questionnaire& { return q; }, &q);
}

std::string csv(const std::vector<records::OpenedSubmission>& rows, const QuestionnaireOf& questionnaire_of) {
    return csv_of(rows, questionnaire_of, nullptr);
}

}  // namespace kiosk::exporting
