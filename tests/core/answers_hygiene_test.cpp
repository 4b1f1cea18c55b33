// Input hygiene of answers files (DESIGN §7, issue #9): duplicate keys, numbers
// out of range, control characters, oversized text and signatures, nesting,
// and the file's size are each refused with their JSON path, never guessed.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "common/strict_json.hpp"
#include "questionnaire/answer_limits.hpp"
#include "questionnaire/answers_file.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::clear_client;
using testing::shipped_config;

json clear_file() {
    return {{"questionnaire", "microneedling"}, {"language", "en"}, {"answers", answers_to_json(clear_client())}};
}

// All problems as one text ("" when the file is accepted).
std::string problems_of(const std::string& text) {
    const auto r = parse_answers(text, "answers.json", shipped_config());
    const auto* d = std::get_if<Diagnostics>(&r);
    return d ? join_lines(*d) : std::string();
}

std::string problems_of(const json& doc) { return problems_of(doc.dump()); }

json with_signature(const json& strokes) {
    json f = clear_file();
    f["answers"]["signature"] = {{"strokes", strokes}};
    return f;
}

// `n` strokes of `per` points each, all inside the pad.
json strokes_of(size_t n, size_t per) {
    json strokes = json::array();
    for (size_t i = 0; i < n; ++i) {
        json s = json::array();
        for (size_t j = 0; j < per; ++j) s.push_back({0.25, 0.5});
        strokes.push_back(std::move(s));
    }
    return strokes;
}

TEST(StrictJson, DuplicateKeysAnywhereAreRefusedWithPathAndPlace) {
    const auto r = parse_strict_json("{\"answers\": {\n  \"diabetes\": true,\n  \"diabetes\": false}}", 32);
    ASSERT_TRUE(std::holds_alternative<StrictJsonError>(r));
    const auto& e = std::get<StrictJsonError>(r);
    EXPECT_EQ(e.path, "answers.diabetes");
    EXPECT_NE(e.message.find("twice"), std::string::npos) << e.message;
    EXPECT_EQ(e.byte, std::string("{\"answers\": {\n  \"diabetes\": true,\n  \"diabetes").size()) << "the key's closing quote";

    const auto deep = parse_strict_json(R"({"a": [{"x": 1}, {"y": 1, "y": 2}]})", 32);
    ASSERT_TRUE(std::holds_alternative<StrictJsonError>(deep));
    EXPECT_EQ(std::get<StrictJsonError>(deep).path, "a[1].y");

    const auto odd = parse_strict_json(R"({"a b": 1, "a b": 2})", 32);
    ASSERT_TRUE(std::holds_alternative<StrictJsonError>(odd));
    EXPECT_EQ(std::get<StrictJsonError>(odd).path, R"(["a b"])") << "a key that is not plain is quoted";
}

TEST(StrictJson, NumbersNoDoubleHoldsAreRefusedWithTheirPath) {
    for (const std::string& n : std::vector<std::string>{"1e999", "-1e999", std::string(400, '9')}) {
        const auto r = parse_strict_json(R"({"answers": {"x": [0, )" + n + "]}}", 32);
        ASSERT_TRUE(std::holds_alternative<StrictJsonError>(r)) << n;
        const auto& e = std::get<StrictJsonError>(r);
        EXPECT_EQ(e.path, "answers.x[1]") << n;
        EXPECT_NE(e.message.find("out of range"), std::string::npos) << e.message;
    }
    const auto ok = parse_strict_json(R"({"a": 1e-999, "b": 18446744073709551615, "c": -9223372036854775808})", 32);
    ASSERT_TRUE(std::holds_alternative<json>(ok)) << "underflow is zero; 64-bit integers fit";
    EXPECT_EQ(std::get<json>(ok)["a"], 0.0);
}

