#pragma once
// A text item's validation pattern, through RE2: matching takes time linear
// in the text and recurses nowhere, whatever the pattern (std::regex is
// recursive in libstdc++ and can overflow the stack on long input). RE2 has
// no backreferences or lookarounds; a pattern using them is refused at load.
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace re2 {
class RE2;
}

namespace kiosk {

class TextPattern {
public:
    // The compiled pattern, or RE2's reason for refusing it (also for a
    // pattern longer than limits::kPatternBytes).
    [[nodiscard]] static std::variant<TextPattern, std::string> compile(std::string_view source);

    // Whether the whole of `text` matches. Text longer than
    // limits::kPatternInputBytes never matches: it is not looked at.
    [[nodiscard]] bool full_match(std::string_view text) const;

private:
    std::shared_ptr<const re2::RE2> re_;
};

// Whether `text` has the shape of an e-mail address (something@domain.tld),
// no longer than limits::kEmailBytes.
[[nodiscard]] bool looks_like_email(std::string_view text);

}  // namespace kiosk
