// Exports (DESIGN §6, §7): FHIR R4 QuestionnaireResponse and Bundle, CSV with
// formula neutralisation, the signature as PNG, and questionnaire snapshots.
#include <gtest/gtest.h>

#include "common/iso_time.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/csv_export.hpp"
#include "export/fhir_export.hpp"
#include "export/signature_png.hpp"
#include "questionnaire/answers_file.hpp"
#include "questionnaire/loader.hpp"
#include "questionnaire/snapshot_loader.hpp"
#include "questionnaire/validation.hpp"
#include "rules/check_json.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/opened_submission.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::clear_client;
using testing::kToday;
using testing::opened_submission;
using testing::submitted_ms;

const std::string& kId = testing::kSubmissionId;
const std::string kPngMagic = "\x89PNG\r\n\x1a\n";

// The shipped questionnaire, a client with a cold sore (defer) and a hidden
// follow-up answered anyway.
AnswerMap cold_sore_client() {
    AnswerMap a = clear_client();
    a["cold_sore_active"] = true;
    a["eczema_psoriasis_flare"] = false;
    a["flare_in_treatment_area"] = true;  // hidden: its condition is false
    a["isotretinoin_last_dose"] = Date{2025, 1, 15};
    a["concerns"] = Choices{"acne_scars", "pores"};
    a["treatment_areas"] = Choices{"face", "neck"};
    return a;
}

std::optional<std::string> base64_decode(const std::string& in) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    if (in.size() % 4 != 0) return std::nullopt;
    std::string out;
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '=') {
            if (i + 2 < in.size()) return std::nullopt;
            break;
        }
        const int v = value(in[i]);
        if (v < 0) return std::nullopt;
        acc = (acc << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFFU);
        }
    }
    return out;
}

std::set<std::string> rule_ids_in(const json& resource) {
    std::set<std::string> ids;
    for (const auto& ext : resource.at("extension")) {
        if (ext.at("url") != "urn:intake-kiosk:finding") continue;
        for (const auto& sub : ext.at("extension"))
            if (sub.at("url") == "rule") ids.insert(sub.at("valueCode").get<std::string>());
    }
    return ids;
}

const json* find_group_item(const json& resource, const std::string& link_id) {
    for (const auto& group : resource.at("item"))
        for (const auto& item : group.at("item"))
            if (item.at("linkId") == link_id) return &item;
    return nullptr;
}

// A small questionnaire with the item types the shipped one lacks.
const char* kMiniYaml = R"(id: mini
version: "3"
title: {en: Mini, es: Mini}
pages:
  - id: about
    title: {en: About you, es: Sobre usted}
    items:
      - id: welcome_note
        type: info
        text: {en: Read this, es: Lea esto}
      - id: name
        type: text
        text: {en: Name, es: Nombre}
      - id: skin_type
        type: single_choice
        text: {en: Skin type, es: Tipo de piel}
        options:
          - {id: dry, label: {en: Dry, es: Seca}}
          - {id: oily, label: {en: Oily, es: Grasa}}
      - id: sessions
        type: number
        text: {en: Sessions so far, es: Sesiones hasta ahora}
        validation: {integer: true}
      - id: weight
        type: number
        text: {en: Weight, es: Peso}
      - id: notes
        type: long_text
        text: {en: Notes, es: Notas}
      - id: smoker
        type: yes_no
        text: {en: Do you smoke, es: Fuma}
        required: true
      - id: packs
        type: text
        text: {en: How much, es: Cuánto}
        show_if: smoker = yes
      - id: areas
        type: multi_choice
        text: {en: Areas, es: Zonas}
        options:
          - {id: face, label: {en: Face, es: Cara}}
          - {id: neck, label: {en: Neck, es: Cuello}}
rules:
  - id: smokes
    when: smoker
    severity: review
    title: {en: Smoker, es: Fumador}
    explanation: {en: Slower healing, es: Cicatriza más lento}
    action: {en: Discuss, es: Hablar}
)";

const Questionnaire& mini() {
    static const Questionnaire q = [] {
        auto r = load_questionnaire_snapshot(kMiniYaml, {});
        if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(join_lines(*d));
        return std::get<Questionnaire>(std::move(r));
    }();
    return q;
}

