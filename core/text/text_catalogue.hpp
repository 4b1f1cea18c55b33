#pragma once
// The interface's own words, looked up by a dotted key ("flow.next",
// "practitioner.queue.search", "date.month.3") and a language. The clinic's
// words (questions, cards, consent) come from kiosk-config; these are the
// kiosk's labels around them, for the screens and the PDF alike.
//
// Why per-language YAML (assets/i18n/<lang>.yaml) and not gettext: the
// project already reads YAML with yaml-cpp and reports file:line:column
// through its own reader (questionnaire/yaml_reader), the clinic's words are
// YAML too, and a translator edits one plain file. gettext would add a
// msgfmt step and a process-global locale (setlocale), while the client and
// the practitioner read different languages at the same time on one tablet.
// The files are embedded into the binary at build time
// (cmake/embed_catalogues.cmake), so the installed kiosk is self-contained.
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"

namespace kiosk::text {

class TextCatalogue {
public:
    // Reads one language's catalogue: nested mappings whose leaves are
    // texts, flattened to dotted keys. Problems (YAML syntax, a list or an
    // empty value, a key twice) go to `out` with file:line:column; false then.
    bool add(std::string_view lang, const std::string& file, const std::string& yaml_text, Diagnostics& out);

    // The text for `key` in `lang`; English when `lang` has none (a language
    // the clinic offers but no catalogue covers); the key itself when even
    // English lacks it, so a slip shows on screen rather than a blank.
    [[nodiscard]] std::string_view get(std::string_view key, std::string_view lang) const;
    [[nodiscard]] bool has(std::string_view key, std::string_view lang) const;

    [[nodiscard]] std::vector<std::string> languages() const;
    [[nodiscard]] std::vector<std::string> keys(std::string_view lang) const;  // sorted
    // Every text of every language (for the font atlas's glyphs).
    [[nodiscard]] std::vector<std::string_view> all_text() const;

private:
    using Table = std::map<std::string, std::string, std::less<>>;
    std::map<std::string, Table, std::less<>> m_langs;
};

// The catalogues built into the binary, parsed on first use. A malformed one
// throws std::runtime_error naming file:line:column (the build-time test
// TextCatalogue.BuiltInCataloguesParse fails first).
[[nodiscard]] const TextCatalogue& builtin();
// Diagnostics from parsing the built-in catalogues (empty when they are sound).
[[nodiscard]] Diagnostics builtin_problems();

// builtin().get(key, lang).
[[nodiscard]] std::string_view tr(std::string_view lang, std::string_view key);

// `text` with every "{name}" replaced by `value`.
[[nodiscard]] std::string fill(std::string_view text, std::string_view name, std::string_view value);
// tr() then fill() for each {name, value} pair.
[[nodiscard]] std::string tr(std::string_view lang, std::string_view key,
                             std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// A language's name from its code ("es" -> "Spanish" / "español"), or the
// code itself for a language the catalogue does not name.
[[nodiscard]] std::string language_name(std::string_view code, std::string_view lang);

// The placeholder names in `text` ("{n}" -> "n"), sorted, each once.
[[nodiscard]] std::vector<std::string> placeholders(std::string_view text);

}  // namespace kiosk::text
