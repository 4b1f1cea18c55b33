#include "questionnaire/answer_decoder.hpp"

#include <algorithm>
#include <regex>

namespace kiosk::answers {

using nlohmann::json;

namespace {

std::string describe(const json& v) {
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_string()) return "\"" + v.get<std::string>() + "\"";
    if (v.is_number()) return v.dump();
    if (v.is_array()) return "a list";
    if (v.is_object()) return "an object";
    return "null";
}

std::string options_of(const Item& item) {
    std::string s;
    for (const auto& o : item.options) s += (s.empty() ? "" : ", ") + o.id;
    return s;
}

bool is_uuid(const std::string& s) {
    static const std::regex re("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    return std::regex_match(s, re);
}

}  // namespace

Decoder::Decoder(const KioskConfig& config, std::string source, Diagnostics& out)
    : config_(config), source_(std::move(source)), out_(out) {}

void Decoder::problem(const std::string& path, const std::string& message) {
    out_.push_back({{source_, 0, 0}, path.empty() ? message : path + ": " + message});
}

AnswerSet Decoder::decode(const json& doc) {
    AnswerSet set;
    if (!doc.is_object()) {
        problem("", "expected a JSON object at the top");
        return set;
    }
    if (doc.contains("resourceType")) {
        if (doc["resourceType"] != "QuestionnaireResponse")
            problem("resourceType", "expected \"QuestionnaireResponse\", got " + describe(doc["resourceType"]));
        else
            decode_fhir(doc, set);
    } else {
        decode_plain(doc, set);
    }
    return set;
}

void Decoder::header(const std::string& questionnaire, const std::string& language, AnswerSet& set,
                     const std::string& q_path, const std::string& lang_path) {
    set.questionnaire = questionnaire;
    if (questionnaire != config_.questionnaire.id)
        problem(q_path, "unknown questionnaire \"" + questionnaire + "\" (this kiosk runs \"" +
                            config_.questionnaire.id + "\")");
    set.language = language.empty() ? config_.clinic.languages.front().code : language;
    if (!config_.offers(set.language)) problem(lang_path, "language \"" + set.language + "\" is not offered");
}

void Decoder::decode_plain(const json& doc, AnswerSet& set) {
    for (const auto& [key, value] : doc.items())
        if (key != "questionnaire" && key != "language" && key != "answers" && key != "submission_id")
            problem(key, "unknown key (expected questionnaire, language, answers, submission_id)");
    const json* q = doc.contains("questionnaire") ? &doc["questionnaire"] : nullptr;
    if (!q || !q->is_string()) {
        problem("questionnaire", q ? "expected a string" : "missing");
    }
    std::string lang;
    if (doc.contains("language")) {
        if (doc["language"].is_string()) lang = doc["language"].get<std::string>();
        else problem("language", "expected a language code such as \"en\"");
    }
    if (q && q->is_string()) header(q->get<std::string>(), lang, set, "questionnaire", "language");
    if (doc.contains("submission_id")) {
        const json& sid = doc["submission_id"];
        if (sid.is_string() && is_uuid(sid.get<std::string>())) set.submission_id = sid.get<std::string>();
        else problem("submission_id", "expected a UUID such as \"0f8fad5b-d9cb-469f-a165-70867728950e\", got " + describe(sid));
    }
    if (!doc.contains("answers") || !doc["answers"].is_object()) {
        problem("answers", doc.contains("answers") ? "expected an object of item id -> answer" : "missing");
        return;
    }
    for (const auto& [id, value] : doc["answers"].items()) put(id, value, "answers." + id, set);
}

void Decoder::put(const std::string& id, const json& v, const std::string& path, AnswerSet& set) {
    const Item* item = config_.questionnaire.find(id);
    if (!item) {
        problem(path, "unknown item \"" + id + "\"");
        return;
    }
    if (v.is_null()) return;  // explicitly unanswered
    switch (item->type) {
        case ItemType::YesNo:
            if (!v.is_boolean()) return problem(path, "expected true or false (a yes/no answer), got " + describe(v));
            set.answers[id] = v.get<bool>();
            return;
        case ItemType::SingleChoice:
            if (!v.is_string()) return problem(path, "expected one option id, got " + describe(v));
            if (!item->option(v.get<std::string>()))
                return problem(path, "unknown option " + describe(v) + " (options: " + options_of(*item) + ")");
            set.answers[id] = v.get<std::string>();
            return;
        case ItemType::MultiChoice: {
            if (!v.is_array()) return problem(path, "expected a list of option ids, got " + describe(v));
            Choices picked;
            for (const auto& e : v) {
                if (!e.is_string() || !item->option(e.get<std::string>())) {
                    problem(path, "unknown option " + describe(e) + " (options: " + options_of(*item) + ")");
                    continue;
                }
                if (std::find(picked.begin(), picked.end(), e.get<std::string>()) != picked.end())
                    problem(path, "option " + describe(e) + " is given twice");
                else
                    picked.push_back(e.get<std::string>());
            }
            // Questionnaire order, so equal answers compare and store equal.
            Choices ordered;
            for (const auto& o : item->options)
                if (std::find(picked.begin(), picked.end(), o.id) != picked.end()) ordered.push_back(o.id);
            set.answers[id] = std::move(ordered);
            return;
        }
        case ItemType::Text:
        case ItemType::LongText:
            if (!v.is_string()) return problem(path, "expected text, got " + describe(v));
            set.answers[id] = v.get<std::string>();
            return;
        case ItemType::Number:
            if (!v.is_number()) return problem(path, "expected a number, got " + describe(v));
            set.answers[id] = v.get<double>();
            return;
        case ItemType::Date: {
            if (!v.is_string()) return problem(path, "expected a date \"YYYY-MM-DD\", got " + describe(v));
            auto d = Date::parse(v.get<std::string>());
            if (!d) return problem(path, describe(v) + " is not a real date (YYYY-MM-DD)");
            set.answers[id] = *d;
            return;
        }
        case ItemType::Signature: {
            if (!v.is_object() || !v.contains("strokes") || !v["strokes"].is_array())
                return problem(path, "expected {\"strokes\": [[[x, y], ...], ...]}");
            Signature sig;
            for (const auto& stroke : v["strokes"]) {
                if (!stroke.is_array()) return problem(path, "each stroke must be a list of [x, y] points");
                auto& s = sig.strokes.emplace_back();
                for (const auto& pt : stroke) {
                    if (!pt.is_array() || pt.size() != 2 || !pt[0].is_number() || !pt[1].is_number())
                        return problem(path, "each point must be [x, y] with two numbers");
                    s.push_back({pt[0].get<float>(), pt[1].get<float>()});
                }
            }
            set.answers[id] = std::move(sig);
            return;
        }
        case ItemType::Info:
            return problem(path, "\"" + id + "\" is information only and takes no answer");
    }
}

}  // namespace kiosk::answers
