#include "export/fhir_export.hpp"

#include "common/iso_time.hpp"

#include <sodium.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

#include "crypto/sealed_box.hpp"
#include "export/signature_png.hpp"
#include "questionnaire/validation.hpp"

namespace kiosk::exporting {

using nlohmann::json;

namespace {

constexpr const char* kFindingUrl = "urn:intake-kiosk:finding";
constexpr const char* kDispositionUrl = "urn:intake-kiosk:disposition";
constexpr const char* kConsentVersionUrl = "urn:intake-kiosk:consent-version";
std::optional<Signature> signature_from(const json& v) {
    if (!v.is_object() || !v.contains("strokes") || !v["strokes"].is_array()) return std::nullopt;
    Signature sig;
    for (const auto& stroke : v["strokes"]) {
        if (!stroke.is_array()) return std::nullopt;
        auto& s = sig.strokes.emplace_back();
        for (const auto& p : stroke) {
            if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) return std::nullopt;
            s.push_back({p[0].get<float>(), p[1].get<float>()});
        }
    }
    return sig;
}

// The stored value as the item's type, or nullopt when it is not one.
std::optional<Answer> typed(const Item& item, const json& v) {
    switch (item.type) {
        case ItemType::YesNo:
            if (v.is_boolean()) return v.get<bool>();
            break;
        case ItemType::SingleChoice:
            if (v.is_string() && item.option(v.get<std::string>())) return v.get<std::string>();
            break;
        case ItemType::MultiChoice: {
            if (!v.is_array()) break;
            Choices picked;  // questionnaire order, known options only
            for (const auto& o : item.options)
                for (const auto& e : v)
                    if (e.is_string() && e.get<std::string>() == o.id) {
                        picked.push_back(o.id);
                        break;
                    }
            return picked;
        }
        case ItemType::Text:
        case ItemType::LongText:
            if (v.is_string()) return v.get<std::string>();
            break;
        case ItemType::Number:
            if (v.is_number() && std::isfinite(v.get<double>())) return v.get<double>();
            break;
        case ItemType::Date:
            if (v.is_string())
                if (auto d = Date::parse(v.get<std::string>())) return *d;
            break;
        case ItemType::Signature:
            if (auto sig = signature_from(v)) return *sig;
            break;
        case ItemType::Info: break;
    }
    return std::nullopt;
}

std::string base64(const std::vector<std::uint8_t>& bytes) {
    crypto::ensure_sodium();
    const size_t len = sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(len, '\0');
    sodium_bin2base64(out.data(), len, bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(len - 1);  // the encoder's terminating NUL
    return out;
}

json coding(const Item& item, const std::string& option_id, const std::string& lang) {
    const Option* o = item.option(option_id);
    return {{"valueCoding", {{"code", option_id}, {"display", o ? o->label.in(lang) : option_id}}}};
}

json number_answer(const Item& item, double v) {
    constexpr double kIntMin = std::numeric_limits<std::int32_t>::min();
    constexpr double kIntMax = std::numeric_limits<std::int32_t>::max();
    // FHIR integer is 32-bit; anything else stays a decimal.
    if (item.validation.integer && std::trunc(v) == v && v >= kIntMin && v <= kIntMax)
        return {{"valueInteger", static_cast<std::int64_t>(v)}};
    return {{"valueDecimal", v}};
}

// The FHIR answer list of one item; empty when there is nothing to show.
json answers_of(const Item& item, const Answer& a, const std::string& lang) {
    json out = json::array();
    if (const bool* b = std::get_if<bool>(&a)) {
        out.push_back({{"valueBoolean", *b}});
    } else if (const auto* s = std::get_if<std::string>(&a)) {
        if (s->empty()) return out;  // FHIR strings are never empty
        if (item.type == ItemType::SingleChoice) out.push_back(coding(item, *s, lang));
        else out.push_back({{"valueString", *s}});
    } else if (const auto* c = std::get_if<Choices>(&a)) {
        for (const auto& id : *c) out.push_back(coding(item, id, lang));
    } else if (const double* n = std::get_if<double>(&a)) {
        out.push_back(number_answer(item, *n));
    } else if (const Date* d = std::get_if<Date>(&a)) {
        out.push_back({{"valueDate", d->iso()}});
    } else if (const auto* sig = std::get_if<Signature>(&a)) {
        if (!sig->drawn()) return out;
        out.push_back({{"valueAttachment",
                        {{"contentType", "image/png"}, {"data", base64(signature_png(*sig))}, {"title", "signature"}}}});
    }
    return out;
}

json finding_extension(const json& f) {
    json sub = json::array();
    auto put = [&](const char* key, const char* type) {
        if (f.contains(key) && f[key].is_string() && !f[key].get<std::string>().empty())
            sub.push_back({{"url", key}, {type, f[key]}});
    };
    put("rule", "valueCode");
    put("severity", "valueCode");
    if (f.contains("items") && f["items"].is_array())
        for (const auto& id : f["items"])
            if (id.is_string()) sub.push_back({{"url", "item"}, {"valueString", id}});
    put("title", "valueString");
    put("explanation", "valueString");
    put("action", "valueString");
    return {{"url", kFindingUrl}, {"extension", std::move(sub)}};
}

}  // namespace

AnswerMap exported_answers(const records::OpenedSubmission& s, const Questionnaire& as_answered) {
    AnswerMap out;
    if (!s.answers.is_object()) return out;
    for (const auto& page : as_answered.pages) {
        for (const auto& item : page.items) {
            auto it = s.answers.find(item.id);
            if (it == s.answers.end()) continue;
            if (auto a = typed(item, *it)) out.emplace(item.id, std::move(*a));
        }
    }
    drop_hidden(as_answered, out, Date::local_of_unix_ms(s.meta.submitted_at_ms));
    return out;
}

json questionnaire_response(const records::OpenedSubmission& s, const Questionnaire& as_answered) {
    const std::string& lang = s.language;
    const AnswerMap answers = exported_answers(s, as_answered);

    json pages = json::array();
    for (const auto& page : as_answered.pages) {
        json items = json::array();
        for (const auto& item : page.items) {
            auto it = answers.find(item.id);
            if (it == answers.end()) continue;
            json list = answers_of(item, it->second, lang);
            if (list.empty()) continue;
            items.push_back({{"linkId", item.id}, {"text", item.text.in(lang)}, {"answer", std::move(list)}});
        }
        if (!items.empty())
            pages.push_back({{"linkId", page.id}, {"text", page.title.in(lang)}, {"item", std::move(items)}});
    }

    json extensions = json::array();
    extensions.push_back({{"url", kDispositionUrl}, {"valueCode", std::string(to_string(s.meta.disposition))}});
    if (!s.consent_version.empty())
        extensions.push_back({{"url", kConsentVersionUrl}, {"valueString", s.consent_version}});
    if (s.findings.is_array())
        for (const auto& f : s.findings)
            if (f.is_object()) extensions.push_back(finding_extension(f));

    const std::string& hash = s.questionnaire_hash.empty() ? as_answered.content_hash : s.questionnaire_hash;
    json r = {{"resourceType", "QuestionnaireResponse"},
              {"id", s.meta.id},
              {"status", "completed"},
              {"questionnaire", "urn:intake-kiosk:questionnaire/" + as_answered.id + "|" + hash},
              {"authored", iso_local(s.meta.submitted_at_ms)},
              {"extension", std::move(extensions)}};
    if (!lang.empty()) r["language"] = lang;
    if (!pages.empty()) r["item"] = std::move(pages);  // FHIR JSON has no empty arrays
    return r;
}

json bundle(const std::vector<json>& responses) {
    json entries = json::array();
    for (const auto& r : responses) {
        json e = {{"resource", r}};
        if (r.contains("id") && r["id"].is_string()) e["fullUrl"] = "urn:uuid:" + r["id"].get<std::string>();
        entries.push_back(std::move(e));
    }
    return {{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", std::move(entries)}};
}

}  // namespace kiosk::exporting
