#pragma once
// Where a client is in the intake flow (DESIGN §2). The "Are you still
// there?" prompt is an overlay over any of these, not a step of its own.
#include <string_view>

namespace kiosk::session {

enum class Step {
    Attract,    // welcome, language buttons, "Tap to start"; holds no client data
    About,      // the treatment's information cards (skippable)
    Questions,  // one question page at a time
    Consent,    // the consent page: text read to the end, acknowledgements, signature
    Review,     // every answer by page, each page editable, submit
    Thanks,     // saved; returns to Attract by itself
};

// The screen names of DESIGN §7 ("attract", "about", ...).
[[nodiscard]] constexpr std::string_view to_string(Step s) {
    switch (s) {
        case Step::Attract: return "attract";
        case Step::About: return "about";
        case Step::Questions: return "questions";
        case Step::Consent: return "consent";
        case Step::Review: return "review";
        case Step::Thanks: return "thanks";
    }
    return "attract";
}

}  // namespace kiosk::session
