// The FHIR R4 QuestionnaireResponse side of the answers decoder.
#include "questionnaire/answer_decoder.hpp"

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
    decode_fhir_items(doc["item"], "item", set);
}

void Decoder::decode_fhir_items(const json& items, const std::string& path, AnswerSet& set) {
    if (!items.is_array()) return problem(path, "expected a list of items");
    for (size_t i = 0; i < items.size(); ++i) {
        const json& it = items[i];
        const std::string here = path + "[" + std::to_string(i) + "]";
        if (!it.is_object() || !it.contains("linkId") || !it["linkId"].is_string()) {
            problem(here, "each item needs a linkId");
            continue;
        }
        const auto link = it["linkId"].get<std::string>();
        if (it.contains("item")) {  // a group: one page
            decode_fhir_items(it["item"], here + ".item", set);
            continue;
        }
        if (it.contains("answer")) put_fhir(link, it["answer"], here + " (" + link + ")", set);
        else if (!config_.questionnaire.find(link)) problem(here, "unknown item \"" + link + "\"");
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
