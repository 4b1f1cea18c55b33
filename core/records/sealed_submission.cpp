#include "records/sealed_submission.hpp"

#include <sodium.h>

#include "records/uuid.hpp"
#include "storage/field_hash.hpp"
#include "rules/check_json.hpp"

namespace kiosk::records {

using nlohmann::json;

std::string consent_snapshot(const Consent& consent) {
    json j = {{"version", consent.version}, {"title", consent.title.by_lang}, {"body", consent.body.by_lang}};
    return j.dump();
}

crypto::Bytes answers_digest(const std::string& questionnaire, const nlohmann::json& answers) {
    // nlohmann::json keeps object keys sorted, so the same answers always
    // dump to the same text, whatever order they were given in.
    std::string canonical = answers.dump();
    auto digest = storage::FieldHash()
                      .add(std::string_view("intake-kiosk answers v1"))
                      .add(questionnaire)
                      .add(canonical)
                      .finish();
    sodium_memzero(canonical.data(), canonical.size());
    return digest;
}

storage::NewSubmission seal_submission(const KioskConfig& config, const AnswerSet& answers, const CheckResult& result,
                                       std::int64_t now_ms, const crypto::Bytes& public_key) {
    const Questionnaire& q = config.questionnaire;
    storage::NewSubmission s;
    s.id = answers.submission_id.value_or(new_uuid());
    s.submitted_at_ms = now_ms;
    s.questionnaire = q.id;
    s.questionnaire_hash = q.content_hash;
    s.questionnaire_source = q.source_text;
    s.consent_version = q.consent.version;
    s.consent_snapshot = consent_snapshot(q.consent);
    s.language = answers.language;
    s.disposition = result.disposition;
    json answers_json = answers_to_json(answers.answers);
    s.answers_digest = answers_digest(answers.questionnaire, answers_json);
    std::string plain = json{{"answers", std::move(answers_json)}, {"findings", to_json(result)["findings"]}}.dump();
    s.sealed = crypto::seal({reinterpret_cast<const std::uint8_t*>(plain.data()), plain.size()}, public_key);
    sodium_memzero(plain.data(), plain.size());
    return s;
}

std::optional<OpenedSubmission> open_submission(const storage::StoredSubmission& s, const crypto::Bytes& public_key,
                                                const crypto::SecretBytes& secret_key) {
    auto plain = crypto::open_sealed(s.sealed, public_key, secret_key);
    if (!plain) return std::nullopt;
    json doc = json::parse(plain->view(), nullptr, false);
    if (doc.is_discarded() || !doc.contains("answers") || !doc.contains("findings")) return std::nullopt;
    OpenedSubmission out;
    out.meta = s.meta;
    out.language = s.language;
    out.questionnaire_hash = s.questionnaire_hash;
    out.consent_version = s.consent_version;
    out.answers = std::move(doc["answers"]);
    out.findings = std::move(doc["findings"]);
    return out;
}

}  // namespace kiosk::records
