#include "export/pdf_words.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace kiosk::exporting::pdf {

namespace {

constexpr std::array<const char*, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};

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

std::string long_date(const Date& d) {
    const int m = d.month >= 1 && d.month <= 12 ? d.month : 1;
    return std::to_string(d.day) + " " + kMonths[static_cast<size_t>(m - 1)] + " " + std::to_string(d.year);
}

std::string local_time(std::int64_t unix_ms) {
    const std::time_t secs = static_cast<std::time_t>(unix_ms / 1000);
    std::tm tm{};
    if (localtime_r(&secs, &tm) == nullptr) return std::to_string(unix_ms);
    const long offset_min = tm.tm_gmtoff / 60;
    const long abs_min = offset_min < 0 ? -offset_min : offset_min;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s, %02d:%02d (UTC%c%02ld:%02ld)",
                  long_date({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}).c_str(), tm.tm_hour, tm.tm_min,
                  offset_min < 0 ? '-' : '+', abs_min / 60, abs_min % 60);
    return buf;
}

std::string decision_words(storage::Decision d, std::string_view defer_until) {
    switch (d) {
        case storage::Decision::Proceed: return "Proceed";
        case storage::Decision::Defer: {
            if (auto date = Date::parse(defer_until)) return "Defer until " + long_date(*date);
            return "Defer";
        }
        case storage::Decision::Refer: return "Refer for medical clearance";
        case storage::Decision::Decline: return "Decline";
    }
    return "Unknown";
}

std::string answer_words(const Item& item, const Answer& a, std::string_view lang) {
    if (const bool* b = std::get_if<bool>(&a)) return *b ? "Yes" : "No";
    if (const auto* s = std::get_if<std::string>(&a)) {
        if (item.type != ItemType::SingleChoice) return *s;
        const Option* o = item.option(*s);
        return o ? o->label.in(lang) : *s;
    }
    if (const auto* c = std::get_if<Choices>(&a)) {
        if (c->empty()) return "None";
        std::string out;
        for (const auto& id : *c) {
            const Option* o = item.option(id);
            if (!out.empty()) out += ", ";
            out += o ? o->label.in(lang) : id;
        }
        return out;
    }
    if (const double* n = std::get_if<double>(&a)) return number_words(*n);
    if (const Date* d = std::get_if<Date>(&a)) return long_date(*d);
    if (const auto* sig = std::get_if<Signature>(&a)) return sig->drawn() ? "Signed" : "Not signed";
    return {};
}

ClientIdentity client_identity(const AnswerMap& answers) {
    ClientIdentity who;
    for (const char* id : {"first_name", "last_name"})
        if (const auto* s = text_of(answers, id)) who.name += (who.name.empty() ? "" : " ") + *s;
    if (who.name.empty())
        if (const auto* s = text_of(answers, "printed_name")) who.name = *s;
    if (who.name.empty()) who.name = "Name not given";
    auto dob = answers.find("dob");
    const Date* d = dob == answers.end() ? nullptr : std::get_if<Date>(&dob->second);
    who.date_of_birth = d ? long_date(*d) : "not given";
    return who;
}

}  // namespace kiosk::exporting::pdf
