// `intake-kiosk check` and `validate` end to end: JSON in and out, FHIR
// input, exit codes, and every bad answers file named precisely (exit 2).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>

#include "cli/cli_support.hpp"
#include "questionnaire/answers_file.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::run_kiosk;
using testing::temp_file;

const std::string kConfig = std::string("--config ") + KIOSK_SOURCE_DIR + "/kiosk-config";
const std::string kToday = " --today 2026-11-25";

json clear_file() {
    return {{"questionnaire", "microneedling"}, {"language", "en"}, {"answers", answers_to_json(testing::clear_client())}};
}

testing::RunResult check(const std::string& text) {
    return run_kiosk("check " + kConfig + kToday + " --answers " + temp_file(text));
}

TEST(CheckCli, ClearClientPrintsClear) {
    const auto r = check(clear_file().dump());
    ASSERT_EQ(r.code, 0) << r.err;
    const auto out = json::parse(r.out);
    EXPECT_EQ(out["disposition"], "clear");
    EXPECT_TRUE(out["findings"].is_array());
    EXPECT_TRUE(out["findings"].empty());
}

TEST(CheckCli, FindingsHaveTheContractShape) {
    auto f = clear_file();
    f["answers"]["cold_sore_active"] = true;
    f["answers"]["cold_sore_history"] = true;
    const auto r = check(f.dump());
    ASSERT_EQ(r.code, 0) << r.err;
    const auto out = json::parse(r.out);
    EXPECT_EQ(out["disposition"], "defer");
    ASSERT_EQ(out["findings"].size(), 2U);
    const auto& first = out["findings"][0];
    EXPECT_EQ(first["severity"], "defer");
    EXPECT_EQ(first["items"], json::array({"cold_sore_active"}));
    for (const char* key : {"rule", "explanation", "action"}) EXPECT_TRUE(first[key].is_string()) << key;
    EXPECT_EQ(out["findings"][1]["severity"], "review");
}

TEST(CheckCli, ReadsStdinAndSpanish) {
    auto f = clear_file();
    f["language"] = "es";
    f["answers"]["metal_allergy"] = true;
    const auto r = run_kiosk("check " + kConfig + kToday + " --answers -", f.dump());
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["disposition"], "decline");
}

TEST(CheckCli, AcceptsFhirQuestionnaireResponse) {
    json items = json::array();
    const json plain = clear_file();
    for (const auto& [id, v] : plain["answers"].items()) {
        if (id == "signature") continue;
        json answer = json::array();
        if (v.is_boolean()) answer.push_back({{"valueBoolean", v}});
        else if (v.is_array())
            for (const auto& c : v) answer.push_back({{"valueCoding", {{"code", c}}}});
        else if (id == "dob") answer.push_back({{"valueDate", v}});
        else answer.push_back({{"valueString", v}});
        items.push_back({{"linkId", id}, {"answer", answer}});
    }
    // Grouped by page, the way a FHIR form would send it.
    for (auto& it : items)
        if (it["linkId"] == "diabetes") it["answer"] = json::array({{{"valueBoolean", true}}});
    json qr = {{"resourceType", "QuestionnaireResponse"},
               {"status", "completed"},
               {"questionnaire", "https://clinic.example/fhir/Questionnaire/microneedling|2026.1"},
               {"item", json::array({{{"linkId", "all"}, {"item", items}}})}};
    const auto r = check(qr.dump());
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(json::parse(r.out)["disposition"], "clearance");
}

struct BadAnswers {
    const char* name;
    std::function<std::string()> make;
    const char* message;  // must appear on stderr
};

std::string with(const std::function<void(json&)>& edit) {
    auto f = clear_file();
    edit(f);
    return f.dump();
}

