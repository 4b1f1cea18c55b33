// The FHIR R4 QuestionnaireResponse side of the answers decoder.
#include "questionnaire/answer_decoder.hpp"

#include "common/strict_json.hpp"
#include "questionnaire/answer_limits.hpp"

namespace kiosk::answers {

using nlohmann::json;

void Decoder::decode_fhir(const json& doc, AnswerSet& set) {
    std::string qid;
    if (doc.contains("questionnaire") && doc["questionnaire"].is_string()) {
        // A canonical URL ("http://clinic/Questionnaire/microneedling|2026.1") or a bare id.
        qid = doc["questionnaire"].get<std::string>();
        if (auto bar = qid.find('|'); bar != std::string::npos) qid.resize(bar);
        if (auto slash = qid.rfind('/'); slash != std::string::npos) qid = qid.substr(slash + 1);
    } else {
        problem("questionnaire", "missing (the questionnaire's canonical URL or id)");
    }
    std::string lang;
    if (doc.contains("language")) {
        if (doc["language"].is_string()) lang = doc["language"].get<std::string>();
        else problem("language", "expected a language code such as \"en\"");
    }
    if (!qid.empty()) header(qid, lang, set, "questionnaire", "language");
    if (!doc.contains("item")) {
        problem("item", "missing: the response has no answers");
        return;
    }
    decode_fhir_items(doc["item"], "item", 0, set);
}

// `depth`: groups around these items (0 at the top).
void Decoder::decode_fhir_items(const json& items, const std::string& path, size_t depth, AnswerSet& set) {
    if (!items.is_array()) return problem(path, "expected a list of items");
    for (size_t i = 0; i < items.size(); ++i) {
        const json& it = items[i];
        const std::string here = json_path_index(path, i);
        if (!count_answer(here)) return;
        if (!it.is_object() || !it.contains("linkId") || !it["linkId"].is_string()) {
            problem(here, "each item needs a linkId");
            continue;
        }
        const auto link = it["linkId"].get<std::string>();
        if (it.contains("item")) {  // a group: one page, or a section of one
            if (depth + 1 > limits::kFhirGroupDepth)
                problem(here + ".item", "groups nested more than " + std::to_string(limits::kFhirGroupDepth) + " deep");
            else
                decode_fhir_items(it["item"], here + ".item", depth + 1, set);
            continue;
        }
        if (it.contains("answer")) put_fhir(link, it["answer"], here + " (" + json_path_key("", link) + ")", set);
        else if (!config_.questionnaire.find(link)) problem(here, "unknown item " + json(link).dump());
    }
}

void Decoder::put_fhir(const std::string& id, const json& answers, const std::string& path, AnswerSet& set) {
    const Item* item = config_.questionnaire.find(id);
    if (!item) return problem(path, "unknown item \"" + id + "\"");
    if (!answers.is_array() || answers.empty()) return problem(path, "expected a non-empty answer list");
    auto value_of = [&](const json& a) -> json {
        if (!a.is_object()) return json();
        for (const char* key : {"valueBoolean", "valueDate", "valueString", "valueDecimal", "valueInteger"})
            if (a.contains(key)) return a[key];
        if (a.contains("valueCoding") && a["valueCoding"].is_object() && a["valueCoding"].contains("code"))
            return a["valueCoding"]["code"];
        return json();
    };
    if (item->type == ItemType::MultiChoice) {
        json list = json::array();
        for (const auto& a : answers) list.push_back(value_of(a));
        return put(id, list, path, set);
    }
    if (answers.size() > 1) return problem(path, "expected one answer, got " + std::to_string(answers.size()));
    const json v = value_of(answers[0]);
    if (v.is_null()) return problem(path, "expected valueBoolean, valueCoding, valueDate, valueString, valueDecimal or valueInteger");
    put(id, v, path, set);
}

}  // namespace kiosk::answers
