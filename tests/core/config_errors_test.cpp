// Every malformed config is refused with the exact file:line:col of the
// mistake. Each case breaks the valid mini config in one place; "@@" in the
// replacement marks where the error must be reported (and is removed).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "questionnaire/loader.hpp"
#include "support/mini_config.hpp"

namespace kiosk {
namespace {

enum class File { Clinic, Questionnaire, Consent };

struct Case {
    const char* name;
    File file;
    std::string find;
    std::string replace;  // contains "@@" where the error is expected
    std::string message;  // a substring of the expected message
    std::string find2 = {};     // an optional second edit in the same file
    std::string replace2 = {};
};

std::string& text_of(testing::MiniConfig& c, File f) {
    switch (f) {
        case File::Clinic: return c.clinic;
        case File::Questionnaire: return c.questionnaire;
        case File::Consent: return c.consent;
    }
    return c.clinic;
}

const char* file_name(File f) {
    switch (f) {
        case File::Clinic: return "clinic.yaml";
        case File::Questionnaire: return "questionnaires/mini.yaml";
        case File::Consent: return "consent/mini.yaml";
    }
    return "";
}

class ConfigErrors : public ::testing::TestWithParam<Case> {};

TEST_P(ConfigErrors, ReportsFileLineAndColumn) {
    const Case& c = GetParam();
    auto cfg = testing::MiniConfig::valid();
    std::string& text = text_of(cfg, c.file);
    const size_t at = text.find(c.find);
    ASSERT_NE(at, std::string::npos) << "fixture lacks: " << c.find;
    text.replace(at, c.find.size(), c.replace);
    if (!c.find2.empty()) {
        const size_t at2 = text.find(c.find2);
        ASSERT_NE(at2, std::string::npos) << "fixture lacks: " << c.find2;
        text.replace(at2, c.find2.size(), c.replace2);
    }
    ASSERT_NE(text.find("@@"), std::string::npos);
    const auto [line, col] = testing::take_marker(text);

    const auto dir = cfg.write();
    auto result = load_config(dir.string());
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(std::holds_alternative<Diagnostics>(result)) << "a broken config was accepted";
    const auto& problems = std::get<Diagnostics>(result);
    const std::string expected_file = (dir / file_name(c.file)).string();
    bool found = false;
    for (const auto& d : problems)
        found = found || (d.where.file == expected_file && d.where.line == line && d.where.col == col &&
                          d.message.find(c.message) != std::string::npos);
    EXPECT_TRUE(found) << "expected " << file_name(c.file) << ":" << line << ":" << col << ": ..." << c.message
                       << "...\ngot:\n"
                       << join_lines(problems);
}

// --- Generated texts for the limits (config_limits.hpp) ----------------------

std::string repeated(const std::string& piece, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += piece;
    return s;
}

// Two-letter codes "xa", "xb", ...: `n` extra languages after en and es.
std::string extra_languages(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) {
        const std::string code = {'x', static_cast<char>('a' + i % 26), static_cast<char>('a' + i / 26)};
        s += "  - {code: " + code + ", name: X}\n";
    }
    return s;
}

std::string extra_options(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i)
        s += "          - {id: o" + std::to_string(i) + ", label: {en: O, es: O}}\n";
    return s;
}

// `n` yes/no items; the one at `marked` (0-based) carries the "@@" marker.
std::string extra_items(size_t n, size_t marked) {
    std::string s;
    for (size_t i = 0; i < n; ++i)
        s += std::string("      - ") + (i == marked ? "@@" : "") + "{id: q" + std::to_string(i) +
             ", type: yes_no, text: {en: Q, es: Q}}\n";
    return s;
}

std::string extra_pages(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) {
        const std::string k = std::to_string(i);
        s += "  - {id: p" + k + ", title: {en: P, es: P}, items: [{id: i" + k + ", type: info, text: {en: I, es: I}}]}\n";
    }
    return s;
}

std::string extra_rules(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i)
        s += "  - {id: r" + std::to_string(i) +
             ", when: flare, severity: review, title: {en: R, es: R}, explanation: {en: R, es: R}, action: {en: R, es: R}}\n";
    return s;
}

// "age(dob) < 18 or age(dob) < 18 or ...", at least `min_bytes` long.
std::string long_condition(size_t min_bytes) {
    std::string s = "age(dob) < 18";
    while (s.size() < min_bytes) s += " or age(dob) < 18";
    return s;
}

