#include "theme/setup_strings.hpp"

#include <array>

namespace kiosk::ui {

namespace {

struct Entry {
    SetupText id;
    std::string_view en;
    std::string_view es;
};

constexpr std::array<Entry, 17> kTable{{
    {SetupText::ForStaff, "For clinic staff", "Para el personal de la clínica"},
    {SetupText::Title, "Set up this kiosk", "Configurar este quiosco"},
    {SetupText::Explanation,
     "This creates the clinic's encryption key. Every intake saved on this kiosk is locked with it, and only a "
     "practitioner's passphrase can open it again.",
     "Esto crea la clave de cifrado de la clínica. Cada formulario guardado en este quiosco queda protegido con "
     "ella, y solo la frase de contraseña de un profesional puede abrirlo."},
    {SetupText::KeepSafe,
     "The passphrase unlocks practitioner mode. It cannot be recovered: if it is lost, the saved intakes cannot "
     "be read. Keep it somewhere safe.",
     "La frase de contraseña abre el modo profesional. No se puede recuperar: si se pierde, los formularios "
     "guardados no se podrán leer. Guárdela en un lugar seguro."},
    {SetupText::NameLabel, "Practitioner name", "Nombre del profesional"},
    {SetupText::PassphraseLabel, "Passphrase", "Frase de contraseña"},
    {SetupText::Passphrase2Label, "Passphrase again", "Repita la frase de contraseña"},
    {SetupText::PassphraseHint, "At least 10 characters", "Al menos 10 caracteres"},
    {SetupText::Create, "Create and start", "Crear y empezar"},
    {SetupText::NameMissing, "Please enter the practitioner's name", "Escriba el nombre del profesional"},
    {SetupText::NameRefused, "Please use a shorter name (80 characters at most)",
     "Use un nombre más corto (80 caracteres como máximo)"},
    {SetupText::PassphraseShort, "The passphrase needs at least 10 characters",
     "La frase de contraseña necesita al menos 10 caracteres"},
    {SetupText::PassphraseRefused, "This passphrase is too long", "Esta frase de contraseña es demasiado larga"},
    {SetupText::Mismatch, "The two passphrases do not match", "Las dos frases de contraseña no coinciden"},
    {SetupText::Failed, "The kiosk could not be set up. The details are on the console.",
     "No se pudo configurar el quiosco. Los detalles están en la consola."},
    {SetupText::Creating, "Creating the clinic's key…", "Creando la clave de la clínica…"},
    {SetupText::Dot, "\xE2\x80\xA2", "\xE2\x80\xA2"},
}};

}  // namespace

std::string_view setup_text(SetupText id, std::string_view lang) {
    for (const Entry& e : kTable)
        if (e.id == id) return lang == "es" ? e.es : e.en;
    return {};
}

std::vector<std::string_view> all_setup_text() {
    std::vector<std::string_view> out;
    out.reserve(kTable.size() * 2);
    for (const Entry& e : kTable) {
        out.push_back(e.en);
        out.push_back(e.es);
    }
    return out;
}

}  // namespace kiosk::ui
