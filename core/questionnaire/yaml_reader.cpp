#include "questionnaire/yaml_reader.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace kiosk::config {

bool is_identifier(std::string_view s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

YamlReader::YamlReader(std::string file, Diagnostics& out, std::vector<std::string> languages)
    : file_(std::move(file)), out_(out), languages_(std::move(languages)) {}

std::optional<YAML::Node> YamlReader::load() {
    std::ifstream in(file_, std::ios::binary);
    if (!in) {
        error_at({file_, 0, 0}, "cannot read the file");
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return load_text(ss.str());
}

std::optional<YAML::Node> YamlReader::load_text(const std::string& text) {
    source_ = text;
    try {
        YAML::Node root = YAML::Load(source_);
        if (!root.IsMap()) {
            error_at({file_, 1, 1}, "expected a mapping of keys at the top of the file");
            return std::nullopt;
        }
        return root;
    } catch (const YAML::Exception& e) {
        error_at({file_, e.mark.line + 1, e.mark.column + 1}, "YAML syntax: " + e.msg);
        return std::nullopt;
    }
}

SourceLoc YamlReader::loc(const YAML::Node& n) const {
    const YAML::Mark m = n.Mark();
    if (m.is_null()) return {file_, 0, 0};
    return {file_, m.line + 1, m.column + 1};
}

void YamlReader::error(const YAML::Node& n, std::string message) { error_at(loc(n), std::move(message)); }

void YamlReader::error_at(SourceLoc where, std::string message) {
    out_.push_back({std::move(where), std::move(message)});
}

namespace {
std::string list(std::initializer_list<std::string_view> names) {
    std::string s;
    for (auto n : names) {
        if (!s.empty()) s += ", ";
        s += n;
    }
    return s;
}
}  // namespace

bool YamlReader::expect_map(const YAML::Node& n, std::string_view what,
                            std::initializer_list<std::string_view> allowed) {
    if (!n.IsMap()) {
        error(n, std::string(what) + " must be a mapping of keys");
        return false;
    }
    std::set<std::string, std::less<>> seen;
    for (const auto& kv : n) {
        const auto key = kv.first.as<std::string>("");
        bool known = false;
        for (auto a : allowed) known = known || a == key;
        if (!known)
            error(kv.first, "unknown key '" + key + "' in " + std::string(what) + " (expected one of: " + list(allowed) + ")");
        else if (!seen.insert(key).second)
            error(kv.first, "duplicate key '" + key + "' in " + std::string(what));
    }
    return true;
}

bool YamlReader::expect_seq(const YAML::Node& n, std::string_view what) {
    if (n.IsSequence()) return true;
    error(n, std::string(what) + " must be a list");
    return false;
}

bool YamlReader::require(const YAML::Node& map, std::string_view key) {
    if (map[std::string(key)]) return true;
    error(map, "missing required key '" + std::string(key) + "'");
    return false;
}

std::optional<std::string> YamlReader::text(const YAML::Node& map, std::string_view key, bool required) {
    const YAML::Node n = map[std::string(key)];
    if (!n) {
        if (required) require(map, key);
        return std::nullopt;
    }
    if (!n.IsScalar()) {
        error(n, "'" + std::string(key) + "' must be a single value");
        return std::nullopt;
    }
    return n.Scalar();
}

std::optional<double> YamlReader::number(const YAML::Node& map, std::string_view key) {
    const YAML::Node n = map[std::string(key)];
    if (!n) return std::nullopt;
    double v = 0;
    if (!n.IsScalar() || !YAML::convert<double>::decode(n, v)) {
        error(n, "'" + std::string(key) + "' must be a number");
        return std::nullopt;
    }
    return v;
}

std::optional<long> YamlReader::integer(const YAML::Node& map, std::string_view key, long min, long max) {
    const YAML::Node n = map[std::string(key)];
    if (!n) return std::nullopt;
    long v = 0;
    if (!n.IsScalar() || !YAML::convert<long>::decode(n, v)) {
        error(n, "'" + std::string(key) + "' must be a whole number");
        return std::nullopt;
    }
    if (v < min || v > max) {
        error(n, "'" + std::string(key) + "' must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, std::string_view key) {
    const YAML::Node n = map[std::string(key)];
    if (!n) return std::nullopt;
    bool v = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v)) {
        error(n, "'" + std::string(key) + "' must be yes or no (true or false)");
        return std::nullopt;
    }
    return v;
}

Localized YamlReader::localized(const YAML::Node& map, std::string_view key, bool required) {
    const YAML::Node n = map[std::string(key)];
    if (!n) {
        if (required) require(map, key);
        return {};
    }
    return localized_node(n, key);
}

Localized YamlReader::localized_node(const YAML::Node& n, std::string_view key) {
    Localized out;
    if (!n.IsMap()) {
        error(n, "'" + std::string(key) + "' must give the text per language, e.g. {en: ..., es: ...}");
        return out;
    }
    std::set<std::string, std::less<>> seen;
    for (const auto& kv : n) {
        const auto lang = kv.first.as<std::string>("");
        bool offered = false;
        for (const auto& l : languages_) offered = offered || l == lang;
        if (!offered) {
            error(kv.first, "language '" + lang + "' is not offered in clinic.yaml");
            continue;
        }
        if (!seen.insert(lang).second) {
            error(kv.first, "duplicate translation '" + lang + "'");
            continue;
        }
        if (!kv.second.IsScalar() || kv.second.Scalar().empty()) {
            error(kv.second, "the '" + lang + "' text of '" + std::string(key) + "' is empty");
            continue;
        }
        out.by_lang.emplace(lang, kv.second.Scalar());
    }
    for (const auto& l : languages_)
        if (!seen.contains(l)) error(n, "missing '" + l + "' translation of '" + std::string(key) + "'");
    return out;
}

std::optional<std::string> YamlReader::identifier(const YAML::Node& map, std::string_view key) {
    auto s = text(map, key, true);
    if (!s) return std::nullopt;
    if (!is_identifier(*s)) {
        error(map[std::string(key)], "'" + *s + "' is not a valid id (lower-case letters, digits and _; starting with a letter)");
        return std::nullopt;
    }
    return s;
}

SourceLoc YamlReader::loc_in_scalar(const YAML::Node& scalar, size_t offset) const {
    const YAML::Mark m = scalar.Mark();
    if (m.is_null()) return {file_, 0, 0};
    // Quoted scalars start with the quote: the value begins one column later.
    size_t skip = 0;
    const auto pos = static_cast<size_t>(m.pos);
    if (pos < source_.size() && (source_[pos] == '"' || source_[pos] == '\'')) skip = 1;
    return {file_, m.line + 1, m.column + 1 + static_cast<int>(skip + offset)};
}

}  // namespace kiosk::config
