#include "practitioner/name_index.hpp"

#include <glib.h>

#include <array>

#include "session/scrub.hpp"

namespace kiosk::practitioner {

namespace {

// Latin letters with no canonical decomposition, spelled as a person
// searching without them would type them.
constexpr std::array<std::pair<gunichar, const char*>, 10> kLigatures{{
    {0x00DF, "ss"},  // ß
    {0x00E6, "ae"},  // æ
    {0x0153, "oe"},  // œ
    {0x00F8, "o"},   // ø
    {0x0111, "d"},   // đ
    {0x00F0, "d"},   // ð
    {0x0142, "l"},   // ł
    {0x0127, "h"},   // ħ
    {0x0131, "i"},   // ı
    {0x00FE, "th"},  // þ
}};

void append(std::string& out, gunichar c) {
    char buf[8];
    const gint n = g_unichar_to_utf8(c, buf);
    out.append(buf, static_cast<size_t>(n));
}

void append_folded(std::string& out, gunichar c) {
    const gunichar lower = g_unichar_tolower(c);
    for (const auto& [letter, spelled] : kLigatures) {
        if (letter == lower) {
            out += spelled;
            return;
        }
    }
    std::array<gunichar, G_UNICHAR_MAX_DECOMPOSITION_LENGTH> parts{};
    const gsize n = g_unichar_fully_decompose(lower, FALSE, parts.data(), parts.size());
    for (gsize i = 0; i < n; ++i)
        if (!g_unichar_ismark(parts[i])) append(out, g_unichar_tolower(parts[i]));
}

}  // namespace

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    const char* p = text.data();
    const char* const end = text.data() + text.size();
    while (p < end) {
        const gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == static_cast<gunichar>(-1) || c == static_cast<gunichar>(-2)) {
            ++p;  // not UTF-8: skip the byte
            continue;
        }
        p = g_utf8_next_char(p);
        if (g_unichar_isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (g_unichar_ismark(c)) continue;  // a combining accent typed on its own
        if (space) out += ' ';
        space = false;
        if (c < 0x80) out += static_cast<char>(g_ascii_tolower(static_cast<gchar>(c)));
        else append_folded(out, c);
    }
    return out;
}

NameIndex::~NameIndex() { scrub(); }

void NameIndex::add(const storage::SubmissionMeta& meta, std::string name) {
    if (by_id_.contains(meta.id)) return;
    by_id_.emplace(meta.id, entries_.size());
    std::string folded = fold_for_search(name);
    entries_.push_back({meta, std::move(name), std::move(folded)});
}

const std::string* NameIndex::name_of(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : &entries_[it->second].name;
}

void NameIndex::mark_reviewed(const std::string& id) {
    if (auto it = by_id_.find(id); it != by_id_.end()) entries_[it->second].meta.reviewed = true;
}

QueuePage NameIndex::search(const QueueQuery& q) const {
    std::string needle = fold_for_search(q.search);
    QueuePage page;
    const size_t first = q.page * q.page_size;
    for (const auto& e : entries_) {
        if (q.disposition && e.meta.disposition != *q.disposition) continue;
        if (q.reviewed && e.meta.reviewed != *q.reviewed) continue;
        if (e.folded.find(needle) == std::string::npos) continue;
        if (page.total >= first && page.rows.size() < q.page_size) page.rows.push_back({e.meta, e.name});
        ++page.total;
    }
    session::scrub(needle);
    return page;
}

void NameIndex::scrub() {
    for (auto& e : entries_) {
        session::scrub(e.name);
        session::scrub(e.folded);
    }
    entries_.clear();
    entries_.shrink_to_fit();
    by_id_.clear();
}

}  // namespace kiosk::practitioner
