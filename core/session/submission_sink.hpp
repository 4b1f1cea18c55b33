#pragma once
// Where a finished intake goes: the app seals it and commits it to the store;
// tests record it. The session calls save() once per submit attempt and shows
// the client only whether it worked, never the check's verdict.
#include <string>
#include <utility>

#include "questionnaire/answers_file.hpp"
#include "rules/contraindication_engine.hpp"

namespace kiosk::session {

struct SaveOutcome {
    bool saved = false;
    // When not saved: the key of a calm message for the client ("please see
    // the front desk"), never the technical reason.
    std::string message_key;

    [[nodiscard]] static SaveOutcome ok() { return {true, {}}; }
    [[nodiscard]] static SaveOutcome failed(std::string key) { return {false, std::move(key)}; }
};

// The message key used when a sink throws instead of reporting a failure.
inline constexpr const char* kSaveFailedKey = "save_failed";

class SubmissionSink {
public:
    virtual ~SubmissionSink() = default;
    // Return saved only once the submission is durable (DESIGN §6). The same
    // answers.submission_id may arrive again after a failure: store it once.
    [[nodiscard]] virtual SaveOutcome save(const AnswerSet& answers, const CheckResult& result) = 0;
};

}  // namespace kiosk::session