// A strict RFC 4180 reader: CRLF line ends, quotes only around whole fields.
std::optional<std::vector<std::vector<std::string>>> parse_csv(std::string_view s) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c != '"') field += c;
            else if (i + 1 < s.size() && s[i + 1] == '"') field += s[++i];
            else quoted = false;
            continue;
        }
        if (c == '"') {
            if (!field.empty() || was_quoted) return std::nullopt;  // a quote inside an unquoted field
            quoted = was_quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            ++i;
            row.push_back(std::move(field));
            rows.push_back(std::move(row));
            field.clear();
            row.clear();
            was_quoted = false;
        } else if (c == '\r' || c == '\n' || was_quoted) {
            return std::nullopt;  // a bare line break, or text after a closing quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.empty() || !row.empty()) return std::nullopt;  // the last line must end in CRLF
    return rows;
}

std::map<std::string, std::string> row_by_column(const std::vector<std::vector<std::string>>& rows, size_t r) {
    std::map<std::string, std::string> out;
    for (size_t i = 0; i < rows[0].size() && i < rows[r].size(); ++i) out[rows[0][i]] = rows[r][i];
    return out;
}

// --- FHIR -----------------------------------------------------------------

TEST(ExportFhir, BundleOfQuestionnaireResponses) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const auto a = opened_submission(q, cold_sore_client(), "en");
    const auto b = opened_submission(q, clear_client(), "es", "6f1c7c4e-8a34-4a8e-9a57-1d0c2f6b9e21");
    const json out = exporting::bundle({exporting::questionnaire_response(a, q), exporting::questionnaire_response(b, q)});

    EXPECT_EQ(out.at("resourceType"), "Bundle");
    EXPECT_EQ(out.at("type"), "collection");
    ASSERT_EQ(out.at("entry").size(), 2U);
    EXPECT_EQ(out["entry"][0].at("fullUrl"), "urn:uuid:" + kId);
    EXPECT_EQ(out["entry"][1].at("fullUrl"), "urn:uuid:6f1c7c4e-8a34-4a8e-9a57-1d0c2f6b9e21");
    for (const auto& e : out["entry"]) {
        EXPECT_EQ(e.at("resource").at("resourceType"), "QuestionnaireResponse");
        EXPECT_EQ(e.at("resource").at("status"), "completed");
    }
}

TEST(ExportFhir, HeaderFields) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const json r = exporting::questionnaire_response(opened_submission(q, cold_sore_client(), "es"), q);
    EXPECT_EQ(r.at("id"), kId);
    EXPECT_EQ(r.at("authored"), "2026-11-25T14:03:00Z");
    EXPECT_EQ(r.at("language"), "es");
    EXPECT_EQ(r.at("questionnaire"), "urn:intake-kiosk:questionnaire/microneedling|" + q.content_hash);
}

TEST(ExportFhir, LinkIdsArePagesAndTheirItemsInTheSubmissionsLanguage) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const json r = exporting::questionnaire_response(opened_submission(q, cold_sore_client(), "es"), q);
    ASSERT_TRUE(r.contains("item"));
    for (const auto& group : r["item"]) {
        const std::string page_id = group.at("linkId");
        const auto page = std::find_if(q.pages.begin(), q.pages.end(), [&](const Page& p) { return p.id == page_id; });
        ASSERT_NE(page, q.pages.end()) << "group linkId " << page_id << " is not a page";
        EXPECT_EQ(group.at("text"), page->title.in("es"));
        ASSERT_FALSE(group.at("item").empty());
        for (const auto& item : group["item"]) {
            const std::string id = item.at("linkId");
            const auto it = std::find_if(page->items.begin(), page->items.end(), [&](const Item& i) { return i.id == id; });
            ASSERT_NE(it, page->items.end()) << id << " is not an item of page " << page_id;
            EXPECT_EQ(item.at("text"), it->text.in("es"));
            EXPECT_FALSE(item.at("answer").empty());
        }
    }
}

