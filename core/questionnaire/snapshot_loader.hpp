#pragma once
// Loads a questionnaire from a stored snapshot: the exact file a submission
// was answered against, so an old submission reads as it was answered even
// after the clinic edited kiosk-config/. The consent text is snapshotted
// separately, so the snapshot's `consent:` path is not followed.
#include <string>
#include <variant>
#include <vector>

#include "common/diagnostic.hpp"
#include "questionnaire/model.hpp"

namespace kiosk {

// `languages`: the codes every text must have; empty takes them from the keys
// of the snapshot's `title` (in file order). The result's content_hash is the
// hash of `yaml_text`, so it matches the hash stored with the submission.
[[nodiscard]] std::variant<Questionnaire, Diagnostics> load_questionnaire_snapshot(
    const std::string& yaml_text, const std::vector<std::string>& languages);

}  // namespace kiosk
