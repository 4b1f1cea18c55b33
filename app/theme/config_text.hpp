#pragma once
// Every string in a loaded config that the kiosk may draw, in every language,
// so the font atlas can be built with exactly the glyphs the clinic uses.
#include <string_view>
#include <vector>

#include "questionnaire/model.hpp"

namespace kiosk::ui {

// The views point into `config`, which must outlive them.
[[nodiscard]] std::vector<std::string_view> config_text(const kiosk::KioskConfig& config);

}  // namespace kiosk::ui
