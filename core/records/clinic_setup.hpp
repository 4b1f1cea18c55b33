#pragma once
// First start of a kiosk: the clinic key pair and the first practitioner,
// from `intake-kiosk init` or the kiosk's setup screen alike.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::records {

// Why a practitioner name is refused (empty, too long, not UTF-8), or nullopt.
[[nodiscard]] std::optional<std::string> practitioner_name_problem(std::string_view name);

// Creates <data_dir>/kiosk.db with a fresh key pair whose secret key is
// wrapped under `passphrase` for `practitioner`. Throws StorageError(Refused)
// when a database is already there (nothing is changed), std::invalid_argument
// for a refused name or passphrase.
void initialize_clinic(const std::string& data_dir, const std::string& practitioner, std::string_view passphrase,
                       std::int64_t now_ms);

}  // namespace kiosk::records
