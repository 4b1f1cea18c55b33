#pragma once
// The database schema, as numbered migrations tracked in PRAGMA user_version.
#include <functional>
#include <string>
#include <vector>

#include "storage/sqlite.hpp"

namespace kiosk::storage {

inline constexpr int kSchemaVersion = 2;

// Applies every migration above the file's user_version, each in its own
// transaction; `after(version)` runs inside that transaction once the SQL of
// `version` has (for steps SQL cannot do). A file from a newer kiosk
// (user_version too high) is refused.
void migrate(Connection& c, const std::function<void(int version)>& after = {});

// What is wrong with the file's triggers: each expected one that is missing
// or differs from what the schema created. Empty when all are in place.
[[nodiscard]] std::vector<std::string> trigger_problems(Connection& c);

}  // namespace kiosk::storage
