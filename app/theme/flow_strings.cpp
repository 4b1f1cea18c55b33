#include "theme/flow_strings.hpp"

#include <array>
#include <utility>

namespace kiosk::ui {

namespace {

struct Entry {
    FlowText id;
    std::string_view en;
    std::string_view es;
};

constexpr std::array<Entry, 22> kTable{{
    {FlowText::Back, "Back", "Atrás"},
    {FlowText::Next, "Next", "Siguiente"},
    {FlowText::Continue, "Continue", "Continuar"},
    {FlowText::Skip, "Skip", "Saltar"},
    {FlowText::StepOf, "Step {i} of {n}", "Paso {i} de {n}"},
    {FlowText::CardOf, "{i} of {n}", "{i} de {n}"},
    {FlowText::ChangeAnswersNote, "You can change any answer before you sign.",
     "Puede cambiar cualquier respuesta antes de firmar."},
    {FlowText::ReturnToReviewNote, "Continue takes you back to your summary.",
     "Continuar le lleva de vuelta a su resumen."},
    {FlowText::ProblemsNoteOne, "One answer needs your attention.", "Una respuesta necesita su atención."},
    {FlowText::ProblemsNoteMany, "{n} answers need your attention.", "{n} respuestas necesitan su atención."},
    {FlowText::Yes, "Yes", "Sí"},
    {FlowText::No, "No", "No"},
    {FlowText::BecauseYes, "Because you answered Yes", "Porque ha respondido Sí"},
    {FlowText::BecauseNo, "Because you answered No", "Porque ha respondido No"},
    {FlowText::BecauseChose, "Because you chose “{option}”", "Porque ha elegido «{option}»"},
    {FlowText::BecauseAbove, "Because of your answer above", "Por su respuesta anterior"},
    {FlowText::Done, "Done", "Listo"},
    {FlowText::Space, "space", "espacio"},
    {FlowText::Letters, "ABC", "ABC"},
    {FlowText::Digits, "123", "123"},
    {FlowText::AccentHint, "For accents, like the í in García, tap {key} then the letter.",
     "Para los acentos, como la í de García, toque {key} y luego la letra."},
    {FlowText::Optional, "Optional", "Opcional"},
}};

struct ProblemEntry {
    ProblemCode code;
    std::string_view en;
    std::string_view es;
};

// {n}: the bound; {date}: a date bound in words.
constexpr std::array<ProblemEntry, 17> kProblems{{
    {ProblemCode::Missing, "Please answer this question", "Por favor, responda a esta pregunta"},
    {ProblemCode::MustBeYes, "Please tick this to continue", "Marque esta casilla para continuar"},
    {ProblemCode::TooShort, "Please write at least {n} characters", "Escriba al menos {n} caracteres"},
    {ProblemCode::TooLong, "Please keep this to {n} characters or fewer", "Use como máximo {n} caracteres"},
    {ProblemCode::PatternMismatch, "Please check this answer", "Revise esta respuesta"},
    {ProblemCode::InvalidEmail, "Enter a full email, like name@example.com",
     "Escriba un correo completo, como nombre@ejemplo.com"},
    {ProblemCode::InvalidPhone, "Enter a phone number of 7 to 15 digits", "Escriba un teléfono de 7 a 15 cifras"},
    {ProblemCode::BelowMin, "Please enter {n} or more", "Escriba {n} o más"},
    {ProblemCode::AboveMax, "Please enter {n} or less", "Escriba {n} o menos"},
    {ProblemCode::NotWhole, "Please enter a whole number", "Escriba un número entero"},
    {ProblemCode::FutureDate, "This date cannot be in the future", "Esta fecha no puede ser posterior a hoy"},
    {ProblemCode::DateTooEarly, "Please choose {date} or later", "Elija el {date} o una fecha posterior"},
    {ProblemCode::DateTooLate, "Please choose {date} or earlier", "Elija el {date} o una fecha anterior"},
    {ProblemCode::TooFewChoices, "Please choose at least {n}", "Elija al menos {n}"},
    {ProblemCode::TooManyChoices, "Please choose no more than {n}", "Elija como máximo {n}"},
    {ProblemCode::NoSignature, "Please sign with your finger", "Firme con el dedo, por favor"},
    {ProblemCode::WrongType, "Please answer this question again", "Vuelva a responder a esta pregunta"},
}};

// Missing, worded for the kind of control the client sees.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kMissingBy{{
    {"Please fill this in", "Por favor, rellene este campo"},      // text, number
    {"Please choose at least one", "Elija al menos una opción"},     // multiple choice
    {"Please choose a date", "Elija una fecha"},                    // date
}};

constexpr std::array<std::string_view, 12> kMonthsEn{"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthsEs{"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                                     "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

bool spanish(std::string_view lang) { return lang == "es"; }

}  // namespace

std::string_view flow_text(FlowText id, std::string_view lang) {
    for (const Entry& e : kTable)
        if (e.id == id) return spanish(lang) ? e.es : e.en;
    return {};
}

std::string fill(std::string_view text, std::string_view name, std::string_view value) {
    std::string out(text);
    const std::string key = "{" + std::string(name) + "}";
    if (const size_t at = out.find(key); at != std::string::npos) out.replace(at, key.size(), value);
    return out;
}

std::string long_date(const kiosk::Date& date, std::string_view lang) {
    const auto m = static_cast<size_t>(date.month >= 1 && date.month <= 12 ? date.month - 1 : 0);
    if (spanish(lang)) return std::to_string(date.day) + " de " + std::string(kMonthsEs[m]) + " de " + std::to_string(date.year);
    return std::to_string(date.day) + " " + std::string(kMonthsEn[m]) + " " + std::to_string(date.year);
}

std::string problem_text(const kiosk::Problem& problem, const kiosk::Item& item, std::string_view lang) {
    const bool es = spanish(lang);
    if (problem.code == ProblemCode::Missing) {
        switch (item.type) {
            case ItemType::Text:
            case ItemType::LongText:
            case ItemType::Number: return std::string(es ? kMissingBy[0].second : kMissingBy[0].first);
            case ItemType::MultiChoice: return std::string(es ? kMissingBy[1].second : kMissingBy[1].first);
            case ItemType::Date: return std::string(es ? kMissingBy[2].second : kMissingBy[2].first);
            default: break;
        }
    }
    if (problem.code == ProblemCode::PatternMismatch && !item.validation.pattern_message.empty())
        return item.validation.pattern_message.in(lang);
    std::string_view text;
    for (const ProblemEntry& e : kProblems)
        if (e.code == problem.code) text = es ? e.es : e.en;
    std::string out(text);
    if (out.find("{date}") != std::string::npos) {
        const auto d = kiosk::Date::parse(problem.detail);
        out = fill(out, "date", d ? long_date(*d, lang) : problem.detail);
    }
    return fill(out, "n", problem.detail);
}

std::vector<std::string_view> all_flow_text() {
    std::vector<std::string_view> out;
    for (const Entry& e : kTable) {
        out.push_back(e.en);
        out.push_back(e.es);
    }
    for (const ProblemEntry& e : kProblems) {
        out.push_back(e.en);
        out.push_back(e.es);
    }
    for (const auto& [en, es] : kMissingBy) {
        out.push_back(en);
        out.push_back(es);
    }
    for (const std::string_view m : kMonthsEs) out.push_back(m);
    out.emplace_back("áéíóúüñçÁÉÍÓÚÜÑÇ@'-.,");  // the keyboard's keys
    return out;
}

}  // namespace kiosk::ui
