#pragma once
// Text in every language the clinic offers, keyed by language code.
#include <map>
#include <string>
#include <string_view>

namespace kiosk {

struct Localized {
    std::map<std::string, std::string, std::less<>> by_lang;

    // The text in `lang`; falls back to the first language so a caller never
    // gets nothing (the loader has already refused missing translations).
    [[nodiscard]] const std::string& in(std::string_view lang) const;
    [[nodiscard]] bool empty() const { return by_lang.empty(); }
};

}  // namespace kiosk
