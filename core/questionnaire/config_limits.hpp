#pragma once
// Bounds on what a clinic config may hold. Each is far above what a real
// clinic writes (the shipped microneedling questionnaire: 42 KB, 33 items, 24
// rules, indentation 7 levels, longest condition 60 characters) and low enough
// that a hostile or corrupt file cannot freeze or crash the loader: past one,
// the load fails with the file, line and column (kiosk-config/README.md lists
// them for the clinic's admin).
#include <cstddef>

namespace kiosk::limits {

inline constexpr size_t kConfigFileBytes = 1024 * 1024;  // any one YAML file, checked before parsing
inline constexpr size_t kConfigTextBytes = 16 * 1024;    // any one YAML value (a text, an expression)
inline constexpr int kYamlDepth = 32;                    // mappings and lists inside one another
inline constexpr size_t kYamlNodes = 200000;             // values in one file, aliases counted each time used

inline constexpr size_t kLanguages = 20;
inline constexpr size_t kPages = 100;
inline constexpr size_t kItems = 1000;         // in the whole questionnaire
inline constexpr size_t kOptions = 100;        // per choice item
inline constexpr size_t kRules = 500;
inline constexpr size_t kCards = 50;           // about cards
inline constexpr size_t kBullets = 50;         // per about card

inline constexpr size_t kExpressionBytes = 4000;  // one show_if or when
inline constexpr int kExpressionDepth = 64;       // brackets and nots inside one another

inline constexpr size_t kPatternBytes = 1000;        // a validation pattern's source
inline constexpr size_t kPatternInputBytes = 10000;  // longer text never matches a pattern
inline constexpr size_t kEmailBytes = 254;           // RFC 5321's longest address

}  // namespace kiosk::limits
