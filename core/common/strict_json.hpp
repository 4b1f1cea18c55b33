#pragma once
// JSON from outside the kiosk, read strictly. nlohmann's own parser keeps the
// last of two equal keys (`"diabetes": true, "diabetes": false` reads as no:
// a medical yes hidden), throws on a number no double holds and nests as deep
// as the input does. Here each of these stops the parse, naming the JSON path
// and the byte where it was found.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace kiosk {

struct StrictJsonError {
    std::size_t byte = 0;  // offset of the byte the problem was found at
    std::string path;      // "answers.diabetes", "item[0].item[3]"; empty at the top
    std::string message;
};

using StrictJsonResult = std::variant<nlohmann::json, StrictJsonError>;

// Objects and arrays may nest `max_depth` deep (the top value is depth 1).
[[nodiscard]] StrictJsonResult parse_strict_json(std::string_view text, std::size_t max_depth);

// `parent` followed by the key: ".key", or "[\"...\"]" (JSON-escaped) for a
// key that is not plain letters, digits, '_' and '-', so a path never carries
// control characters to a terminal.
[[nodiscard]] std::string json_path_key(const std::string& parent, std::string_view key);
// `parent` followed by "[index]".
[[nodiscard]] std::string json_path_index(const std::string& parent, std::size_t index);

}  // namespace kiosk
