#include "questionnaire/model.hpp"

#include <array>
#include <utility>

namespace kiosk {

namespace {
constexpr std::array<std::pair<ItemType, std::string_view>, 9> kItemTypes{{
    {ItemType::YesNo, "yes_no"},
    {ItemType::SingleChoice, "single_choice"},
    {ItemType::MultiChoice, "multi_choice"},
    {ItemType::Text, "text"},
    {ItemType::LongText, "long_text"},
    {ItemType::Number, "number"},
    {ItemType::Date, "date"},
    {ItemType::Info, "info"},
    {ItemType::Signature, "signature"},
}};

constexpr std::array<std::pair<Severity, std::string_view>, 5> kSeverities{{
    {Severity::Clear, "clear"},
    {Severity::Review, "review"},
    {Severity::Clearance, "clearance"},
    {Severity::Defer, "defer"},
    {Severity::Decline, "decline"},
}};
}  // namespace

std::string_view to_string(ItemType t) {
    for (const auto& [type, name] : kItemTypes)
        if (type == t) return name;
    return "?";
}

std::optional<ItemType> item_type_from(std::string_view s) {
    for (const auto& [type, name] : kItemTypes)
        if (name == s) return type;
    return std::nullopt;
}

ValueType value_type_of(ItemType t) {
    switch (t) {
        case ItemType::YesNo: return ValueType::Bool;
        case ItemType::SingleChoice: return ValueType::Choice;
        case ItemType::MultiChoice: return ValueType::ChoiceSet;
        case ItemType::Text:
        case ItemType::LongText: return ValueType::Text;
        case ItemType::Number: return ValueType::Number;
        case ItemType::Date: return ValueType::Date;
        case ItemType::Info:
        case ItemType::Signature: return ValueType::None;
    }
    return ValueType::None;
}

std::string_view to_string(Severity s) {
    for (const auto& [sev, name] : kSeverities)
        if (sev == s) return name;
    return "?";
}

std::optional<Severity> severity_from(std::string_view s) {
    for (const auto& [sev, name] : kSeverities)
        if (name == s) return sev;
    return std::nullopt;
}

const Option* Item::option(std::string_view option_id) const {
    for (const auto& o : options)
        if (o.id == option_id) return &o;
    return nullptr;
}

const Item* Questionnaire::find(std::string_view item_id) const {
    for (const auto& p : pages)
        for (const auto& i : p.items)
            if (i.id == item_id) return &i;
    return nullptr;
}

size_t Questionnaire::item_count() const {
    size_t n = 0;
    for (const auto& p : pages) n += p.items.size();
    return n;
}

bool KioskConfig::offers(std::string_view lang) const {
    for (const auto& l : clinic.languages)
        if (l.code == lang) return true;
    return false;
}

}  // namespace kiosk
