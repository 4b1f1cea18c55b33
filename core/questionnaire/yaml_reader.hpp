#pragma once
// Reads one YAML config file into the model while collecting every problem
// with its file:line:col, so a clinic admin sees all mistakes in one go.
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "questionnaire/localized.hpp"

namespace kiosk::config {

class YamlReader {
public:
    // `languages`: codes every localized text must have.
    YamlReader(std::string file, Diagnostics& out, std::vector<std::string> languages);

    // Reads and parses the file; on a syntax error, or a file that is not a
    // regular one or is past a limit (config_limits.hpp), reports it and
    // returns nullopt. The size is checked before anything is parsed.
    [[nodiscard]] std::optional<YAML::Node> load();
    // Parses text that was already read (`file` is still used for locations).
    [[nodiscard]] std::optional<YAML::Node> load_text(const std::string& text);

    [[nodiscard]] SourceLoc loc(const YAML::Node& n) const;
    // Where `key` itself is written in `map` (the map's place if it is absent).
    [[nodiscard]] SourceLoc key_loc(const YAML::Node& map, std::string_view key) const;
    void error(const YAML::Node& n, std::string message);
    void error_at(SourceLoc where, std::string message);

    // A mapping whose keys are all in `allowed` and none repeated; reports
    // otherwise. Returns false when `n` is not a mapping at all.
    bool expect_map(const YAML::Node& n, std::string_view what,
                    std::initializer_list<std::string_view> allowed);
    bool expect_seq(const YAML::Node& n, std::string_view what);
    // A list of at most `max` entries; reports otherwise (config_limits.hpp).
    bool at_most(const YAML::Node& seq, size_t max, std::string_view what);
    // Reports a missing key at the map's position.
    bool require(const YAML::Node& map, std::string_view key);

    // Typed readers. `key` absent: nullopt, and an error if `required`.
    std::optional<std::string> text(const YAML::Node& map, std::string_view key, bool required);
    std::optional<double> number(const YAML::Node& map, std::string_view key);
    std::optional<long> integer(const YAML::Node& map, std::string_view key, long min, long max);
    std::optional<bool> boolean(const YAML::Node& map, std::string_view key);
    // {en: ..., es: ...} with every language; missing ones reported by name.
    Localized localized(const YAML::Node& map, std::string_view key, bool required);
    // The same for a node that is itself the {en: ..., es: ...} mapping.
    Localized localized_node(const YAML::Node& n, std::string_view what);

    // An identifier: [a-z][a-z0-9_]* (ids are part of storage and export).
    std::optional<std::string> identifier(const YAML::Node& map, std::string_view key);

    // Where inside a scalar a byte offset of its value lies (for expressions).
    [[nodiscard]] SourceLoc loc_in_scalar(const YAML::Node& scalar, size_t offset) const;

    [[nodiscard]] Diagnostics& diagnostics() { return out_; }
    void set_languages(std::vector<std::string> codes) { languages_ = std::move(codes); }
    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] const std::string& source() const { return source_; }
    [[nodiscard]] const std::vector<std::string>& languages() const { return languages_; }

private:
    bool within_limits(const YAML::Node& root);

    std::string file_;
    Diagnostics& out_;
    std::vector<std::string> languages_;
    std::string source_;
};

[[nodiscard]] bool is_identifier(std::string_view s);

}  // namespace kiosk::config
