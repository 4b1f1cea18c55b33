#pragma once
// Binds each submission into the audit chain: when a submission is stored, an
// audit row ("submit") records a hash of its clear metadata (id, time,
// questionnaire and its snapshot hash, consent version, language,
// disposition), its sealed bytes and its answers digest. `audit verify`
// recomputes it for every row, so a disposition changed from decline to clear,
// a deleted submission or one inserted past the kiosk is found even with the
// triggers dropped; and the chain's head, kept outside, keeps the audit rows
// themselves from being rewritten unseen.
#include <cstdint>
#include <string>
#include <vector>

#include "crypto/sealed_box.hpp"
#include "storage/sqlite.hpp"

namespace kiosk::storage {

// The binding hash of the stored row with this id (it must exist).
[[nodiscard]] crypto::Bytes binding_of_stored(Connection& c, const std::string& id);

// The audit row's details for a binding, and the binding read back from them.
[[nodiscard]] std::string binding_details(const crypto::Bytes& binding);
[[nodiscard]] crypto::Bytes binding_in(const std::string& details);

// The audit events that carry a binding.
inline constexpr const char* kSubmitEvent = "submit";
inline constexpr const char* kBoundEvent = "submission_bound";  // stored before schema 2, bound at the upgrade

struct BindingProblem {
    std::int64_t audit_seq = 0;  // the audit row concerned, 0 when there is none
    std::string what;
};

// Every submission without its audit row, with one that does not match, and
// every binding row whose submission is gone.
[[nodiscard]] std::vector<BindingProblem> binding_problems(Connection& c);

}  // namespace kiosk::storage
