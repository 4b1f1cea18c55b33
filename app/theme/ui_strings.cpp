#include "theme/ui_strings.hpp"

#include <array>
#include <utility>

#include "text/text_catalogue.hpp"

namespace kiosk::ui {

namespace {

// The texts are in assets/i18n/<lang>.yaml; these are their keys.
constexpr std::array<std::pair<UiText, std::string_view>, 11> kKeys{{
    {UiText::TapToStart, "ui.tap_to_start"},
    {UiText::ChooseLanguage, "ui.choose_language"},
    {UiText::NeedsAttention, "ui.needs_attention"},
    {UiText::SeeFrontDesk, "ui.see_front_desk"},
    {UiText::ConfigProblemOne, "ui.config_problem_one"},
    {UiText::ConfigProblemsMany, "ui.config_problems_many"},
    {UiText::DataDamaged, "ui.data_damaged"},
    {UiText::TextSize, "ui.text_size"},
    {UiText::HighContrast, "ui.high_contrast"},
    {UiText::AnswersKept, "ui.answers_kept"},
    {UiText::TryAgain, "ui.try_again"},
}};

}  // namespace

std::string_view ui_text(UiText id, std::string_view lang) {
    for (const auto& [key_id, key] : kKeys)
        if (key_id == id) return text::tr(lang, key);
    return {};
}

std::string ui_text_n(UiText id, std::string_view lang, long long n) {
    return text::fill(ui_text(id, lang), "n", std::to_string(n));
}

std::vector<std::string_view> all_ui_text() {
    // Every catalogue text, and the few symbols the screens draw beyond them.
    std::vector<std::string_view> out = text::builtin().all_text();
    for (const std::string_view s : {"áéíóúüñçÁÉÍÓÚÜÑÇ@'-.,", "\xE2\x80\xA2", "\xE2\x80\x94", "\xE2\x80\xA6", "\xC2\xB7"})
        out.push_back(s);
    return out;
}

}  // namespace kiosk::ui
