#pragma once
// The questionnaire and clinic configuration as loaded from kiosk-config/.
// Built only by the loader, which has checked everything; immutable after.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "questionnaire/expression.hpp"
#include "questionnaire/localized.hpp"
#include "questionnaire/text_pattern.hpp"

namespace kiosk {

enum class ItemType { YesNo, SingleChoice, MultiChoice, Text, LongText, Number, Date, Info, Signature };

[[nodiscard]] std::string_view to_string(ItemType t);
[[nodiscard]] std::optional<ItemType> item_type_from(std::string_view s);
[[nodiscard]] ValueType value_type_of(ItemType t);

enum class Severity { Clear = 0, Review = 1, Clearance = 2, Defer = 3, Decline = 4 };

[[nodiscard]] std::string_view to_string(Severity s);
[[nodiscard]] std::optional<Severity> severity_from(std::string_view s);

struct Option {
    std::string id;
    Localized label;
};

// Built-in formats for short text: "email", "phone".
enum class TextFormat { Any, Email, Phone };

struct Validation {
    std::optional<double> min;  // number
    std::optional<double> max;
    bool integer = false;                // number must be whole
    std::optional<size_t> min_length;    // text, in characters
    std::optional<size_t> max_length;
    std::optional<std::string> pattern;  // text: RE2 syntax, whole value
    std::optional<TextPattern> pattern_re;
    Localized pattern_message;           // shown when the pattern does not match
    TextFormat format = TextFormat::Any;
    bool not_future = false;             // date
    std::optional<kiosk::Date> min_date;
    std::optional<kiosk::Date> max_date;
    std::optional<bool> must_be;         // yes/no that must be answered this way (consent)
    std::optional<size_t> min_choices;   // multiple choice
    std::optional<size_t> max_choices;
};

struct Item {
    std::string id;
    ItemType type = ItemType::Info;
    Localized text;
    Localized hint;  // optional help under the question
    std::vector<Option> options;
    bool required = false;
    std::optional<Expression> show_if;
    Validation validation;
    SourceLoc loc;

    [[nodiscard]] const Option* option(std::string_view id) const;
};

enum class PageKind { Questions, Consent };

struct Page {
    std::string id;
    PageKind kind = PageKind::Questions;
    Localized title;
    Localized intro;
    std::vector<Item> items;
    SourceLoc loc;
};

struct Rule {
    std::string id;
    Expression when;
    Severity severity = Severity::Review;
    Localized title;        // short name shown on the finding
    Localized explanation;  // practitioner-facing: why this matters
    Localized action;       // practitioner-facing: what to do
    SourceLoc loc;
};

struct InfoCard {
    std::string id;
    Localized title;
    Localized body;
    std::vector<Localized> bullets;
};

struct Consent {
    Localized title;
    Localized body;
    std::string version;  // content hash of title+body in every language (hex)
};

struct Questionnaire {
    std::string id;
    std::string version;       // the clinic's own label, e.g. "2026.1"
    std::string content_hash;  // hash of the questionnaire file's bytes (hex)
    std::string source_text;   // the file as loaded, for snapshots
    Localized title;
    std::vector<InfoCard> cards;
    std::vector<Page> pages;
    std::vector<Rule> rules;
    Consent consent;

    [[nodiscard]] const Item* find(std::string_view item_id) const;
    [[nodiscard]] size_t item_count() const;
};

struct Language {
    std::string code;  // "en"
    std::string name;  // in its own language: "English", "Español"
};

struct Theme {
    std::uint32_t primary = 0x1F5C58;     // RGB
    std::uint32_t background = 0xF7F2EC;
    std::uint32_t accent = 0xE7CBB9;
    float font_scale = 1.0F;
    bool high_contrast = false;
};

struct Timeouts {
    int idle_seconds = 90;
    int countdown_seconds = 30;
    int practitioner_idle_seconds = 120;
    int thanks_seconds = 20;
};

struct Clinic {
    std::string name;
    Localized welcome;
    Localized privacy_note;
    Localized thanks_title;
    Localized thanks_body;
    std::vector<Language> languages;  // the first is the default
    std::string questionnaire;        // id of the questionnaire the kiosk runs
    Theme theme;
    Timeouts timeouts;
    std::string data_dir;             // empty: the per-user default
    std::string export_dir;           // empty: the kiosk exports nothing (no default in the data folder)
    std::string timezone;             // IANA name (Europe/Madrid); empty: the system's
};

struct KioskConfig {
    std::string dir;
    Clinic clinic;
    Questionnaire questionnaire;

    [[nodiscard]] bool offers(std::string_view lang) const;
};

}  // namespace kiosk
