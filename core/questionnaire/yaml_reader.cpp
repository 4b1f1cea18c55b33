#include "questionnaire/yaml_reader.hpp"

#include <set>

#include "common/utf8.hpp"
#include "questionnaire/bounded_file.hpp"
#include "questionnaire/config_limits.hpp"

namespace kiosk::config {

bool is_identifier(std::string_view s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

YamlReader::YamlReader(std::string file, Diagnostics& out, std::vector<std::string> languages)
    : file_(std::move(file)), out_(out), languages_(std::move(languages)) {}

namespace {

// Line and column of byte `offset` in `text` (1-based).
SourceLoc position_of(const std::string& file, const std::string& text, size_t offset) {
    int line = 1;
    int col = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return {file, line, col};
}

std::string mib(size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MiB"; }

}  // namespace

std::optional<YAML::Node> YamlReader::load() {
    BoundedRead file = read_bounded_file(file_, limits::kConfigFileBytes);
    if (file.status != BoundedRead::Status::Ok) {
        // A file that cannot be opened has no line; one refused for its kind
        // or size is reported at its start.
        const bool opened = file.status != BoundedRead::Status::Unreadable;
        error_at({file_, opened ? 1 : 0, opened ? 1 : 0}, std::move(file.problem));
        return std::nullopt;
    }
    return load_text(file.text);
}

std::optional<YAML::Node> YamlReader::load_text(const std::string& text) {
    if (text.size() > limits::kConfigFileBytes) {
        error_at(position_of(file_, text, limits::kConfigFileBytes),
                 "the file is larger than " + mib(limits::kConfigFileBytes) + "; nothing was read past here");
        return std::nullopt;
    }
    // Every text goes on to JSON, the PDF and the screen, which all need UTF-8
    // (found by fuzz_config: a Latin-1 "è" in a rule's title crashed `check`).
    if (const size_t bad = utf8_error_offset(text); bad != std::string::npos) {
        error_at(position_of(file_, text, bad), "invalid UTF-8 (byte " + std::to_string(bad + 1) +
                                                    "): save the file as UTF-8");
        return std::nullopt;
    }
    source_ = text;
    try {
        YAML::Node root = YAML::Load(source_);
        if (!root.IsMap()) {
            error_at({file_, 1, 1}, "expected a mapping of keys at the top of the file");
            return std::nullopt;
        }
        if (!within_limits(root)) return std::nullopt;
        return root;
    } catch (const YAML::Exception& e) {
        error_at({file_, e.mark.line + 1, e.mark.column + 1}, "YAML syntax: " + e.msg);
        return std::nullopt;
    }
}

// One walk over the whole tree with an explicit stack (the tree may be as deep
// as yaml-cpp let it be): nesting depth, length of every value, and the number
// of values, which bounds what aliases can multiply.
bool YamlReader::within_limits(const YAML::Node& root) {
    struct Pending {
        YAML::Node node;
        int depth;
    };
    std::vector<Pending> stack{{root, 1}};
    size_t visited = 0;
    while (!stack.empty()) {
        const Pending p = std::move(stack.back());
        stack.pop_back();
        if (++visited > limits::kYamlNodes) {
            error(p.node, "the file holds more than " + std::to_string(limits::kYamlNodes) +
                              " values (aliases counted each time they are used)");
            return false;
        }
        if (p.node.IsScalar()) {
            if (p.node.Scalar().size() > limits::kConfigTextBytes) {
                error(p.node, "this value is " + std::to_string(p.node.Scalar().size()) + " bytes long; at most " +
                                  std::to_string(limits::kConfigTextBytes) + " are allowed");
                return false;
            }
            continue;
        }
        if (!p.node.IsMap() && !p.node.IsSequence()) continue;
        if (p.depth > limits::kYamlDepth) {
            error(p.node, "nested too deeply (at most " + std::to_string(limits::kYamlDepth) +
                              " lists and mappings inside one another)");
            return false;
        }
        for (const auto& child : p.node) {
            if (p.node.IsMap()) {
                stack.push_back({child.second, p.depth + 1});
                stack.push_back({child.first, p.depth + 1});
            } else {
                stack.push_back({child, p.depth + 1});
            }
        }
    }
    return true;
}

SourceLoc YamlReader::loc(const YAML::Node& n) const {
    const YAML::Mark m = n.Mark();
    if (m.is_null()) return {file_, 0, 0};
    return {file_, m.line + 1, m.column + 1};
}

SourceLoc YamlReader::key_loc(const YAML::Node& map, std::string_view key) const {
    if (map.IsMap()) {
        for (const auto& kv : map)
            if (kv.first.IsScalar() && kv.first.Scalar() == key) return loc(kv.first);
    }
    return loc(map);
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

bool YamlReader::at_most(const YAML::Node& seq, size_t max, std::string_view what) {
    if (seq.size() <= max) return true;
    error(seq, "at most " + std::to_string(max) + " " + std::string(what) + " are allowed; this list has " +
                   std::to_string(seq.size()));
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
