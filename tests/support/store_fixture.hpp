#pragma once
// A kiosk data directory with a clinic key and one practitioner, and a way to
// submit the shipped questionnaire's answers into it.
#include <memory>
#include <optional>
#include <string>

#include "crypto/key_wrap.hpp"
#include "questionnaire/answer.hpp"
#include "storage/store.hpp"
#include "support/temp_dir.hpp"

namespace kiosk::testing {

inline constexpr std::int64_t kNowMs = 1'795'000'000'000;  // 2026-11-18
inline const std::string kPassphrase = "correct horse battery";
inline const std::string kPractitioner = "Dr Rivera";

struct KioskData {
    TempDir dir{"store"};
    std::unique_ptr<storage::Store> store;
    crypto::Bytes public_key;
    crypto::SecretBytes secret_key;  // to open what was stored without an unlock (Argon2id)

    KioskData();
    // Validates, checks, seals and stores; returns the submission id.
    std::string submit(AnswerMap answers, std::int64_t at_ms = kNowMs, std::optional<std::string> id = std::nullopt);
    void reopen(storage::Store::Options options = {});
};

}  // namespace kiosk::testing
