#pragma once
// Whether this process can write the kiosk's data directory, asked before
// anything is created in it: a read-only mount, a directory without write
// permission or a file where the directory should be is named up front
// (exit 2) instead of failing half-way, and nothing is left behind.
#include <optional>
#include <string>

namespace kiosk::storage {

// Why `data_dir` (or, when it does not exist yet, the nearest folder it
// would be created in) cannot take the database; nullopt when it can.
// access(2) is asked, so a read-only file system is found even as root.
[[nodiscard]] std::optional<std::string> unwritable_data_dir(const std::string& data_dir);

}  // namespace kiosk::storage
