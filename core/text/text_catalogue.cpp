#include "text/text_catalogue.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>
#include <utility>

#include "questionnaire/yaml_reader.hpp"
#include "text/embedded_catalogues.hpp"

namespace kiosk::text {

namespace {

constexpr std::string_view kFallback = "en";

struct Walk {
    config::YamlReader& reader;
    std::map<std::string, std::string, std::less<>>& table;
    bool ok = true;

    void node(const YAML::Node& n, const std::string& key) {
        if (n.IsMap()) {
            for (const auto& kv : n) {
                if (!kv.first.IsScalar() || kv.first.Scalar().empty()) {
                    reader.error(kv.first, "a key must be a plain word");
                    ok = false;
                    continue;
                }
                node(kv.second, key.empty() ? kv.first.Scalar() : key + "." + kv.first.Scalar());
            }
            return;
        }
        if (!n.IsScalar() || n.Scalar().empty()) {
            reader.error(n, "\"" + key + "\" must be a text");
            ok = false;
            return;
        }
        if (!table.emplace(key, n.Scalar()).second) {
            reader.error(n, "\"" + key + "\" is written twice");
            ok = false;
        }
    }
};

struct Builtin {
    TextCatalogue catalogue;
    Diagnostics problems;
};

const Builtin& parsed_builtin() {
    // Parsed once, on first use; read-only afterwards (no client or UI state).
    static const Builtin kBuiltin = [] {
        Builtin b;
        for (const EmbeddedCatalogue& e : embedded_catalogues())
            (void)b.catalogue.add(e.lang, std::string(e.file), std::string(e.text), b.problems);
        return b;
    }();
    return kBuiltin;
}

}  // namespace

bool TextCatalogue::add(std::string_view lang, const std::string& file, const std::string& yaml_text,
                        Diagnostics& out) {
    config::YamlReader reader(file, out, {});
    const std::optional<YAML::Node> root = reader.load_text(yaml_text);
    if (!root) return false;
    Table table;
    Walk walk{reader, table};
    walk.node(*root, "");
    if (!walk.ok) return false;
    m_langs[std::string(lang)] = std::move(table);
    return true;
}

std::string_view TextCatalogue::get(std::string_view key, std::string_view lang) const {
    for (const std::string_view l : {lang, kFallback}) {
        const auto table = m_langs.find(l);
        if (table == m_langs.end()) continue;
        if (const auto it = table->second.find(key); it != table->second.end()) return it->second;
    }
    return key;
}

bool TextCatalogue::has(std::string_view key, std::string_view lang) const {
    const auto table = m_langs.find(lang);
    return table != m_langs.end() && table->second.find(key) != table->second.end();
}

std::vector<std::string> TextCatalogue::languages() const {
    std::vector<std::string> out;
    for (const auto& [lang, table] : m_langs) out.push_back(lang);
    return out;
}

std::vector<std::string> TextCatalogue::keys(std::string_view lang) const {
    std::vector<std::string> out;
    if (const auto table = m_langs.find(lang); table != m_langs.end())
        for (const auto& [key, text] : table->second) out.push_back(key);
    return out;
}

std::vector<std::string_view> TextCatalogue::all_text() const {
    std::vector<std::string_view> out;
    for (const auto& [lang, table] : m_langs)
        for (const auto& [key, text] : table) out.emplace_back(text);
    return out;
}

const TextCatalogue& builtin() {
    const Builtin& b = parsed_builtin();
    if (!b.problems.empty()) throw std::runtime_error("the built-in text catalogues: " + join_lines(b.problems));
    return b.catalogue;
}

Diagnostics builtin_problems() { return parsed_builtin().problems; }

std::string_view tr(std::string_view lang, std::string_view key) { return builtin().get(key, lang); }

std::string fill(std::string_view text, std::string_view name, std::string_view value) {
    std::string out(text);
    const std::string mark = "{" + std::string(name) + "}";
    for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + value.size()))
        out.replace(at, mark.size(), value);
    return out;
}

std::string tr(std::string_view lang, std::string_view key,
               std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out(tr(lang, key));
    for (const auto& [name, value] : values) out = fill(out, name, value);
    return out;
}

std::string language_name(std::string_view code, std::string_view lang) {
    const std::string key = "language." + std::string(code);
    return builtin().has(key, "en") ? std::string(tr(lang, key)) : std::string(code);
}

std::vector<std::string> placeholders(std::string_view text) {
    std::set<std::string> names;
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        names.emplace(text.substr(open + 1, close - open - 1));
    }
    return {names.begin(), names.end()};
}

}  // namespace kiosk::text
