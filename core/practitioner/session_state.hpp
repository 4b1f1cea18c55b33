#pragma once
// What a PractitionerSession holds, shared by the files that implement it:
// practitioner_session.cpp (locking, the idle lock, the index, the queue)
// and practitioner_submission.cpp (one submission: open, decide, export).
#include <map>
#include <optional>
#include <string>

#include "practitioner/name_index.hpp"
#include "practitioner/practitioner_session.hpp"

namespace kiosk::practitioner {

struct PractitionerSession::Impl {
    storage::Store& store;
    const KioskConfig& config;
    const session::Clock& clock;
    std::function<std::int64_t()> wall_ms;
    PractitionerOptions options;

    // Unlocked: the clinic key and who unlocked it; both gone when locked.
    std::optional<records::Unlocked> keys;
    std::string practitioner;
    session::IdleTimer idle;

    NameIndex index;
    IndexProgress progress;
    std::optional<storage::SubmissionCursor> cursor;  // where the index walk goes on
    bool walked = false;                              // the walk reached the oldest submission

    // The open submission: as decrypted (for the PDF) and as shown.
    std::optional<records::OpenedSubmission> opened;
    std::optional<OpenSubmission> shown;

    // Questionnaires as answered, by content hash (no client data in them).
    std::map<std::string, Questionnaire, std::less<>> as_answered;

    Impl(storage::Store& s, const KioskConfig& c, const session::Clock& k, std::function<std::int64_t()> w,
         PractitionerOptions o);

    // Appends to the audit log as the unlocked practitioner.
    void audit(const std::string& event, const std::string& submission_id, const std::string& details);
    // The questionnaire a submission was answered against; nullptr when its snapshot does not load.
    const Questionnaire* questionnaire(const std::string& content_hash);
    // Forgets the open submission, zeroing what it held.
    void close_submission();
    // Forgets the key, the index and the open submission.
    void wipe();
    // wipe(), then audits "lock" for `why`; false when nothing was unlocked.
    bool lock(const char* why);
    // A submission's reviews as shown, notes opened.
    [[nodiscard]] std::vector<ShownReview> reviews(const std::string& submission_id);
};

}  // namespace kiosk::practitioner
