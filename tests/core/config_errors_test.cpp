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
    const size_t marker = text.find("@@");
    ASSERT_NE(marker, std::string::npos);
    text.erase(marker, 2);
    int line = 1, col = 1;
    for (size_t i = 0; i < marker; ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }

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
};

INSTANTIATE_TEST_SUITE_P(Malformed, ConfigErrors, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace kiosk
