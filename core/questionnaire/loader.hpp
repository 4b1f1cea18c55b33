#pragma once
// Loads kiosk-config/: clinic.yaml, the questionnaire it names and its consent
// text. Every problem is reported with file:line:col; nothing falls back to a
// default when a clinical file is wrong.
#include <string>
#include <variant>

#include "common/diagnostic.hpp"
#include "questionnaire/model.hpp"

namespace kiosk {

using LoadResult = std::variant<KioskConfig, Diagnostics>;

// `dir` is the config directory (the one holding clinic.yaml).
[[nodiscard]] LoadResult load_config(const std::string& dir);

}  // namespace kiosk
