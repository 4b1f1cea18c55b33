#include "questionnaire/answer_decoder.hpp"

#include <algorithm>
#include <cstdio>

#include "common/strict_json.hpp"
#include "questionnaire/answer_limits.hpp"
#include "questionnaire/validation.hpp"

namespace kiosk::answers {

using nlohmann::json;

namespace {

// A text as a message shows it: JSON-escaped, so no control character reaches
// a terminal, and cut after 40 characters, so a message is no copy of an answer.
std::string quoted(const std::string& s) {
    constexpr size_t kShown = 40;
    size_t end = 0, chars = 0;
    while (end < s.size() && chars < kShown) {
        ++end;
        while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0U) == 0x80U) ++end;
        ++chars;
    }
    if (end == s.size()) return json(s).dump();
    return json(s.substr(0, end)).dump() + "\u2026";
}

std::string describe(const json& v) {
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_string()) return quoted(v.get_ref<const std::string&>());
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

// 8-4-4-4-12 hex digits. A plain scan: std::regex recurses per character in
// libstdc++, and this runs on whatever the file holds.
bool is_uuid(const std::string& s) {
    if (s.size() != 36) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool dash_here = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash_here ? c != '-' : !hex) return false;
    }
    return true;
}

std::string code_point(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace

Decoder::Decoder(const KioskConfig& config, std::string source, Diagnostics& out)
    : config_(config), source_(std::move(source)), out_(out) {}

bool Decoder::count_answer(const std::string& path) {
    if (++counted_ <= limits::kAnswers) return true;
    if (counted_ == limits::kAnswers + 1)
        problem(path, "more than " + std::to_string(limits::kAnswers) + " answers or items: the rest is not read");
    return false;
}

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
            problem(json_path_key("", key), "unknown key (expected questionnaire, language, answers, submission_id)");
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
    for (const auto& [id, value] : doc["answers"].items()) {
        const std::string path = json_path_key("answers", id);
        if (!count_answer(path)) return;
        put(id, value, path, set);
    }
}

void Decoder::put(const std::string& id, const json& v, const std::string& path, AnswerSet& set) {
    const Item* item = config_.questionnaire.find(id);
    if (!item) {
        problem(path, "unknown item " + quoted(id));
        return;
    }
    // Our shape cannot repeat a key (the strict parser refuses it), FHIR can
    // repeat a linkId: either way one of two answers is never picked.
    if (!seen_.insert(id).second) return problem(path, quoted(id) + " is answered twice (each item takes one answer)");
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
            return put_text(*item, v, path, set);
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
        case ItemType::Signature:
            return put_signature(id, v, path, set);
        case ItemType::Info:
            return problem(path, "\"" + id + "\" is information only and takes no answer");
    }
}

void Decoder::put_text(const Item& item, const json& v, const std::string& path, AnswerSet& set) {
    if (!v.is_string()) return problem(path, "expected text, got " + describe(v));
    const auto& text = v.get_ref<const std::string&>();
    const bool long_text = item.type == ItemType::LongText;
    // Bounded before any pattern runs on it; the item's own max_length (a
    // finer, translated message in validation) may allow more.
    const size_t cap = std::max(long_text ? limits::kLongTextChars : limits::kShortTextChars,
                                item.validation.max_length.value_or(0));
    if (const size_t n = utf8_length(text); n > cap)
        return problem(path, "text of " + std::to_string(n) + " characters, more than the " + std::to_string(cap) +
                                 " this item takes");
    if (const auto cc = find_control_char(text, long_text ? "\n\t" : ""))
        return problem(path, "control character " + code_point(cc->code) + " at character " +
                                 std::to_string(cc->index + 1) +
                                 (long_text ? " (only line breaks \\n and tabs are allowed)" : " (none are allowed in short text)"));
    set.answers[item.id] = text;
}

void Decoder::put_signature(const std::string& id, const json& v, const std::string& path, AnswerSet& set) {
    if (!v.is_object() || !v.contains("strokes") || !v["strokes"].is_array())
        return problem(path, "expected {\"strokes\": [[[x, y], ...], ...]}");
    const json& strokes = v["strokes"];
    const std::string at_strokes = path + ".strokes";
    if (strokes.size() > limits::kSignatureStrokes)
        return problem(at_strokes, std::to_string(strokes.size()) + " strokes, more than the " +
                                       std::to_string(limits::kSignatureStrokes) + " a signature may have");
    size_t points = 0;
    for (const auto& stroke : strokes) {
        if (!stroke.is_array()) return problem(path, "each stroke must be a list of [x, y] points");
        points += stroke.size();
    }
    if (points > limits::kSignaturePoints)
        return problem(at_strokes, std::to_string(points) + " points in all, more than the " +
                                       std::to_string(limits::kSignaturePoints) + " a signature may have");
    Signature sig;
    for (size_t i = 0; i < strokes.size(); ++i) {
        auto& s = sig.strokes.emplace_back();
        s.reserve(strokes[i].size());
        for (size_t j = 0; j < strokes[i].size(); ++j) {
            const json& pt = strokes[i][j];
            const std::string at = json_path_index(json_path_index(at_strokes, i), j);
            if (!pt.is_array() || pt.size() != 2 || !pt[0].is_number() || !pt[1].is_number())
                return problem(at, "each point must be [x, y] with two numbers");
            // The pad's own scale; checked as doubles, so the narrowing to
            // float below is always in range.
            const double x = pt[0].get<double>(), y = pt[1].get<double>();
            if (!(x >= 0.0 && x <= 1.0 && y >= 0.0 && y <= 1.0))
                return problem(at, "coordinates must be between 0 and 1, got [" + pt[0].dump() + ", " + pt[1].dump() + "]");
            s.push_back({static_cast<float>(x), static_cast<float>(y)});
        }
    }
    set.answers[id] = std::move(sig);
}

}  // namespace kiosk::answers
