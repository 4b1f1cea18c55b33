#pragma once
// Internal to the loader: reads questionnaires/<id>.yaml and its consent file.
#include <string>

#include "questionnaire/model.hpp"
#include "questionnaire/yaml_reader.hpp"

namespace kiosk::config {

// `config_dir` resolves the consent path; problems go to the reader's list.
void load_questionnaire(YamlReader& reader, const YAML::Node& root, const std::string& config_dir,
                        Questionnaire& out);

}  // namespace kiosk::config
