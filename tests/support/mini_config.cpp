#include "support/mini_config.hpp"

#include <atomic>
#include <fstream>
#include <unistd.h>

namespace kiosk::testing {

MiniConfig MiniConfig::valid() {
    MiniConfig c;
    c.clinic = R"(name: Test Clinic
languages:
  - {code: en, name: English}
  - {code: es, name: Español}
questionnaire: mini
welcome: {en: Welcome, es: Bienvenida}
privacy_note: {en: Private, es: Privado}
thanks:
  title: {en: Thank you, es: Gracias}
  body: {en: Hand the tablet back, es: Devuelva la tableta}
theme:
  primary: "#1F5C58"
  font_scale: 1.0
timeouts:
  idle_seconds: 90
)";
    c.questionnaire = R"(id: mini
version: "1"
title: {en: Mini, es: Mini}
consent: consent/mini.yaml
about:
  - id: what
    title: {en: What, es: Qué}
    body: {en: Body, es: Cuerpo}
pages:
  - id: you
    title: {en: You, es: Usted}
    items:
      - id: name
        type: text
        text: {en: Name, es: Nombre}
        required: true
        validation: {max_length: 20}
      - id: dob
        type: date
        text: {en: Birth date, es: Nacimiento}
        required: true
        validation: {not_future: true}
      - id: areas
        type: multi_choice
        text: {en: Areas, es: Zonas}
        options:
          - {id: face, label: {en: Face, es: Cara}}
          - {id: neck, label: {en: Neck, es: Cuello}}
      - id: flare
        type: yes_no
        text: {en: Flare now, es: Brote ahora}
        required: true
      - id: flare_here
        type: yes_no
        text: {en: In the area, es: En la zona}
        required: true
        show_if: flare = yes
  - id: sign
    title: {en: Consent, es: Consentimiento}
    kind: consent
    items:
      - id: signature
        type: signature
        text: {en: Sign, es: Firme}
        required: true
rules:
  - id: minor
    when: age(dob) < 18
    severity: review
    title: {en: Minor, es: Menor}
    explanation: {en: Under 18, es: Menor de 18}
    action: {en: Guardian, es: Tutor}
  - id: flare_in_area
    when: flare and flare_here
    severity: defer
    title: {en: Flare, es: Brote}
    explanation: {en: Flare, es: Brote}
    action: {en: Wait, es: Esperar}
)";
    c.consent = R"(title: {en: Consent, es: Consentimiento}
body:
  en: I agree.
  es: Acepto.
)";
    return c;
}

std::filesystem::path MiniConfig::write() const {
    static std::atomic<int> counter{0};
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() /
                         ("kiosk-mini-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::create_directories(dir / "questionnaires");
    fs::create_directories(dir / "consent");
    std::ofstream(dir / "clinic.yaml") << clinic;
    std::ofstream(dir / "questionnaires" / "mini.yaml") << questionnaire;
    std::ofstream(dir / "consent" / "mini.yaml") << consent;
    return dir;
}

TextPosition take_marker(std::string& text) {
    TextPosition at;
    const size_t marker = text.find("@@");
    if (marker == std::string::npos) return at;
    text.erase(marker, 2);
    for (size_t i = 0; i < marker; ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.col = 1;
        } else {
            ++at.col;
        }
    }
    return at;
}

}  // namespace kiosk::testing
