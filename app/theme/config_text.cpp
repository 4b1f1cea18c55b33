#include "theme/config_text.hpp"

namespace kiosk::ui {

namespace {

void add(std::vector<std::string_view>& out, const kiosk::Localized& text) {
    for (const auto& [lang, s] : text.by_lang) out.emplace_back(s);
}

}  // namespace

std::vector<std::string_view> config_text(const kiosk::KioskConfig& config) {
    std::vector<std::string_view> out;
    const kiosk::Clinic& clinic = config.clinic;
    out.emplace_back(clinic.name);
    for (const kiosk::Localized* t : {&clinic.welcome, &clinic.privacy_note, &clinic.thanks_title, &clinic.thanks_body})
        add(out, *t);
    for (const kiosk::Language& l : clinic.languages) out.emplace_back(l.name);

    const kiosk::Questionnaire& q = config.questionnaire;
    add(out, q.title);
    for (const kiosk::InfoCard& card : q.cards) {
        add(out, card.title);
        add(out, card.body);
        for (const kiosk::Localized& b : card.bullets) add(out, b);
    }
    for (const kiosk::Page& page : q.pages) {
        add(out, page.title);
        add(out, page.intro);
        for (const kiosk::Item& item : page.items) {
            add(out, item.text);
            add(out, item.hint);
            add(out, item.validation.pattern_message);
            for (const kiosk::Option& o : item.options) add(out, o.label);
        }
    }
    for (const kiosk::Rule& rule : q.rules) {
        add(out, rule.title);
        add(out, rule.explanation);
        add(out, rule.action);
    }
    add(out, q.consent.title);
    add(out, q.consent.body);
    return out;
}

}  // namespace kiosk::ui
