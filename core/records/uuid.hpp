#pragma once
// Random (version 4) UUIDs for submission ids.
#include <string>

namespace kiosk {

[[nodiscard]] std::string new_uuid();

}  // namespace kiosk
