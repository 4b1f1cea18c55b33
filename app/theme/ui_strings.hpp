#pragma once
// Typed keys for the kiosk's attract and maintenance words; the texts are in
// assets/i18n/<lang>.yaml (core/text/text_catalogue.hpp), other languages
// fall back to English.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class UiText {
    TapToStart,
    ChooseLanguage,      // accessible name of the language row
    NeedsAttention,      // maintenance title
    SeeFrontDesk,        // maintenance lead
    ConfigProblemOne,    // "1 problem ..."
    ConfigProblemsMany,  // "{n} problems ..."
    DataDamaged,         // maintenance: the database failed its check
    TextSize,            // the display controls: the text size steps
    HighContrast,        // ... and the contrast toggle
    AnswersKept,         // maintenance after a screen failed: nothing is lost
    TryAgain,            // ... and its button back to the screen
};

[[nodiscard]] std::string_view ui_text(UiText id, std::string_view lang);

// "{n}" in the text replaced by `n`.
[[nodiscard]] std::string ui_text_n(UiText id, std::string_view lang, long long n);

// Every catalogue text (all of them, whichever table is asked), for the font atlas.
[[nodiscard]] std::vector<std::string_view> all_ui_text();

}  // namespace kiosk::ui
