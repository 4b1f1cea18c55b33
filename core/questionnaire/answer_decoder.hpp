#pragma once
// Internal to answers_file: turns parsed JSON (our shape or a FHIR
// QuestionnaireResponse) into typed answers, naming each problem by its path.
#include <nlohmann/json.hpp>

#include <string>

#include "common/diagnostic.hpp"
#include "questionnaire/answers_file.hpp"

namespace kiosk::answers {

class Decoder {
public:
    Decoder(const KioskConfig& config, std::string source, Diagnostics& out);

    [[nodiscard]] AnswerSet decode(const nlohmann::json& doc);

private:
    void decode_plain(const nlohmann::json& doc, AnswerSet& set);
    void decode_fhir(const nlohmann::json& doc, AnswerSet& set);
    void decode_fhir_items(const nlohmann::json& items, const std::string& path, AnswerSet& set);
    void header(const std::string& questionnaire, const std::string& language, AnswerSet& set,
                const std::string& q_path, const std::string& lang_path);
    void put(const std::string& id, const nlohmann::json& value, const std::string& path, AnswerSet& set);
    void put_fhir(const std::string& id, const nlohmann::json& answers, const std::string& path, AnswerSet& set);
    void problem(const std::string& path, const std::string& message);

    const KioskConfig& config_;
    std::string source_;
    Diagnostics& out_;
};

}  // namespace kiosk::answers
