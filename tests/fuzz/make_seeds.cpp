// Writes the fuzzers' seed corpus from the shipped config and the tests' own
// fixtures, so the seeds follow the config as it changes (nothing big is
// committed):  fuzz_seeds OUT_DIR  ->  OUT_DIR/{config,answers,fhir,expression}/
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "fuzz/harness.hpp"
#include "support/mini_config.hpp"
#include "support/shipped.hpp"

namespace {

using kiosk::AnswerMap;
using nlohmann::json;
namespace fs = std::filesystem;

class SeedWriter {
public:
    explicit SeedWriter(fs::path dir) : dir_(std::move(dir)) { fs::create_directories(dir_); }
    void add(const std::string& text) {
        std::ofstream(dir_ / ("seed-" + std::to_string(n_++)), std::ios::binary) << text;
    }

private:
    fs::path dir_;
    int n_ = 0;
};

// One FHIR answer list for a value, as DESIGN §7 reads them.
json fhir_answers(const kiosk::Answer& a) {
    json out = json::array();
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>) out.push_back({{"valueBoolean", v}});
            else if constexpr (std::is_same_v<T, std::string>) out.push_back({{"valueString", v}});
            else if constexpr (std::is_same_v<T, double>) out.push_back({{"valueDecimal", v}});
            else if constexpr (std::is_same_v<T, kiosk::Date>) out.push_back({{"valueDate", v.iso()}});
            else if constexpr (std::is_same_v<T, kiosk::Choices>)
                for (const auto& c : v) out.push_back({{"valueCoding", {{"code", c}}}});
        },
        a);
    return out;
}

// A QuestionnaireResponse, its items flat or grouped by page like our export.
json fhir_response(const kiosk::Questionnaire& q, const AnswerMap& answers, bool grouped) {
    json items = json::array();
    for (const auto& page : q.pages) {
        json page_items = json::array();
        for (const auto& item : page.items) {
            auto it = answers.find(item.id);
            if (it == answers.end() || std::holds_alternative<kiosk::Signature>(it->second)) continue;
            page_items.push_back({{"linkId", item.id}, {"answer", fhir_answers(it->second)}});
        }
        if (grouped) items.push_back({{"linkId", page.id}, {"item", page_items}});
        else for (auto& i : page_items) items.push_back(std::move(i));
    }
    return {{"resourceType", "QuestionnaireResponse"},
            {"status", "completed"},
            {"questionnaire", "urn:intake-kiosk:questionnaire/" + q.id + "|" + q.content_hash},
            {"language", "en"},
            {"item", items}};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: fuzz_seeds OUT_DIR\n";
        return 2;
    }
    const fs::path out = argv[1];
    const auto& cfg = kiosk::testing::shipped_config();
    const auto& q = cfg.questionnaire;

    // Config: the shipped questionnaire and the tests' mini one.
    SeedWriter config(out / "config");
    config.add(q.source_text);
    config.add(kiosk::testing::MiniConfig::valid().questionnaire);

    // Answers: an ordinary client, the same with each yes/no turned to yes,
    // and the harness's own answer sets, in both languages.
    std::vector<AnswerMap> sets = kiosk::fuzz::answer_sets(q);
    const AnswerMap clear = kiosk::testing::clear_client();
    sets.push_back(clear);
    for (const auto& [id, a] : clear) {
        if (!std::holds_alternative<bool>(a)) continue;
        AnswerMap one = clear;
        one[id] = !std::get<bool>(a);
        sets.push_back(std::move(one));
    }
    SeedWriter answers(out / "answers");
    SeedWriter fhir(out / "fhir");
    for (size_t i = 0; i < sets.size(); ++i) {
        json doc = {{"questionnaire", q.id}, {"language", i % 2 ? "es" : "en"}, {"answers", kiosk::answers_to_json(sets[i])}};
        if (i == 1) doc["submission_id"] = "0b6f0d9a-3c1e-4b7e-9a53-2f1d8c4e6a10";
        answers.add(doc.dump(i % 3 ? -1 : 2));
        fhir.add(fhir_response(q, sets[i], i % 2 == 0).dump(i % 3 ? -1 : 2));
    }

    // Expressions: every rule and condition of the shipped questionnaire.
    SeedWriter expressions(out / "expression");
    for (const auto& rule : q.rules) expressions.add(rule.when.source());
    for (const auto& page : q.pages)
        for (const auto& item : page.items)
            if (item.show_if) expressions.add(item.show_if->source());
    return 0;
}
