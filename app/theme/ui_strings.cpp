#include "theme/ui_strings.hpp"

#include <array>

namespace kiosk::ui {

namespace {

struct Entry {
    UiText id;
    std::string_view en;
    std::string_view es;
};

constexpr std::array<Entry, 11> kTable{{
    {UiText::TapToStart, "Tap to start", "Toque para empezar"},
    {UiText::ChooseLanguage, "Language", "Idioma"},
    {UiText::NeedsAttention, "This kiosk needs attention.", "Este quiosco necesita atención."},
    {UiText::SeeFrontDesk, "Please see the front desk.", "Por favor, acuda a recepción."},
    {UiText::ConfigProblemOne, "1 problem in the clinic configuration", "1 problema en la configuración de la clínica"},
    {UiText::ConfigProblemsMany, "{n} problems in the clinic configuration",
     "{n} problemas en la configuración de la clínica"},
    {UiText::DataDamaged, "The kiosk's saved data is damaged; it has been left untouched.",
     "Los datos guardados del quiosco están dañados; no se han modificado."},
    {UiText::TextSize, "Text size", "Tamaño del texto"},
    {UiText::HighContrast, "High contrast", "Alto contraste"},
    {UiText::AnswersKept, "Your answers are kept. You can try again, or ask at the front desk.",
     "Sus respuestas se conservan. Puede intentarlo de nuevo o preguntar en recepción."},
    {UiText::TryAgain, "Try again", "Intentar de nuevo"},
}};

}  // namespace

std::string_view ui_text(UiText id, std::string_view lang) {
    for (const Entry& e : kTable)
        if (e.id == id) return lang == "es" ? e.es : e.en;
    return {};
}

std::string ui_text_n(UiText id, std::string_view lang, long long n) {
    std::string out(ui_text(id, lang));
    if (const size_t at = out.find("{n}"); at != std::string::npos) out.replace(at, 3, std::to_string(n));
    return out;
}

std::vector<std::string_view> all_ui_text() {
    std::vector<std::string_view> out;
    for (const Entry& e : kTable) {
        out.push_back(e.en);
        out.push_back(e.es);
    }
    return out;
}

}  // namespace kiosk::ui