TEST(ExportFhir, ValueTypesFollowItemTypes) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const json r = exporting::questionnaire_response(opened_submission(q, cold_sore_client(), "en"), q);
    std::set<ItemType> seen;
    for (const auto& group : r.at("item")) {
        for (const auto& item : group.at("item")) {
            const Item* def = q.find(item.at("linkId").get<std::string>());
            ASSERT_NE(def, nullptr);
            seen.insert(def->type);
            const json& answers = item.at("answer");
            if (def->type != ItemType::MultiChoice) {
                ASSERT_EQ(answers.size(), 1U) << def->id;
            }
            for (const auto& ans : answers) {
                ASSERT_EQ(ans.size(), 1U) << "one value[x] per answer: " << ans.dump();
                switch (def->type) {
                    case ItemType::YesNo: EXPECT_TRUE(ans.at("valueBoolean").is_boolean()) << def->id; break;
                    case ItemType::SingleChoice:
                    case ItemType::MultiChoice: {
                        const std::string code = ans.at("valueCoding").at("code");
                        const Option* o = def->option(code);
                        ASSERT_NE(o, nullptr) << code << " is not an option of " << def->id;
                        EXPECT_EQ(ans["valueCoding"].at("display"), o->label.in("en"));
                        break;
                    }
                    case ItemType::Text:
                    case ItemType::LongText: EXPECT_FALSE(ans.at("valueString").get<std::string>().empty()); break;
                    case ItemType::Number: EXPECT_TRUE(ans.contains("valueDecimal") || ans.contains("valueInteger")); break;
                    case ItemType::Date:
                        EXPECT_TRUE(Date::parse(ans.at("valueDate").get<std::string>())) << ans.dump();
                        break;
                    case ItemType::Signature: {
                        const json& att = ans.at("valueAttachment");
                        EXPECT_EQ(att.at("contentType"), "image/png");
                        EXPECT_EQ(att.at("title"), "signature");
                        const auto png = base64_decode(att.at("data").get<std::string>());
                        ASSERT_TRUE(png.has_value()) << "data is not base64";
                        EXPECT_EQ(png->substr(0, 8), kPngMagic);
                        break;
                    }
                    case ItemType::Info: ADD_FAILURE() << "info item " << def->id << " exported"; break;
                }
            }
        }
    }
    for (ItemType t : {ItemType::YesNo, ItemType::MultiChoice, ItemType::Text, ItemType::Date, ItemType::Signature})
        EXPECT_TRUE(seen.contains(t)) << to_string(t) << " not exercised";

    const json* concerns = find_group_item(r, "concerns");
    ASSERT_NE(concerns, nullptr);
    ASSERT_EQ(concerns->at("answer").size(), 2U);
    EXPECT_EQ(concerns->at("answer")[0]["valueCoding"]["code"], "acne_scars");
    EXPECT_EQ(concerns->at("answer")[1]["valueCoding"]["code"], "pores");
    EXPECT_EQ(find_group_item(r, "cold_sore_active")->at("answer")[0]["valueBoolean"], true);
    EXPECT_EQ(find_group_item(r, "dob")->at("answer")[0]["valueDate"], "1990-04-02");
}

TEST(ExportFhir, HiddenAndUnansweredItemsAreOmitted) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const auto s = opened_submission(q, cold_sore_client(), "en");
    ASSERT_TRUE(s.answers.contains("flare_in_treatment_area")) << "the stored answers carry the hidden one";
    const json r = exporting::questionnaire_response(s, q);
    EXPECT_EQ(find_group_item(r, "flare_in_treatment_area"), nullptr) << "hidden by its condition";
    EXPECT_EQ(find_group_item(r, "anticoagulant_name"), nullptr) << "not answered";
    EXPECT_EQ(find_group_item(r, "concerns_other"), nullptr) << "not answered";

    // Exactly the visible answers, no more.
    AnswerMap visible = cold_sore_client();
    drop_hidden(q, visible, kToday);
    std::set<std::string> exported;
    for (const auto& group : r["item"])
        for (const auto& item : group["item"]) exported.insert(item.at("linkId").get<std::string>());
    std::set<std::string> expected;
    for (const auto& [id, _] : visible) expected.insert(id);
    EXPECT_EQ(exported, expected);
}