TEST(StrictJson, NestingIsBounded) {
    const auto nested = [](size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    EXPECT_TRUE(std::holds_alternative<json>(parse_strict_json(nested(32), 32)));
    const auto r = parse_strict_json(nested(33), 32);
    ASSERT_TRUE(std::holds_alternative<StrictJsonError>(r));
    EXPECT_NE(std::get<StrictJsonError>(r).message.find("deeper than 32"), std::string::npos);
    std::string path;
    for (int i = 0; i < 32; ++i) path += "[0]";
    EXPECT_EQ(std::get<StrictJsonError>(r).path, path) << "the array that would be the 33rd level";
    // A million levels: refused at the bound, no deep recursion anywhere.
    EXPECT_TRUE(std::holds_alternative<StrictJsonError>(parse_strict_json(nested(1'000'000), 32)));
}

TEST(StrictJson, BuildsTheSameDocumentAsNlohmann) {
    const std::string text = clear_file().dump(2);
    const auto r = parse_strict_json(text, 32);
    ASSERT_TRUE(std::holds_alternative<json>(r));
    EXPECT_EQ(std::get<json>(r), json::parse(text));
    const auto bad = parse_strict_json("{\"a\": }", 32);
    ASSERT_TRUE(std::holds_alternative<StrictJsonError>(bad));
    EXPECT_NE(std::get<StrictJsonError>(bad).message.find("malformed JSON"), std::string::npos);
}

TEST(AnswersHygiene, AMedicalYesCannotBeHiddenByASecondKey) {
    std::string text = clear_file().dump();
    text.replace(text.find("\"diabetes\":false"), 16, "\"diabetes\":true,\"diabetes\":false");
    const std::string p = problems_of(text);
    EXPECT_NE(p.find("answers.diabetes: this key is given twice"), std::string::npos) << p;
    EXPECT_NE(p.find("answers.json:1:"), std::string::npos) << "with its place: " << p;
}

TEST(AnswersHygiene, AFhirLinkIdAnsweredTwiceIsRefused) {
    const json qr = {{"resourceType", "QuestionnaireResponse"},
                     {"questionnaire", "microneedling"},
                     {"item", {{{"linkId", "p1"}, {"item", {{{"linkId", "diabetes"}, {"answer", {{{"valueBoolean", true}}}}}}}},
                               {{"linkId", "p2"}, {"item", {{{"linkId", "diabetes"}, {"answer", {{{"valueBoolean", false}}}}}}}}}}};
    const std::string p = problems_of(qr);
    EXPECT_NE(p.find("item[1].item[0] (diabetes): \"diabetes\" is answered twice"), std::string::npos) << p;
}

TEST(AnswersHygiene, HugeNumbersAreBadInputWithTheirPath) {
    std::string text = clear_file().dump();
    text.replace(text.find("\"Ana\""), 5, "1e999");
    EXPECT_NE(problems_of(text).find("answers.first_name: number out of range"), std::string::npos) << problems_of(text);
}

TEST(AnswersHygiene, ControlCharactersInTextAreRefused) {
    json f = clear_file();
    f["answers"]["first_name"] = std::string("An\0a", 4);
    EXPECT_NE(problems_of(f).find("answers.first_name: control character U+0000 at character 3"), std::string::npos)
        << problems_of(f);
    f["answers"]["first_name"] = "Ana\x1b[2J";
    EXPECT_NE(problems_of(f).find("U+001B"), std::string::npos);
    f["answers"]["first_name"] = "Ana\xC2\x85";  // NEL, a C1 control
    EXPECT_NE(problems_of(f).find("U+0085"), std::string::npos);
    f["answers"]["first_name"] = "Ana\tMaría";
    EXPECT_NE(problems_of(f).find("U+0009"), std::string::npos) << "no tab in short text";

    f = clear_file();
    f["answers"]["health_notes"] = "Line one\n\tLine two, Núñez";
    EXPECT_EQ(problems_of(f), "") << "long text keeps line breaks and tabs";
    f["answers"]["health_notes"] = "one\r\ntwo";
    EXPECT_NE(problems_of(f).find("answers.health_notes: control character U+000D"), std::string::npos);
}

TEST(AnswersHygiene, TextLengthIsBoundedPerItemType) {
    json f = clear_file();
    f["answers"]["health_notes"] = std::string(limits::kLongTextChars, 'a');
    EXPECT_EQ(problems_of(f), "");
    f["answers"]["health_notes"] = std::string(limits::kLongTextChars + 1, 'a');
    EXPECT_NE(problems_of(f).find("answers.health_notes: text of 10001 characters"), std::string::npos);
    f = clear_file();
    std::string name;
    for (size_t i = 0; i <= limits::kShortTextChars; ++i) name += "\xC3\xB1";  // counted in characters, not bytes
    f["answers"]["first_name"] = name;
    const std::string p = problems_of(f);
    EXPECT_NE(p.find("answers.first_name: text of 1001 characters"), std::string::npos) << p;
    EXPECT_LT(p.size(), 400U) << "the message is no copy of the text";
}

TEST(AnswersHygiene, MessagesShowOnlyTheStartOfAWrongValue) {
    json f = clear_file();
    f["answers"]["diabetes"] = std::string(500, 'x');
    const std::string p = problems_of(f);
    EXPECT_NE(p.find("expected true or false"), std::string::npos) << p;
    EXPECT_EQ(p.find(std::string(41, 'x')), std::string::npos) << p;
}

TEST(AnswersHygiene, SignatureStrokesAndPointsAreBounded) {
    EXPECT_EQ(problems_of(with_signature(strokes_of(limits::kSignatureStrokes, 64))), "");
    EXPECT_NE(problems_of(with_signature(strokes_of(limits::kSignatureStrokes + 1, 2)))
                  .find("answers.signature.strokes: 65 strokes"),
              std::string::npos);
    EXPECT_EQ(problems_of(with_signature(strokes_of(1, limits::kSignaturePoints))), "");
    EXPECT_NE(problems_of(with_signature(strokes_of(2, limits::kSignaturePoints / 2 + 1)))
                  .find("answers.signature.strokes: 4098 points in all"),
              std::string::npos);
}

TEST(AnswersHygiene, SignaturePointsMustBeOnThePad) {
    for (const json& bad : {json{0.5, 1.5}, json{-0.01, 0.5}, json{0.5, 1e300}, json{0.5, -1e300}}) {
        json strokes = strokes_of(2, 3);
        strokes[1][2] = bad;
        const std::string p = problems_of(with_signature(strokes));
        EXPECT_NE(p.find("answers.signature.strokes[1][2]: coordinates must be between 0 and 1"), std::string::npos)
            << bad << ": " << p;
    }
    json edges = strokes_of(1, 2);
    edges[0] = {{0, 0}, {1.0, 1}};
    EXPECT_EQ(problems_of(with_signature(edges)), "");
}

TEST(AnswersHygiene, TheFileSizeIsBoundedBeforeParsing) {
    std::string text = clear_file().dump();
    text.append(limits::kAnswersFileBytes - text.size(), ' ');
    EXPECT_EQ(problems_of(text), "") << "exactly at the limit";
    text.push_back(' ');
    EXPECT_NE(problems_of(text).find("answers.json: larger than the limit of 1048576 bytes"), std::string::npos);
    EXPECT_NE(problems_of(std::string(limits::kAnswersFileBytes + 1, '[')).find("larger than"), std::string::npos)
        << "refused before the parser sees it";
}

TEST(AnswersHygiene, TheNumberOfAnswersIsBounded) {
    json f = clear_file();
    for (size_t i = 0; i < limits::kAnswers; ++i) f["answers"]["x" + std::to_string(i)] = nullptr;
    const std::string p = problems_of(f);
    EXPECT_NE(p.find("more than 1000 answers or items"), std::string::npos);
    size_t reported = 0;
    for (size_t at = p.find('\n'); at != std::string::npos; at = p.find('\n', at + 1)) ++reported;
    EXPECT_LE(reported, limits::kAnswers + 1) << "the rest is not read";
}

// FHIR groups `depth` deep around one answer.
json fhir_nested(size_t depth) {
    json items = {{{"linkId", "diabetes"}, {"answer", {{{"valueBoolean", true}}}}}};
    for (size_t i = 0; i < depth; ++i) items = {{{"linkId", "g" + std::to_string(i)}, {"item", items}}};
    return {{"resourceType", "QuestionnaireResponse"}, {"questionnaire", "microneedling"}, {"item", items}};
}

TEST(AnswersHygiene, FhirGroupsAreReadToABoundedDepth) {
    EXPECT_EQ(problems_of(fhir_nested(limits::kFhirGroupDepth)), "");
    const std::string deep = problems_of(fhir_nested(limits::kFhirGroupDepth + 1));
    std::string path = "item[0]";
    for (size_t i = 0; i < limits::kFhirGroupDepth; ++i) path += ".item[0]";
    EXPECT_NE(deep.find(path + ".item: groups nested more than 8 deep"), std::string::npos) << deep;
}

TEST(AnswersHygiene, SubmissionIdIsAUuidByPlainScan) {
    json f = clear_file();
    for (const char* good : {"0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E"}) {
        f["submission_id"] = good;
        EXPECT_EQ(problems_of(f), "") << good;
    }
    for (const std::string& bad : std::vector<std::string>{"0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950g",
                                  "0f8fad5bd-9cb-469f-a165-70867728950e", std::string(100'000, 'a')}) {
        f["submission_id"] = bad;
        EXPECT_NE(problems_of(f).find("submission_id: expected a UUID"), std::string::npos) << bad.substr(0, 40);
    }
}

}  // namespace
}  // namespace kiosk
