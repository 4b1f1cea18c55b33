#pragma once
// What every run of the executable does first, kiosk or command (DESIGN §6,
// issue 9): no core dump may carry a client's answers or a passphrase off
// the tablet, and no other process of the same user may read this one's
// memory (ptrace, /proc/PID/mem).
#include <string>

namespace kiosk::platform {

// Sets RLIMIT_CORE to 0 (soft and hard) and PR_SET_DUMPABLE to 0. Returns ""
// or what could not be set (the caller warns and goes on: the rest of the
// protection, wiping, still holds).
[[nodiscard]] std::string harden_process();

}  // namespace kiosk::platform
