#include "records/clinic_setup.hpp"

#include <stdexcept>

#include "common/utf8.hpp"
#include "crypto/key_wrap.hpp"
#include "storage/store.hpp"

namespace kiosk::records {

std::optional<std::string> practitioner_name_problem(std::string_view name) {
    if (name.find_first_not_of(" \t") == std::string_view::npos) return "a practitioner needs a name";
    if (!is_valid_utf8(name)) return "the name is not valid text";
    if (name.size() > 80) return "a name of at most 80 characters";
    return std::nullopt;
}

void initialize_clinic(const std::string& data_dir, const std::string& practitioner, std::string_view passphrase,
                       std::int64_t now_ms) {
    if (auto why = practitioner_name_problem(practitioner)) throw std::invalid_argument(*why);
    if (auto why = crypto::passphrase_problem(passphrase)) throw std::invalid_argument(*why);
    if (storage::Store::exists(data_dir))
        throw storage::StorageError(storage::ErrorKind::Refused,
                                    storage::Store::path_in(data_dir) + " already exists; nothing was changed");
    auto keys = crypto::generate_key_pair();
    const auto wrapped = crypto::wrap_secret_key(keys.secret_key, passphrase);
    storage::Store::Options options;
    options.create = true;
    auto store = storage::Store::open(data_dir, options);
    store->initialize(keys.public_key, practitioner, wrapped, now_ms);
}

}  // namespace kiosk::records
