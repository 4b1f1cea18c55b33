#include "practitioner/submission_view.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "export/fhir_export.hpp"
#include "questionnaire/validation.hpp"
#include "session/scrub.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::practitioner {

namespace {

constexpr const char* kNotAnswered = "—";

std::string field(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string label(const Item& item, const std::string& option_id, std::string_view lang) {
    const Option* o = item.option(option_id);
    return o ? o->label.in(lang) : option_id;
}

std::string answer_of(const Item& item, const AnswerMap& answers, std::string_view lang) {
    auto it = answers.find(item.id);
    return it == answers.end() ? std::string(kNotAnswered) : readable_answer(item, it->second, lang);
}

ShownFinding finding_of(const nlohmann::json& j, const Questionnaire& q, const AnswerMap& answers,
                        std::string_view client_lang, std::string_view lang) {
    ShownFinding f;
    f.rule = field(j, "rule");
    f.severity = severity_from(field(j, "severity")).value_or(Severity::Review);
    const auto rule = std::find_if(q.rules.begin(), q.rules.end(), [&](const Rule& r) { return r.id == f.rule; });
    if (rule != q.rules.end()) {
        f.title = rule->title.in(lang);
        f.explanation = rule->explanation.in(lang);
        f.action = rule->action.in(lang);
    } else {  // a rule the snapshot lacks: the texts as the check stored them
        f.title = field(j, "title");
        f.explanation = field(j, "explanation");
        f.action = field(j, "action");
    }
    if (f.title.empty()) f.title = f.rule;
    auto items = j.find("items");
    if (items == j.end() || !items->is_array()) return f;
    for (const auto& id : *items) {
        if (!id.is_string()) continue;
        const auto item_id = id.get<std::string>();
        const Item* item = q.find(item_id);
        if (!item) {
            f.triggers.push_back({item_id, item_id, kNotAnswered});
            continue;
        }
        f.triggers.push_back({item_id, item->text.in(client_lang), answer_of(*item, answers, client_lang)});
    }
    return f;
}

std::vector<std::vector<std::pair<float, float>>> strokes_of(const Questionnaire& q, const AnswerMap& answers) {
    std::vector<std::vector<std::pair<float, float>>> out;
    for (const auto& page : q.pages) {
        for (const auto& item : page.items) {
            if (item.type != ItemType::Signature) continue;
            auto it = answers.find(item.id);
            const auto* sig = it == answers.end() ? nullptr : std::get_if<Signature>(&it->second);
            if (!sig) continue;
            for (const auto& stroke : sig->strokes) {
                auto& line = out.emplace_back();
                for (const auto& p : stroke) line.emplace_back(p.x, p.y);
            }
            return out;
        }
    }
    return out;
}

}  // namespace

std::string readable_answer(const Item& item, const Answer& a, std::string_view lang) {
    if (const bool* b = std::get_if<bool>(&a)) return std::string(text::tr(lang, *b ? "flow.yes" : "flow.no"));
    if (const auto* s = std::get_if<std::string>(&a)) {
        if (s->empty()) return kNotAnswered;
        return item.type == ItemType::SingleChoice ? label(item, *s, lang) : *s;
    }
    if (const auto* c = std::get_if<Choices>(&a)) {
        if (c->empty()) return std::string(text::tr(lang, "pdf.none"));
        std::string out;
        for (const auto& id : *c) out += (out.empty() ? "" : "; ") + label(item, id, lang);
        return out;
    }
    if (const double* n = std::get_if<double>(&a)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", *n);
        return buf;
    }
    if (const Date* d = std::get_if<Date>(&a)) return d->iso();
    if (const auto* sig = std::get_if<Signature>(&a)) return std::string(text::tr(lang, sig->drawn() ? "review.signed" : "practitioner.submission.not_signed"));
    return kNotAnswered;
}

std::string full_name(const nlohmann::json& answers) {
    std::string name;
    if (!answers.is_object()) return name;
    for (const char* id : {"first_name", "last_name"}) {
        auto it = answers.find(id);
        if (it == answers.end() || !it->is_string()) continue;
        const auto& part = it->get_ref<const std::string&>();
        if (part.empty()) continue;
        if (!name.empty()) name += ' ';
        name += part;
    }
    return name;
}

OpenSubmission shown_submission(const records::OpenedSubmission& s, const Questionnaire& q, std::string_view lang) {
    const std::string& client_lang = s.language;
    AnswerMap answers = exporting::exported_answers(s, q);

    OpenSubmission out;
    out.meta = s.meta;
    out.name = full_name(s.answers);
    if (auto dob = answers.find("dob"); dob != answers.end())
        if (const Date* d = std::get_if<Date>(&dob->second)) out.date_of_birth = d->iso();
    if (auto pn = answers.find("printed_name"); pn != answers.end())
        if (const auto* text = std::get_if<std::string>(&pn->second)) out.printed_name = *text;
    out.language = client_lang;
    out.questionnaire_title = q.title.in(lang);
    out.questionnaire_version = q.version.empty() ? q.content_hash.substr(0, 12) : q.version;
    out.consent_version = s.consent_version;

    std::set<std::string, std::less<>> flagged;
    if (s.findings.is_array()) {
        for (const auto& j : s.findings) {
            if (!j.is_object()) continue;
            out.findings.push_back(finding_of(j, q, answers, client_lang, lang));
            for (const auto& t : out.findings.back().triggers) flagged.insert(t.item);
        }
    }
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const ShownFinding& a, const ShownFinding& b) { return a.severity > b.severity; });

    // The clinic's date the answers were given: the date exported_answers
    // judges visibility on, so a question shown here is one the exports show too.
    const Date on = Date::local_of_unix_ms(s.meta.submitted_at_ms);
    for (const auto& page : q.pages) {
        ShownPage shown{page.title.in(client_lang), {}};
        for (const auto& item : page.items) {
            if (item.type == ItemType::Info || item.type == ItemType::Signature) continue;
            if (!is_visible(item, answers, on)) continue;
            shown.answers.push_back(
                {item.id, item.text.in(client_lang), answer_of(item, answers, client_lang), flagged.contains(item.id)});
        }
        if (!shown.answers.empty()) out.pages.push_back(std::move(shown));
    }
    out.signature = strokes_of(q, answers);
    session::scrub(answers);
    return out;
}

}  // namespace kiosk::practitioner
