#pragma once
// The JSON shape of a check result (DESIGN §7), shared by `check`, storage
// and export.
#include <nlohmann/json.hpp>

#include "rules/contraindication_engine.hpp"

namespace kiosk {

[[nodiscard]] nlohmann::json to_json(const Finding& f);
[[nodiscard]] nlohmann::json to_json(const CheckResult& r);

}  // namespace kiosk
