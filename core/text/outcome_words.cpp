#include "text/outcome_words.hpp"

#include "text/date_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::text {

std::string_view severity_word(Severity s, std::string_view lang) {
    return tr(lang, "severity." + std::string(to_string(s)));
}

std::string outcome_words(storage::Decision d, std::string_view defer_until, std::string_view lang) {
    if (d == storage::Decision::Defer) {
        if (const auto date = Date::parse(defer_until)) return tr(lang, "outcome.defer_until", {{"date", long_date(*date, lang)}});
        return std::string(tr(lang, "outcome.defer"));
    }
    return std::string(tr(lang, "outcome." + std::string(storage::to_string(d))));
}

}  // namespace kiosk::text