TEST(ExportFhir, FindingsAndDispositionAsExtensions) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const auto s = opened_submission(q, cold_sore_client(), "en");
    const json r = exporting::questionnaire_response(s, q);

    std::set<std::string> expected_rules;
    for (const auto& f : s.findings) expected_rules.insert(f.at("rule").get<std::string>());
    ASSERT_FALSE(expected_rules.empty());
    EXPECT_EQ(rule_ids_in(r), expected_rules);

    bool disposition = false;
    for (const auto& ext : r.at("extension")) {
        if (ext.at("url") == "urn:intake-kiosk:disposition") {
            disposition = true;
            EXPECT_EQ(ext.at("valueCode"), "defer");
        }
        if (ext.at("url") != "urn:intake-kiosk:finding") continue;
        std::map<std::string, std::vector<json>> sub;
        for (const auto& e : ext.at("extension")) sub[e.at("url").get<std::string>()].push_back(e);
        ASSERT_EQ(sub["rule"].size(), 1U);
        ASSERT_EQ(sub["severity"].size(), 1U);
        EXPECT_TRUE(severity_from(sub["severity"][0].at("valueCode").get<std::string>()).has_value());
        EXPECT_FALSE(sub["item"].empty()) << "a finding names the items it read";
        for (const auto& item : sub["item"]) EXPECT_NE(q.find(item.at("valueString").get<std::string>()), nullptr);
        EXPECT_FALSE(sub["explanation"].at(0).at("valueString").get<std::string>().empty());
        EXPECT_FALSE(sub["action"].at(0).at("valueString").get<std::string>().empty());
    }
    EXPECT_TRUE(disposition);
    EXPECT_TRUE(rule_ids_in(exporting::questionnaire_response(opened_submission(q, clear_client(), "en"), q)).empty());
}

TEST(ExportFhir, ReadsBackThroughTheAnswersReader) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    json r = exporting::questionnaire_response(opened_submission(q, cold_sore_client(), "en"), q);
    // Our reader takes answers, not attachments: drop the signature.
    for (auto& group : r["item"]) {
        auto& items = group["item"];
        items.erase(std::remove_if(items.begin(), items.end(), [](const json& i) { return i["linkId"] == "signature"; }),
                    items.end());
    }
    auto parsed = parse_answers(r.dump(), "export", testing::shipped_config());
    ASSERT_TRUE(std::holds_alternative<AnswerSet>(parsed)) << join_lines(std::get<Diagnostics>(parsed));
    AnswerMap expected = cold_sore_client();
    drop_hidden(q, expected, kToday);
    expected.erase("signature");
    EXPECT_EQ(std::get<AnswerSet>(parsed).answers, expected);
}

TEST(ExportFhir, OtherItemTypesAndInfoItems) {
    const Questionnaire& q = mini();
    AnswerMap a;
    a["name"] = std::string("Zoë");
    a["skin_type"] = std::string("oily");
    a["sessions"] = 3.0;
    a["weight"] = 72.5;
    a["notes"] = std::string();  // empty: nothing to show
    a["smoker"] = false;
    a["packs"] = std::string("ten");  // hidden
    a["areas"] = Choices{};           // nothing picked
    auto s = opened_submission(q, a, "es");
    s.answers["welcome_note"] = "an info item never takes an answer";
    s.answers["skin_type_old"] = "an id this version does not have";
    const json r = exporting::questionnaire_response(s, q);

    ASSERT_EQ(r.at("item").size(), 1U);
    std::set<std::string> ids;
    for (const auto& item : r["item"][0]["item"]) ids.insert(item.at("linkId").get<std::string>());
    EXPECT_EQ(ids, (std::set<std::string>{"name", "skin_type", "sessions", "weight", "smoker"}));
    EXPECT_EQ(find_group_item(r, "skin_type")->at("answer")[0]["valueCoding"],
              (json{{"code", "oily"}, {"display", "Grasa"}}));
    EXPECT_EQ(find_group_item(r, "sessions")->at("answer")[0], (json{{"valueInteger", 3}}));
    EXPECT_EQ(find_group_item(r, "weight")->at("answer")[0], (json{{"valueDecimal", 72.5}}));
    EXPECT_EQ(find_group_item(r, "name")->at("answer")[0], (json{{"valueString", "Zoë"}}));
    EXPECT_TRUE(rule_ids_in(r).empty());
}

TEST(ExportFhir, NoAnswersGivesNoEmptyItemArray) {
    const Questionnaire& q = mini();
    records::OpenedSubmission s;
    s.meta.id = kId;
    s.answers = json::object();
    s.findings = json::array();
    const json r = exporting::questionnaire_response(s, q);
    EXPECT_FALSE(r.contains("item")) << "FHIR JSON has no empty arrays";
    EXPECT_EQ(r.at("authored"), "1970-01-01T00:00:00Z");
}

