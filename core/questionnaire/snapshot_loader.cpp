#include "questionnaire/snapshot_loader.hpp"

#include "questionnaire/questionnaire_loader.hpp"
#include "questionnaire/yaml_reader.hpp"

namespace kiosk {

namespace {

// Where diagnostics say the problem is: a snapshot has no file of its own.
constexpr const char* kSnapshotName = "questionnaire snapshot";

std::vector<std::string> languages_of_title(const YAML::Node& root) {
    std::vector<std::string> out;
    const YAML::Node title = root["title"];
    if (!title || !title.IsMap()) return out;
    for (const auto& kv : title) {
        auto code = kv.first.as<std::string>("");
        if (!code.empty()) out.push_back(std::move(code));
    }
    return out;
}

}  // namespace

std::variant<Questionnaire, Diagnostics> load_questionnaire_snapshot(const std::string& yaml_text,
                                                                      const std::vector<std::string>& languages) {
    Diagnostics problems;
    config::YamlReader reader(kSnapshotName, problems, languages);
    auto root = reader.load_text(yaml_text);
    if (!root) return problems;
    if (languages.empty()) {
        auto found = languages_of_title(*root);
        if (found.empty()) {
            reader.error(*root, "the snapshot has no 'title' per language to take its languages from");
            return problems;
        }
        reader.set_languages(std::move(found));
    }
    Questionnaire q;
    config::load_questionnaire(reader, *root, /*config_dir=*/"", q);
    if (!problems.empty()) return problems;
    return q;
}

}  // namespace kiosk
