#include "questionnaire/localized.hpp"

namespace kiosk {

const std::string& Localized::in(std::string_view lang) const {
    static const std::string kEmpty;
    if (auto it = by_lang.find(lang); it != by_lang.end()) return it->second;
    return by_lang.empty() ? kEmpty : by_lang.begin()->second;
}

}  // namespace kiosk
