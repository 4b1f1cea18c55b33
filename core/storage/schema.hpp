#pragma once
// The database schema, as numbered migrations tracked in PRAGMA user_version.
#include "storage/sqlite.hpp"

namespace kiosk::storage {

inline constexpr int kSchemaVersion = 1;

// Applies every migration above the file's user_version, each in its own
// transaction. A file from a newer kiosk (user_version too high) is refused.
void migrate(Connection& c);

}  // namespace kiosk::storage
