#pragma once
// Internal to answers_file: turns parsed JSON (our shape or a FHIR
// QuestionnaireResponse) into typed answers, naming each problem by its path.
#include <nlohmann/json.hpp>

#include <set>
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
    void decode_fhir_items(const nlohmann::json& items, const std::string& path, size_t depth, AnswerSet& set);
    void header(const std::string& questionnaire, const std::string& language, AnswerSet& set,
                const std::string& q_path, const std::string& lang_path);
    void put(const std::string& id, const nlohmann::json& value, const std::string& path, AnswerSet& set);
    void put_fhir(const std::string& id, const nlohmann::json& answers, const std::string& path, AnswerSet& set);
    void put_text(const Item& item, const nlohmann::json& v, const std::string& path, AnswerSet& set);
    void put_signature(const std::string& id, const nlohmann::json& v, const std::string& path, AnswerSet& set);
    // Counts one more answer (or FHIR item); false, with the problem named
    // once, past limits::kAnswers.
    bool count_answer(const std::string& path);
    void problem(const std::string& path, const std::string& message);

    const KioskConfig& config_;
    std::string source_;
    Diagnostics& out_;
    std::set<std::string, std::less<>> seen_;  // ids answered so far: a second answer is refused, never a pick
    size_t counted_ = 0;
};

}  // namespace kiosk::answers
