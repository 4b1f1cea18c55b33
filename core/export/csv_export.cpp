#include "export/csv_export.hpp"

#include "common/iso_time.hpp"

#include <charconv>
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

std::string csv(const std::vector<records::OpenedSubmission>& rows, const Questionnaire& q) {
    std::vector<const Item*> columns;
    for (const auto& page : q.pages)
        for (const auto& item : page.items)
            if (exported_as_column(item)) columns.push_back(&item);

    std::string out;
    std::vector<std::string> cells{"id", "submitted_at", "disposition"};
    for (const Item* item : columns) cells.push_back(item->id);
    append_row(out, cells);

    for (const auto& row : rows) {
        const AnswerMap answers = exported_answers(row, q);
        cells = {row.meta.id, iso_local(row.meta.submitted_at_ms), std::string(to_string(row.meta.disposition))};
        for (const Item* item : columns) {
            auto it = answers.find(item->id);
            cells.push_back(it == answers.end() ? std::string() : text_of(it->second));
        }
        append_row(out, cells);
    }
    return out;
}

}  // namespace kiosk::exporting