const BadAnswers kBad[] = {
    {"MalformedJson", [] { return std::string("{\"questionnaire\": \"microneedling\",\n \"answers\": {"); }, ":2:"},
    {"MalformedJsonSays", [] { return std::string("{\"questionnaire\": ]"); }, "malformed JSON"},
    {"Empty", [] { return std::string(); }, "malformed JSON"},
    {"InvalidUtf8", [] { return with([](json&) {}) + "\xff"; }, "invalid UTF-8"},
    {"InvalidUtf8InName", [] { std::string s = with([](json& f) { f["answers"]["first_name"] = "ANAXX"; }); s.replace(s.find("ANAXX"), 5, "An\xc3\x28"); return s; }, "invalid UTF-8"},
    {"NotAnObject", [] { return std::string("[1, 2]"); }, "expected a JSON object"},
    {"UnknownQuestionnaire", [] { return with([](json& f) { f["questionnaire"] = "botox"; }); }, "unknown questionnaire \"botox\""},
    {"MissingQuestionnaire", [] { return with([](json& f) { f.erase("questionnaire"); }); }, "questionnaire: missing"},
    {"LanguageNotOffered", [] { return with([](json& f) { f["language"] = "fr"; }); }, "language \"fr\" is not offered"},
    {"UnknownTopKey", [] { return with([](json& f) { f["patient"] = "x"; }); }, "patient: unknown key"},
    {"AnswersNotObject", [] { return with([](json& f) { f["answers"] = json::array(); }); }, "answers: expected an object"},
    {"UnknownItem", [] { return with([](json& f) { f["answers"]["favourite_colour"] = "blue"; }); }, "answers.favourite_colour: unknown item"},
    {"YesNoAsString", [] { return with([](json& f) { f["answers"]["cold_sore_active"] = "no"; }); }, "answers.cold_sore_active: expected true or false"},
    {"UnknownOption", [] { return with([](json& f) { f["answers"]["treatment_areas"] = {"face", "knees"}; }); }, "unknown option \"knees\""},
    {"ChoiceNotAList", [] { return with([](json& f) { f["answers"]["treatment_areas"] = "face"; }); }, "answers.treatment_areas: expected a list"},
    {"OptionTwice", [] { return with([](json& f) { f["answers"]["treatment_areas"] = {"face", "face"}; }); }, "given twice"},
    {"ImpossibleDate", [] { return with([](json& f) { f["answers"]["dob"] = "2023-02-30"; }); }, "answers.dob: \"2023-02-30\" is not a real date"},
    {"DateWrongFormat", [] { return with([](json& f) { f["answers"]["dob"] = "02/04/1990"; }); }, "is not a real date (YYYY-MM-DD)"},
    {"FutureDate", [] { return with([](json& f) { f["answers"]["dob"] = "2030-01-01"; }); }, "dob: date 2030-01-01 is in the future"},
    {"NumberForText", [] { return with([](json& f) { f["answers"]["first_name"] = 42; }); }, "answers.first_name: expected text, got 42"},
    {"MissingMedicalAnswer", [] { return with([](json& f) { f["answers"].erase("cold_sore_active"); }); }, "cold_sore_active: an answer is required"},
    {"NullIsUnanswered", [] { return with([](json& f) { f["answers"]["diabetes"] = nullptr; }); }, "diabetes: an answer is required"},
    {"ConsentNotGiven", [] { return with([](json& f) { f["answers"]["consent_risks"] = false; }); }, "consent_risks: must be answered yes"},
    {"BadEmail", [] { return with([](json& f) { f["answers"]["email"] = "ana@nowhere"; }); }, "email: not a valid email address"},
    {"BadSubmissionId", [] { return with([](json& f) { f["submission_id"] = "42"; }); }, "submission_id: expected a UUID"},
    {"BadSignature", [] { return with([](json& f) { f["answers"]["signature"] = {{"strokes", "x"}}; }); }, "answers.signature: expected {\"strokes\""},
    {"FhirWrongResource", [] { return std::string(R"({"resourceType": "Patient"})"); }, "expected \"QuestionnaireResponse\""},
    {"FhirUnknownLinkId", [] { return std::string(R"({"resourceType": "QuestionnaireResponse", "questionnaire": "microneedling", "item": [{"linkId": "shoe_size", "answer": [{"valueInteger": 9}]}]})"); }, "unknown item \"shoe_size\""},
    {"DuplicateKeyCannotHideAYes", [] { std::string s = with([](json&) {}); s.replace(s.find("\"diabetes\":false"), 16, "\"diabetes\":true,\"diabetes\":false"); return s; }, "answers.diabetes: this key is given twice"},
    {"NumberOverflow", [] { std::string s = with([](json&) {}); s.replace(s.find("\"Ana\""), 5, "1e999"); return s; }, "answers.first_name: number out of range"},
    {"FourHundredDigits", [] { std::string s = with([](json&) {}); s.replace(s.find("\"Ana\""), 5, std::string(400, '7')); return s; }, "answers.first_name: number out of range"},
    {"NulInName", [] { return with([](json& f) { f["answers"]["first_name"] = std::string("An\0a", 4); }); }, "answers.first_name: control character U+0000"},
    {"SignatureOffThePad", [] { return with([](json& f) { f["answers"]["signature"] = {{"strokes", {{{0.1, 0.5}, {1e30, 0.5}}}}}; }); }, "answers.signature.strokes[0][1]: coordinates must be between 0 and 1"},
    {"SignatureTooManyPoints", [] { return with([](json& f) { f["answers"]["signature"] = {{"strokes", {json::array()}}}; for (int i = 0; i < 4097; ++i) f["answers"]["signature"]["strokes"][0].push_back({0.5, 0.5}); }); }, "4097 points in all"},
    {"FhirGroupsTooDeep", [] { json items = {{{"linkId", "diabetes"}, {"answer", {{{"valueBoolean", true}}}}}}; for (int i = 0; i < 9; ++i) items = {{{"linkId", "g"}, {"item", items}}}; return json{{"resourceType", "QuestionnaireResponse"}, {"questionnaire", "microneedling"}, {"item", items}}.dump(); }, "groups nested more than 8 deep"},
    {"FhirNestedFortyThousandDeep", [] { std::string s = R"({"resourceType": "QuestionnaireResponse", "questionnaire": "microneedling", "item": )"; for (int i = 0; i < 40000; ++i) s += R"([{"linkId":"","item":)"; s += "[]"; for (int i = 0; i < 40000; ++i) s += "}]"; return s + "}"; }, "nested deeper than 32 levels"},
    {"FileOverOneMiB", [] { return std::string(1024 * 1024, ' ') + with([](json&) {}); }, "larger than the limit of 1048576 bytes"},
    {"FhirWrongValueType", [] { return std::string(R"({"resourceType": "QuestionnaireResponse", "questionnaire": "microneedling", "item": [{"linkId": "diabetes", "answer": [{"valueDate": "2020-01-01"}]}]})"); }, "expected true or false"},
};

