#pragma once
// The attract screen (mockups/01-attract.png): clinic wordmark and name, the
// welcome line, "Tap to start", the language pills and the privacy line. It
// draws from an AttractView and returns what the client asked for.
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/model.hpp"
#include "theme/display_prefs.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct LanguageChoice {
    std::string code;  // "es"
    std::string name;  // in its own language: "Español"
};

struct AttractView {
    std::string clinic_name;
    std::string welcome;
    std::string privacy_note;
    std::string start_label;
    std::vector<LanguageChoice> languages;  // the clinic's, in its order
    std::string selected_lang;
};

struct AttractIntent {
    enum class Kind { None, Start, ChooseLanguage, Display };
    Kind kind = Kind::None;
    std::string lang;      // ChooseLanguage: the code tapped
    DisplayPrefs display;  // Display: the text size and contrast chosen
};

[[nodiscard]] AttractView make_attract_view(const kiosk::KioskConfig& config, std::string_view lang);

// Widget ids: `start`, then `lang=<code>` for each language (only when the
// clinic offers more than one), then the display controls (`text_size=1..3`,
// `contrast=high` or `contrast=normal`; widgets/display_controls.hpp), drawn
// for the client's current `prefs`.
[[nodiscard]] AttractIntent draw_attract(UiContext& ui, const AttractView& view, const DisplayPrefs& prefs = {});

}  // namespace kiosk::ui
