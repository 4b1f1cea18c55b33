#include "export/pdf_words.hpp"

#include <cstdio>

#include "text/date_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::exporting::pdf {

namespace {

std::string number_words(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

const std::string* text_of(const AnswerMap& answers, std::string_view id) {
    auto it = answers.find(id);
    if (it == answers.end()) return nullptr;
    const auto* s = std::get_if<std::string>(&it->second);
    return s && !s->empty() ? s : nullptr;
}

}  // namespace

std::string answer_words(const Item& item, const Answer& a, std::string_view lang) {
    if (const bool* b = std::get_if<bool>(&a)) return std::string(text::tr(lang, *b ? "flow.yes" : "flow.no"));
    if (const auto* s = std::get_if<std::string>(&a)) {
        if (item.type != ItemType::SingleChoice) return *s;
        const Option* o = item.option(*s);
        return o ? o->label.in(lang) : *s;
    }
    if (const auto* c = std::get_if<Choices>(&a)) {
        if (c->empty()) return std::string(text::tr(lang, "pdf.none"));
        std::string out;
        for (const auto& id : *c) {
            const Option* o = item.option(id);
            if (!out.empty()) out += ", ";
            out += o ? o->label.in(lang) : id;
        }
        return out;
    }
    if (const double* n = std::get_if<double>(&a)) return number_words(*n);
    if (const Date* d = std::get_if<Date>(&a)) return text::long_date(*d, lang);
    if (const auto* sig = std::get_if<Signature>(&a)) return std::string(text::tr(lang, sig->drawn() ? "review.signed" : "practitioner.submission.not_signed"));
    return {};
}

ClientIdentity client_identity(const AnswerMap& answers, std::string_view words_lang) {
    ClientIdentity who;
    for (const char* id : {"first_name", "last_name"})
        if (const auto* s = text_of(answers, id)) who.name += (who.name.empty() ? "" : " ") + *s;
    if (who.name.empty())
        if (const auto* s = text_of(answers, "printed_name")) who.name = *s;
    if (who.name.empty()) who.name = text::tr(words_lang, "pdf.name_not_given");
    auto dob = answers.find("dob");
    const Date* d = dob == answers.end() ? nullptr : std::get_if<Date>(&dob->second);
    who.date_of_birth = d ? text::long_date(*d, words_lang) : std::string(text::tr(words_lang, "pdf.dob_not_given"));
    return who;
}

}  // namespace kiosk::exporting::pdf
