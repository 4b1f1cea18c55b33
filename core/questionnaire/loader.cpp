#include "questionnaire/loader.hpp"

#include <filesystem>

#include "common/time_zone.hpp"
#include "questionnaire/config_limits.hpp"
#include "questionnaire/questionnaire_loader.hpp"
#include "questionnaire/yaml_reader.hpp"

namespace kiosk {

namespace {

using config::YamlReader;

std::optional<std::uint32_t> parse_colour(const std::string& s) {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    std::uint32_t v = 0;
    for (size_t i = 1; i < 7; ++i) {
        const char c = s[i];
        std::uint32_t d = 0;
        if (c >= '0' && c <= '9') d = static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f') d = static_cast<std::uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') d = static_cast<std::uint32_t>(c - 'A' + 10);
        else return std::nullopt;
        v = v * 16 + d;
    }
    return v;
}

// Languages come first: every other text is checked against them.
std::vector<Language> read_languages(YamlReader& r, const YAML::Node& root) {
    std::vector<Language> out;
    const YAML::Node langs = root["languages"];
    if (!r.require(root, "languages") || !r.expect_seq(langs, "languages") ||
        !r.at_most(langs, limits::kLanguages, "languages"))
        return out;
    for (const auto& l : langs) {
        if (!r.expect_map(l, "a language", {"code", "name"})) continue;
        auto code = r.text(l, "code", true);
        auto name = r.text(l, "name", true);
        if (!code || !name) continue;
        if (code->size() < 2 || code->size() > 8 || !config::is_identifier(*code)) {
            r.error(l["code"], "'" + *code + "' is not a language code (e.g. en, es)");
            continue;
        }
        bool dup = false;
        for (const auto& o : out) dup = dup || o.code == *code;
        if (dup) {
            r.error(l["code"], "language '" + *code + "' is listed twice");
            continue;
        }
        out.push_back({*code, *name});
    }
    if (out.empty() && langs.IsSequence()) r.error(langs, "offer at least one language");
    return out;
}

void read_theme(YamlReader& r, const YAML::Node& n, Theme& t) {
    if (!n || !r.expect_map(n, "theme", {"primary", "background", "accent", "font_scale", "high_contrast"})) return;
    for (auto [key, field] : {std::pair{"primary", &t.primary}, {"background", &t.background}, {"accent", &t.accent}}) {
        if (auto s = r.text(n, key, false)) {
            if (auto c = parse_colour(*s)) *field = *c;
            else r.error(n[key], std::string("'") + key + "' must be a colour like \"#1F5C58\"");
        }
    }
    if (auto s = r.number(n, "font_scale")) {
        if (*s < 0.8 || *s > 1.6) r.error(n["font_scale"], "'font_scale' must be between 0.8 and 1.6");
        else t.font_scale = static_cast<float>(*s);
    }
    if (auto b = r.boolean(n, "high_contrast")) t.high_contrast = *b;
}

void read_timeouts(YamlReader& r, const YAML::Node& n, Timeouts& t) {
    if (!n || !r.expect_map(n, "timeouts", {"idle_seconds", "countdown_seconds", "practitioner_idle_seconds", "thanks_seconds"}))
        return;
    if (auto v = r.integer(n, "idle_seconds", 15, 3600)) t.idle_seconds = static_cast<int>(*v);
    if (auto v = r.integer(n, "countdown_seconds", 5, 300)) t.countdown_seconds = static_cast<int>(*v);
    if (auto v = r.integer(n, "practitioner_idle_seconds", 15, 3600)) t.practitioner_idle_seconds = static_cast<int>(*v);
    if (auto v = r.integer(n, "thanks_seconds", 3, 600)) t.thanks_seconds = static_cast<int>(*v);
}

void read_clinic(YamlReader& r, const YAML::Node& root, Clinic& c) {
    r.expect_map(root, "clinic.yaml",
                 {"name", "languages", "questionnaire", "welcome", "privacy_note", "thanks", "theme", "timeouts",
                  "data_dir", "export_dir", "timezone"});
    if (auto s = r.text(root, "name", true)) c.name = *s;
    if (auto s = r.identifier(root, "questionnaire")) c.questionnaire = *s;
    c.welcome = r.localized(root, "welcome", true);
    c.privacy_note = r.localized(root, "privacy_note", true);
    if (const YAML::Node t = root["thanks"]; r.require(root, "thanks") && r.expect_map(t, "thanks", {"title", "body"})) {
        c.thanks_title = r.localized(t, "title", true);
        c.thanks_body = r.localized(t, "body", true);
    }
    read_theme(r, root["theme"], c.theme);
    read_timeouts(r, root["timeouts"], c.timeouts);
    if (auto s = r.text(root, "data_dir", false)) c.data_dir = *s;
    if (auto s = r.text(root, "export_dir", false)) c.export_dir = *s;
    if (auto s = r.text(root, "timezone", false)) {
        if (is_known_time_zone(*s)) c.timezone = *s;
        else r.error(root["timezone"], "'timezone' must be an IANA time zone such as \"Europe/Madrid\" (none named '" +
                                           *s + "' in " + time_zone_dir() + ")");
    }
}

}  // namespace

LoadResult load_config(const std::string& dir) {
    namespace fs = std::filesystem;
    Diagnostics problems;
    KioskConfig cfg;
    cfg.dir = dir;

    const std::string clinic_file = (fs::path(dir) / "clinic.yaml").string();
    YamlReader clinic_reader(clinic_file, problems, {});
    auto clinic_root = clinic_reader.load();
    if (!clinic_root) return problems;
    cfg.clinic.languages = read_languages(clinic_reader, *clinic_root);
    std::vector<std::string> codes;
    for (const auto& l : cfg.clinic.languages) codes.push_back(l.code);
    YamlReader& reader = clinic_reader;
    reader.set_languages(codes);
    read_clinic(reader, *clinic_root, cfg.clinic);

    if (!cfg.clinic.questionnaire.empty()) {
        const std::string qfile = (fs::path(dir) / "questionnaires" / (cfg.clinic.questionnaire + ".yaml")).string();
        if (std::error_code ec; !fs::exists(qfile, ec)) {
            reader.error((*clinic_root)["questionnaire"],
                         "questionnaire '" + cfg.clinic.questionnaire + "' not found (looked for " + qfile + ")");
        } else {
            YamlReader qreader(qfile, problems, codes);
            if (auto qroot = qreader.load()) {
                config::load_questionnaire(qreader, *qroot, dir, cfg.questionnaire);
                if (!cfg.questionnaire.id.empty() && cfg.questionnaire.id != cfg.clinic.questionnaire)
                    qreader.error((*qroot)["id"], "the questionnaire's id '" + cfg.questionnaire.id +
                                                      "' does not match its file name '" + cfg.clinic.questionnaire + "'");
            }
        }
    }
    if (!problems.empty()) return problems;
    return cfg;
}

}  // namespace kiosk