TEST(ExportFhir, UtcTimestamps) {
    EXPECT_EQ(iso_utc(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(iso_utc(submitted_ms() + 999), "2026-11-25T14:03:00Z");
    EXPECT_EQ(iso_utc(-1), "1969-12-31T23:59:59Z");
    EXPECT_EQ(iso_utc(951'782'400'000), "2000-02-29T00:00:00Z");
}

// --- CSV ------------------------------------------------------------------

TEST(ExportCsvCell, NeutralisesEveryFormulaStart) {
    EXPECT_EQ(exporting::csv_cell("=1+1"), "'=1+1");
    EXPECT_EQ(exporting::csv_cell("+34 600"), "'+34 600");
    EXPECT_EQ(exporting::csv_cell("-3"), "'-3");
    EXPECT_EQ(exporting::csv_cell("@SUM(A1:A2)"), "'@SUM(A1:A2)");
    EXPECT_EQ(exporting::csv_cell("\tcmd"), "'\tcmd");
    EXPECT_EQ(exporting::csv_cell("\rcmd"), "\"'\rcmd\"") << "CR forces quotes; the ' goes inside them";
    EXPECT_EQ(exporting::csv_cell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    EXPECT_EQ(exporting::csv_cell("a=b"), "a=b") << "only a leading character is dangerous";
}

TEST(ExportCsvCell, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(exporting::csv_cell(""), "");
    EXPECT_EQ(exporting::csv_cell("Ana"), "Ana");
    EXPECT_EQ(exporting::csv_cell("a,b"), "\"a,b\"");
    EXPECT_EQ(exporting::csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(exporting::csv_cell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(exporting::csv_cell("Zoë Ñúñez"), "Zoë Ñúñez");
}

TEST(ExportCsv, HeaderIsIdTimeDispositionThenItemsInOrder) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const std::string out = exporting::csv({}, q);
    const auto rows = parse_csv(out);
    ASSERT_TRUE(rows.has_value()) << out;
    ASSERT_EQ(rows->size(), 1U);
    std::vector<std::string> expected{"id", "submitted_at", "disposition"};
    for (const auto& page : q.pages)
        for (const auto& item : page.items)
            if (item.type != ItemType::Info) expected.push_back(item.id);
    EXPECT_EQ((*rows)[0], expected);

    const auto mini_rows = parse_csv(exporting::csv({}, mini()));
    ASSERT_TRUE(mini_rows.has_value());
    const auto& h = (*mini_rows)[0];
    EXPECT_EQ(std::find(h.begin(), h.end(), "welcome_note"), h.end()) << "info items have no column";
}

TEST(ExportCsv, CellsForEachAnswerType) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    const std::string out = exporting::csv({opened_submission(q, cold_sore_client(), "en")}, q);
    const auto rows = parse_csv(out);
    ASSERT_TRUE(rows.has_value()) << out;
    ASSERT_EQ(rows->size(), 2U);
    auto row = row_by_column(*rows, 1);
    EXPECT_EQ(row["id"], kId);
    EXPECT_EQ(row["submitted_at"], "2026-11-25T14:03:00Z");
    EXPECT_EQ(row["disposition"], "defer");
    EXPECT_EQ(row["cold_sore_active"], "yes");
    EXPECT_EQ(row["keloid_history"], "no");
    EXPECT_EQ(row["concerns"], "acne_scars;pores");
    EXPECT_EQ(row["treatment_areas"], "face;neck");
    EXPECT_EQ(row["dob"], "1990-04-02");
    EXPECT_EQ(row["isotretinoin_last_dose"], "2025-01-15");
    EXPECT_EQ(row["signature"], "signed");
    EXPECT_EQ(row["phone"], "'+34 600 123 456") << "a leading + is neutralised";
    EXPECT_EQ(row["flare_in_treatment_area"], "") << "hidden";
    EXPECT_EQ(row["anticoagulant_name"], "") << "unanswered";
}

TEST(ExportCsv, NumbersWithoutTrailingZeros) {
    const Questionnaire& q = mini();
    std::vector<records::OpenedSubmission> subs;
    for (double v : {3.0, 72.5, 0.1, -3.0, 1e6}) {
        AnswerMap a{{"smoker", false}, {"weight", v}};
        subs.push_back(opened_submission(q, a, "en"));
    }
    const auto rows = parse_csv(exporting::csv(subs, q));
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 6U);
    const std::vector<std::string> expected{"3", "72.5", "0.1", "'-3", "1000000"};
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(row_by_column(*rows, i + 1)["weight"], expected[i]);
}

TEST(ExportCsv, EveryFormulaStartInAnAnswerIsNeutralised) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    std::vector<records::OpenedSubmission> subs;
    const std::vector<std::string> attacks{"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "\t=1", "\r=1"};
    for (const auto& attack : attacks) {
        AnswerMap a = clear_client();
        a["first_name"] = attack;
        subs.push_back(opened_submission(q, a, "en"));
    }
    const std::string out = exporting::csv(subs, q);
    const auto rows = parse_csv(out);
    ASSERT_TRUE(rows.has_value()) << out;
    ASSERT_EQ(rows->size(), attacks.size() + 1);
    for (size_t i = 0; i < attacks.size(); ++i)
        EXPECT_EQ(row_by_column(*rows, i + 1)["first_name"], "'" + attacks[i]);
}

TEST(ExportCsv, QuotesNewlinesAndUtf8RoundTrip) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    AnswerMap a = clear_client();
    a["first_name"] = std::string("Zoë");
    a["last_name"] = std::string("Ñúñez, \"la Zoë\"");
    a["printed_name"] = std::string("Zoë Ñúñez\r\nsegunda línea\nthird");
    a["anticoagulants"] = true;
    a["anticoagulant_name"] = std::string("aspirina 100 mg, \"diaria\"");
    const std::string out = exporting::csv({opened_submission(q, a, "es")}, q);
    const auto rows = parse_csv(out);
    ASSERT_TRUE(rows.has_value()) << out;
    ASSERT_EQ(rows->size(), 2U);
    auto row = row_by_column(*rows, 1);
    EXPECT_EQ(row["first_name"], "Zoë");
    EXPECT_EQ(row["last_name"], "Ñúñez, \"la Zoë\"");
    EXPECT_EQ(row["printed_name"], "Zoë Ñúñez\r\nsegunda línea\nthird");
    EXPECT_EQ(row["anticoagulant_name"], "aspirina 100 mg, \"diaria\"");
    EXPECT_TRUE(is_valid_utf8(out));
    EXPECT_EQ(out.substr(out.size() - 2), "\r\n");
}

// --- Snapshots ------------------------------------------------------------

TEST(ExportSnapshot, ShippedQuestionnaireLoadsBackFromItsSource) {
    const Questionnaire& q = testing::shipped_config().questionnaire;
    for (const auto& langs : {std::vector<std::string>{}, std::vector<std::string>{"en", "es"}}) {
        auto r = load_questionnaire_snapshot(q.source_text, langs);
        ASSERT_TRUE(std::holds_alternative<Questionnaire>(r)) << join_lines(std::get<Diagnostics>(r));
        const auto& snap = std::get<Questionnaire>(r);
        EXPECT_EQ(snap.id, q.id);
        EXPECT_EQ(snap.version, q.version);
        EXPECT_EQ(snap.content_hash, q.content_hash);
        EXPECT_EQ(snap.pages.size(), q.pages.size());
        EXPECT_EQ(snap.item_count(), q.item_count());
        EXPECT_EQ(snap.rules.size(), q.rules.size());
        EXPECT_EQ(snap.title.in("es"), q.title.in("es"));
        EXPECT_TRUE(snap.consent.version.empty()) << "the consent file is not followed";
        // It checks the same: a cold sore defers on the snapshot too.
        const auto result = ContraindicationEngine(snap).check(cold_sore_client(), kToday, "en");
        EXPECT_EQ(result.disposition, Severity::Defer);
    }
}

TEST(ExportSnapshot, BrokenTextGivesDiagnostics) {
    auto syntax = load_questionnaire_snapshot("id: mini\ntitle: {en: [unclosed\n", {});
    ASSERT_TRUE(std::holds_alternative<Diagnostics>(syntax));
    EXPECT_NE(join_lines(std::get<Diagnostics>(syntax)).find("YAML syntax"), std::string::npos);

    std::string text = kMiniYaml;
    const auto at = text.find("type: single_choice");
    text.replace(at, 19, "type: one_choice");
    auto semantic = load_questionnaire_snapshot(text, {});
    ASSERT_TRUE(std::holds_alternative<Diagnostics>(semantic));
    const auto& d = std::get<Diagnostics>(semantic);
    ASSERT_FALSE(d.empty());
    EXPECT_NE(d[0].message.find("unknown item type 'one_choice'"), std::string::npos) << d[0].message;
    EXPECT_EQ(d[0].where.line, 15);

    auto missing_language = load_questionnaire_snapshot(kMiniYaml, {"en", "fr"});
    ASSERT_TRUE(std::holds_alternative<Diagnostics>(missing_language));
    EXPECT_NE(join_lines(std::get<Diagnostics>(missing_language)).find("missing 'fr'"), std::string::npos);

    ASSERT_TRUE(std::holds_alternative<Diagnostics>(load_questionnaire_snapshot("id: x\nversion: 1\n", {})));
}

// --- Signature PNG --------------------------------------------------------

const Signature kLine{{{{0.1F, 0.5F}, {0.9F, 0.5F}}}};

std::uint32_t be32(const std::vector<std::uint8_t>& b, size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) |
           std::uint32_t{b[at + 3]};
}

TEST(ExportSignaturePng, IsAPngOfTheRequestedSize) {
    const auto png = exporting::signature_png(kLine);
    ASSERT_GT(png.size(), 33U);
    EXPECT_EQ(std::string(png.begin(), png.begin() + 8), kPngMagic);
    EXPECT_EQ(std::string(png.begin() + 12, png.begin() + 16), "IHDR");
    EXPECT_EQ(be32(png, 16), 600U);
    EXPECT_EQ(be32(png, 20), 200U);
    const auto small = exporting::signature_png(kLine, 300, 100);
    EXPECT_EQ(be32(small, 16), 300U);
    EXPECT_EQ(be32(small, 20), 100U);
}

TEST(ExportSignaturePng, DeterministicAndDependsOnTheStrokes) {
    const Signature sig = std::get<Signature>(clear_client().at("signature"));
    EXPECT_EQ(exporting::signature_png(sig), exporting::signature_png(sig));
    EXPECT_NE(exporting::signature_png(sig), exporting::signature_png(kLine));
    Signature moved = sig;
    moved.strokes[0][1].y += 0.05F;
    EXPECT_NE(exporting::signature_png(sig), exporting::signature_png(moved));
}

TEST(ExportSignaturePng, DarkInkAboutThreePixelsWideOnWhite) {
    const auto px = exporting::render_signature(kLine, 600, 200);
    ASSERT_EQ(px.size(), 600U * 200U);
    auto at = [&](size_t x, size_t y) { return px[y * 600 + x]; };
    EXPECT_EQ(at(5, 5), 255);
    EXPECT_EQ(at(20, 100), 255) << "before the stroke starts";
    EXPECT_LT(at(300, 100), 64) << "on the stroke";
    // The line's width: its ink summed across one column, in pixels.
    double width = 0;
    for (size_t y = 90; y < 110; ++y) width += (255.0 - at(300, y)) / (255.0 - at(300, 100));
    EXPECT_GE(width, 2.5);
    EXPECT_LE(width, 4.0);
    // Anti-aliased: some grey at the edge.
    bool grey = false;
    for (size_t y = 90; y < 110; ++y) grey = grey || (at(300, y) > 64 && at(300, y) < 250);
    EXPECT_TRUE(grey);

    const auto blank = exporting::render_signature(Signature{}, 60, 20);
    EXPECT_TRUE(std::all_of(blank.begin(), blank.end(), [](std::uint8_t v) { return v == 255; }));
}

TEST(ExportSignaturePng, OddInputDoesNotBreakIt) {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const Signature odd{{{{nan, 0.5F}, {0.5F, 0.5F}}, {{-2.0F, -2.0F}, {3.0F, 3.0F}}, {{0.5F, 0.2F}}}};
    const auto png = exporting::signature_png(odd, 0, -5);
    EXPECT_EQ(std::string(png.begin(), png.begin() + 8), kPngMagic);
    EXPECT_EQ(be32(png, 16), 1U);
    const auto px = exporting::render_signature(odd, 100, 100);
    EXPECT_LT(px[20 * 100 + 50], 128) << "a one-point stroke is a dot";
}

}  // namespace
}  // namespace kiosk
