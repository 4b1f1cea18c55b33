#pragma once
// The shipped kiosk-config and a complete set of answers for a client with
// nothing to report, as of a fixed "today"; tests change one thing at a time.
#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"

namespace kiosk::testing {

inline constexpr Date kToday{2026, 11, 25};

// Loaded once per process; aborts the test binary if the shipped config is broken.
const KioskConfig& shipped_config();

// Every required answer of the microneedling questionnaire, all medical
// questions answered "no", consent given and signed.
AnswerMap clear_client();

}  // namespace kiosk::testing