const Case kCases[] = {
    {"YamlSyntax", File::Questionnaire, "version: \"1\"\n", "version: \"1\"\n  @@- broken\n", "YAML syntax"},
    {"UnknownTopKey", File::Clinic, "welcome:", "@@welcom:", "unknown key 'welcom'"},
    {"UnknownItemKey", File::Questionnaire, "        validation: {max_length: 20}", "        @@requird: yes\n        validation: {max_length: 20}", "unknown key 'requird'"},
    {"DuplicateKey", File::Questionnaire, "version: \"1\"\n", "version: \"1\"\n@@version: \"2\"\n", "duplicate key 'version'"},
    {"DuplicateItemId", File::Questionnaire, "      - id: dob", "      - id: @@name", "duplicate item id 'name'"},
    {"DuplicateOptionId", File::Questionnaire, "{id: neck,", "{id: @@face,", "duplicate option 'face'"},
    {"UnknownItemInCondition", File::Questionnaire, "show_if: flare = yes", "show_if: @@flair = yes", "unknown item 'flair'"},
    {"ConditionOnItself", File::Questionnaire, "show_if: flare = yes", "show_if: @@flare_here = yes", "refers to itself"},
    {"ConditionOnLaterItem", File::Questionnaire, "text: {en: Flare now, es: Brote ahora}\n", "text: {en: Flare now, es: Brote ahora}\n        show_if: @@flare_here\n", "comes later"},
    {"UnknownOptionInRule", File::Questionnaire, "when: age(dob) < 18", "when: areas contains @@\"chin\"", "'chin' is not an option"},
    {"UnknownItemInRule", File::Questionnaire, "when: age(dob) < 18", "when: age(@@birthday) < 18", "unknown item 'birthday'"},
    {"ExpressionSyntax", File::Questionnaire, "when: age(dob) < 18", "when: age(dob) < 18 @@)", "unexpected"},
    {"ExpressionQuotedScalar", File::Questionnaire, "when: age(dob) < 18", "when: 'age(dob) < 18 and @@nope'", "unknown item 'nope'"},
    {"MissingTranslation", File::Questionnaire, "text: {en: Name, es: Nombre}", "text: @@{en: Name}", "missing 'es' translation"},
    {"LanguageNotOffered", File::Questionnaire, "title: {en: Mini, es: Mini}", "title: {en: Mini, es: Mini, @@fr: Mini}", "language 'fr' is not offered"},
    {"UnknownItemType", File::Questionnaire, "type: date", "type: @@datetime", "unknown item type 'datetime'"},
    {"UnknownSeverity", File::Questionnaire, "severity: review", "severity: @@urgent", "unknown severity 'urgent'"},
    {"ClearIsNotARuleSeverity", File::Questionnaire, "severity: review", "severity: @@clear", "unknown severity 'clear'"},
    {"InvalidId", File::Questionnaire, "- id: what", "- id: @@What", "not a valid id"},
    {"BadColour", File::Clinic, "primary: \"#1F5C58\"", "primary: @@\"teal\"", "must be a colour"},
    {"TimeoutOutOfRange", File::Clinic, "idle_seconds: 90", "idle_seconds: @@5", "between 15 and 3600"},
    {"ValidationNotForType", File::Questionnaire, "validation: {not_future: true}", "validation: {not_future: true, @@max_length: 3}", "not a validation for a date item"},
    {"BadPattern", File::Questionnaire, "validation: {max_length: 20}", "validation: {max_length: 20, pattern: @@\"([a-z\", pattern_message: {en: x, es: y}}", "not a valid regular expression"},
    {"ImpossibleDateBound", File::Questionnaire, "validation: {not_future: true}", "validation: {not_future: true, min_date: @@\"1900-02-30\"}", "not a real date"},
    {"ConsentMissingTranslation", File::Consent, "body:\n  en: I agree.\n  es: Acepto.\n", "body:\n  @@en: I agree.\n", "missing 'es' translation of 'body'"},
    {"ConsentUnknownKey", File::Consent, "body:", "@@version: 2\nbody:", "unknown key 'version'"},
    {"QuestionnaireNotFound", File::Clinic, "questionnaire: mini", "questionnaire: @@maxi", "questionnaire 'maxi' not found"},
    {"QuestionnaireIdMismatch", File::Questionnaire, "id: mini\n", "id: @@other\n", "does not match its file name"},
    {"OptionsOnYesNo", File::Questionnaire, "text: {en: Flare now, es: Brote ahora}\n", "text: {en: Flare now, es: Brote ahora}\n        options: @@[{id: a, label: {en: A, es: A}}]\n", "only single_choice and multi_choice"},
    {"ConsentPageNotLast", File::Questionnaire, "  - id: you\n    title: {en: You, es: Usted}\n", "  - @@id: you\n    title: {en: You, es: Usted}\n    kind: consent\n", "must be the last page"},
    {"RuleReadsOptionalYesNo", File::Questionnaire, "      - id: flare\n        type: yes_no\n        text: {en: Flare now, es: Brote ahora}\n        required: true\n", "      - id: flare\n        type: yes_no\n        text: {en: Flare now, es: Brote ahora}\n", "is not required", "when: flare and", "when: @@flare and"},
    {"NumberAsCondition", File::Questionnaire, "when: age(dob) < 18", "when: @@age(dob)", "expected a condition"},

    // Limits (config_limits.hpp). Each would load, or fail elsewhere with
    // another message, without its check.
    {"ValueOf100000Characters", File::Questionnaire, "text: {en: Name, es: Nombre}",
     "text: {en: @@" + std::string(100000, 'x') + ", es: Nombre}", "this value is 100000 bytes long; at most 16384"},
    {"ValueJustPastTheLimit", File::Clinic, "name: Test Clinic", "name: @@" + std::string(16385, 'x'),
     "this value is 16385 bytes long"},
    // Refused before parsing: the text after the padding is not even YAML.
    {"FileLargerThanOneMiB", File::Questionnaire, "id: mini\n",
     "@@id: mini\n#" + std::string(1024 * 1024, 'x') + "\n  - [ not yaml\n", "larger than 1024 KiB"},
    // The root mapping is level 1, so the 32nd bracket opens level 33.
    {"YamlNestedDeeperThan32", File::Questionnaire, "title: {en: Mini, es: Mini}",
     "title: " + std::string(31, '[') + "@@" + std::string(9, '[') + std::string(40, ']'), "nested too deeply (at most 32"},
    {"TooManyLanguages", File::Clinic, "languages:\n  - {code: en,", "languages:\n  @@- {code: en,",
     "at most 20 languages are allowed; this list has 21", "  - {code: es, name: Español}\n",
     "  - {code: es, name: Español}\n" + extra_languages(19)},
    {"TooManyOptions", File::Questionnaire, "        options:\n          - {id: face,",
     "        options:\n          @@- {id: face,", "at most 100 options in one item are allowed; this list has 101",
     "          - {id: neck, label: {en: Neck, es: Cuello}}\n",
     "          - {id: neck, label: {en: Neck, es: Cuello}}\n" + extra_options(99)},
    // Five items come before these: the 996th added is the 1001st.
    {"TooManyItems", File::Questionnaire, "        show_if: flare = yes\n",
     "        show_if: flare = yes\n" + extra_items(1000, 995), "more than 1000 items in the questionnaire"},
    {"TooManyPages", File::Questionnaire, "pages:\n  - id: you", "pages:\n  @@- id: you",
     "at most 100 pages are allowed; this list has 101", "rules:\n", extra_pages(99) + "rules:\n"},
    {"TooManyRules", File::Questionnaire, "rules:\n  - id: minor", "rules:\n  @@- id: minor",
     "at most 500 rules are allowed; this list has 501", "    action: {en: Wait, es: Esperar}\n",
     "    action: {en: Wait, es: Esperar}\n" + extra_rules(499)},
    {"ExpressionLongerThan4000", File::Questionnaire, "when: age(dob) < 18", "when: @@" + long_condition(4001),
     "characters long; at most 4000 are allowed"},
    // 64 brackets inside one another are allowed; the 65th is reported.
    {"ExpressionNestedDeeperThan64", File::Questionnaire, "when: age(dob) < 18",
     "when: " + std::string(64, '(') + "@@(age(dob) < 18" + std::string(65, ')'), "nested too deeply (at most 64"},
    {"ExpressionNotsDeeperThan64", File::Questionnaire, "when: flare and", "when: " + repeated("not ", 64) + "@@not flare and",
     "nested too deeply (at most 64"},
    // Found by the issue: ~80 000 `and`s crashed `validate` (recursive
    // evaluation). Far past the value limit, it is refused as a long value.
    {"WhenOf80000Ands", File::Questionnaire, "when: flare and flare_here",
     "when: @@flare" + repeated(" and flare", 80000), "this value is 800005 bytes long"},
    {"PatternWithBackreference", File::Questionnaire, "validation: {max_length: 20}",
     "validation: {max_length: 20, pattern: @@'(a)\\1', pattern_message: {en: x, es: y}}",
     "not a valid regular expression: invalid escape sequence"},
    {"PatternWithLookahead", File::Questionnaire, "validation: {max_length: 20}",
     "validation: {max_length: 20, pattern: @@'(?=a)a', pattern_message: {en: x, es: y}}",
     "not a valid regular expression"},
    {"PatternLongerThan1000", File::Questionnaire, "validation: {max_length: 20}",
     "validation: {max_length: 20, pattern: @@'" + std::string(1001, 'a') + "', pattern_message: {en: x, es: y}}",
     "the pattern is 1001 characters long; at most 1000"},
    {"ConsentIsDevZero", File::Questionnaire, "consent: consent/mini.yaml", "@@consent: /dev/zero",
     "consent file '/dev/zero' is outside the config folder"},
    {"ConsentAboveTheFolder", File::Questionnaire, "consent: consent/mini.yaml", "@@consent: ../consent/mini.yaml",
     "consent file '../consent/mini.yaml' is outside the config folder"},
    {"ConsentClimbsOutAndBack", File::Questionnaire, "consent: consent/mini.yaml",
     "@@consent: consent/../../x/consent/mini.yaml", "is outside the config folder"},
    {"ConsentIsAFolder", File::Questionnaire, "consent: consent/mini.yaml", "@@consent: consent",
     "consent file 'consent' is not a regular file"},
    {"ConsentIsTheFolderItself", File::Questionnaire, "consent: consent/mini.yaml", "@@consent: .",
     "consent file '.' is not a regular file"},
    {"ConsentNameLongerThan255", File::Questionnaire, "consent: consent/mini.yaml",
     "@@consent: consent/" + std::string(300, 'c') + ".yaml",
     "cannot be resolved (File name too long)"},
};

INSTANTIATE_TEST_SUITE_P(Malformed, ConfigErrors, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace kiosk
