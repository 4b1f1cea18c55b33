#include "theme/review_strings.hpp"

#include <array>

namespace kiosk::ui {

namespace {

struct Entry {
    ReviewText id;
    std::string_view en;
    std::string_view es;
};

constexpr std::array<Entry, 26> kTable{{
    {ReviewText::KeepReading, "Keep reading", "Siga leyendo"},
    {ReviewText::ReadToTheEnd, "Please read the text to the end.", "Lea el texto hasta el final, por favor."},
    {ReviewText::SignAgain, "You changed an answer, so please sign again.",
     "Ha cambiado una respuesta: vuelva a firmar, por favor."},
    {ReviewText::Clear, "Clear", "Borrar"},
    {ReviewText::ConsentNote, "Next, you can check all your answers.",
     "A continuación podrá revisar todas sus respuestas."},
    {ReviewText::ReviewTitle, "Check your answers", "Revise sus respuestas"},
    {ReviewText::ReviewIntro, "Tap Edit to change anything. After a change you will sign again.",
     "Toque Editar para cambiar algo. Si cambia algo, volverá a firmar."},
    {ReviewText::Edit, "Edit", "Editar"},
    {ReviewText::Submit, "Submit", "Enviar"},
    {ReviewText::ReviewNote, "Only your practitioner will see your answers.",
     "Solo su profesional verá sus respuestas."},
    {ReviewText::SaveFailedTitle, "We couldn't save just now.", "No hemos podido guardar ahora mismo."},
    {ReviewText::SaveFailedBody, "Your answers are still here. Please see the front desk.",
     "Sus respuestas siguen aquí. Por favor, acuda a recepción."},
    {ReviewText::Signed, "Signed", "Firmado"},
    {ReviewText::ConsentAccepted, "Read to the end", "Leído hasta el final"},
    {ReviewText::NothingOnPage, "No answers on this page.", "No hay respuestas en esta página."},
    {ReviewText::Done, "Done", "Terminar"},
    {ReviewText::ThanksHint, "This screen will close by itself.", "Esta pantalla se cerrará sola."},
    {ReviewText::StillThereTitle, "Are you still there?", "¿Sigue ahí?"},
    {ReviewText::StillThereBody, "For your privacy, we will clear your answers and start over soon.",
     "Por su privacidad, borraremos sus respuestas y empezaremos de nuevo en breve."},
    {ReviewText::StillHere, "I\u2019m still here", "Sigo aquí"},
    {ReviewText::Seconds, "seconds", "segundos"},
    {ReviewText::Second, "second", "segundo"},
    {ReviewText::ChooseDate, "Tap to choose a date", "Toque para elegir una fecha"},
    {ReviewText::Day, "Day", "Día"},
    {ReviewText::Month, "Month", "Mes"},
    {ReviewText::Year, "Year", "Año"},
}};

constexpr std::array<std::string_view, 12> kMonthsEn{"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthsEs{"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                                     "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

}  // namespace

std::string_view review_text(ReviewText id, std::string_view lang) {
    for (const Entry& e : kTable)
        if (e.id == id) return lang == "es" ? e.es : e.en;
    return {};
}

std::string_view month_name(int month, std::string_view lang) {
    if (month < 1 || month > 12) return {};
    const auto i = static_cast<size_t>(month - 1);
    return lang == "es" ? kMonthsEs[i] : kMonthsEn[i];
}

std::vector<std::string_view> all_review_text() {
    std::vector<std::string_view> out;
    for (const Entry& e : kTable) {
        out.push_back(e.en);
        out.push_back(e.es);
    }
    for (size_t i = 0; i < 12; ++i) {
        out.push_back(kMonthsEn[i]);
        out.push_back(kMonthsEs[i]);
    }
    return out;
}

}  // namespace kiosk::ui
