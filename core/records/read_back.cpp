#include "records/read_back.hpp"

#include <functional>
#include <utility>

#include "crypto/sealed_box.hpp"
#include "questionnaire/snapshot_loader.hpp"

namespace kiosk::records {

std::optional<Questionnaire> questionnaire_as_answered(storage::Store& store, const std::string& content_hash) {
    auto text = store.snapshot(content_hash);
    if (!text) return std::nullopt;
    auto q = load_questionnaire_snapshot(*text, {});
    if (!std::holds_alternative<Questionnaire>(q)) return std::nullopt;
    return std::get<Questionnaire>(std::move(q));
}

std::optional<std::string> open_note(const storage::Review& r, const Unlocked& keys) {
    if (r.sealed_note.empty()) return std::nullopt;
    auto plain = crypto::open_sealed(r.sealed_note, keys.public_key, keys.secret_key);
    if (!plain) return std::nullopt;
    return std::string(plain->view());
}

exporting::PdfSubmission pdf_submission(storage::Store& store, const Unlocked& keys, OpenedSubmission submission,
                                        const Questionnaire& as_answered, const std::string& clinic_name) {
    const auto snapshot = store.snapshot(submission.consent_version);
    auto consent = snapshot ? exporting::consent_from_snapshot(*snapshot, submission.language) : std::nullopt;
    if (!consent)
        throw storage::StorageError(storage::ErrorKind::Damaged,
                                    "the consent snapshot of " + submission.meta.id + " does not load");
    std::vector<exporting::PdfReview> reviews;
    for (const auto& r : store.reviews(submission.meta.id))
        reviews.push_back(exporting::pdf_review(r, open_note(r, keys)));
    return {clinic_name, std::move(submission), std::cref(as_answered), std::move(*consent), std::move(reviews)};
}

}  // namespace kiosk::records
