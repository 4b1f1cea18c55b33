#include "storage/data_dir_check.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "storage/store.hpp"

namespace kiosk::storage {

namespace fs = std::filesystem;

namespace {

std::string why(int err) {
    if (err == EROFS) return "it is on a read-only file system";
    return std::string("it is not writable: ") + std::strerror(err);
}

}  // namespace

std::optional<std::string> unwritable_data_dir(const std::string& data_dir) {
    std::error_code ec;
    fs::path folder = fs::absolute(data_dir, ec);
    if (ec) return "cannot use the data directory " + data_dir + ": " + ec.message();
    while (!fs::exists(folder, ec) && folder.has_parent_path() && folder.parent_path() != folder)
        folder = folder.parent_path();
    const std::string where = folder == fs::absolute(data_dir, ec) ? "" : " (in " + folder.string() + ")";
    if (!fs::is_directory(folder, ec))
        return "cannot use the data directory " + data_dir + ": " + folder.string() + " is not a directory";
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        return "cannot write the data directory " + data_dir + where + ": " + why(errno);
    const fs::path db = folder / Store::kFileName;
    if (::access(db.c_str(), F_OK) == 0 && ::access(db.c_str(), W_OK) != 0)
        return "cannot write " + db.string() + ": " + why(errno);
    return std::nullopt;
}

}  // namespace kiosk::storage
