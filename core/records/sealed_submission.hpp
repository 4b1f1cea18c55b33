#pragma once
// What a submission holds and how it is sealed: answers, names, signature and
// findings go into one JSON document sealed to the clinic's public key; only
// the queue's metadata stays in the clear.
#include <cstdint>
#include <optional>
#include <string>

#include "crypto/sealed_box.hpp"
#include "questionnaire/answers_file.hpp"
#include "rules/contraindication_engine.hpp"
#include "storage/store.hpp"

namespace kiosk::records {

// Seals `answers` (already validated, hidden ones dropped) with their findings.
[[nodiscard]] storage::NewSubmission seal_submission(const KioskConfig& config, const AnswerSet& answers,
                                                     const CheckResult& result, std::int64_t now_ms,
                                                     const crypto::Bytes& public_key);

// An unkeyed digest of the canonical answers (item id -> value, as in an
// answers file, keys sorted) to `questionnaire`: equal exactly when the
// answers are. Only ever stored keyed (Store::add_submission).
[[nodiscard]] crypto::Bytes answers_digest(const std::string& questionnaire, const nlohmann::json& answers);

// The consent text as signed, for the snapshot table.
[[nodiscard]] std::string consent_snapshot(const Consent& consent);

struct OpenedSubmission {
    storage::SubmissionMeta meta;
    std::string language;
    std::string questionnaire_hash;
    std::string consent_version;
    nlohmann::json answers;   // item id -> value, as in an answers file
    nlohmann::json findings;  // as `check` prints them
};

// nullopt when the sealed payload does not open with this key (wrong key or damage).
[[nodiscard]] std::optional<OpenedSubmission> open_submission(const storage::StoredSubmission& s,
                                                              const crypto::Bytes& public_key,
                                                              const crypto::SecretBytes& secret_key);

}  // namespace kiosk::records