class BadAnswersFile : public ::testing::TestWithParam<BadAnswers> {};

TEST_P(BadAnswersFile, ExitsTwoNamingTheProblem) {
    const auto& c = GetParam();
    const auto r = check(c.make());
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_TRUE(r.out.empty()) << "no output on bad input";
    EXPECT_NE(r.err.find(c.message), std::string::npos) << "stderr was:\n" << r.err;
}

INSTANTIATE_TEST_SUITE_P(Check, BadAnswersFile, ::testing::ValuesIn(kBad),
                         [](const ::testing::TestParamInfo<BadAnswers>& i) { return std::string(i.param.name); });

TEST(CheckCli, StdinIsReadNoFurtherThanTheLimit) {
    const auto r = run_kiosk("check " + kConfig + kToday + " --answers -", std::string(2 * 1024 * 1024, ' ') + clear_file().dump());
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("stdin: larger than the limit"), std::string::npos) << r.err;
    const auto endless = run_kiosk("check " + kConfig + kToday + " --answers /dev/zero");
    EXPECT_EQ(endless.code, 2) << "an endless file is refused, not read until memory runs out";
    EXPECT_NE(endless.err.find("/dev/zero: larger than the limit"), std::string::npos) << endless.err;
}

TEST(CheckCli, EveryProblemIsNamedNotJustTheFirst) {
    const auto r = check(with([](json& f) {
        f["answers"]["favourite_colour"] = "blue";
        f["answers"]["diabetes"] = "no";
    }));
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("favourite_colour"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("diabetes"), std::string::npos) << r.err;
}

TEST(CheckCli, UsageErrorsExitTwo) {
    EXPECT_EQ(run_kiosk("check " + kConfig).code, 2) << "--answers is required";
    EXPECT_EQ(run_kiosk("frobnicate").code, 2);
    EXPECT_EQ(run_kiosk("check " + kConfig + " --answers /nonexistent/answers.json").code, 2);
    const auto bad_day = run_kiosk("check " + kConfig + " --today 2026-02-30 --answers -", clear_file().dump());
    EXPECT_EQ(bad_day.code, 2);
    EXPECT_NE(bad_day.err.find("--today"), std::string::npos);
}

TEST(ValidateCli, SummarisesTheShippedConfig) {
    const auto r = run_kiosk("validate " + kConfig);
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* what : {"pages:", "items:", "rules:", "languages:     en, es", "microneedling"})
        EXPECT_NE(r.out.find(what), std::string::npos) << what << " missing from:\n" << r.out;
}

TEST(ValidateCli, BrokenConfigExitsTwoWithLocation) {
    const auto r = run_kiosk("validate --config /nonexistent-config-dir");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("/nonexistent-config-dir/clinic.yaml"), std::string::npos) << r.err;
}

TEST(Cli, HelpAndVersion) {
    const auto help = run_kiosk("--help");
    EXPECT_EQ(help.code, 0);
    for (const char* cmd : {"validate", "check", "--config", "--windowed", "--replay", "--screenshots"})
        EXPECT_NE(help.out.find(cmd), std::string::npos) << cmd;
    const auto version = run_kiosk("--version");
    EXPECT_EQ(version.code, 0);
    EXPECT_NE(version.out.find("intake-kiosk "), std::string::npos);
}

}  // namespace
}  // namespace kiosk
