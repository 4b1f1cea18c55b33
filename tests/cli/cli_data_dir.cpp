#include "cli/cli_data_dir.hpp"

#include "questionnaire/answers_file.hpp"
#include "support/shipped.hpp"

namespace kiosk::testing {

nlohmann::json answers_file(const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json f = {{"questionnaire", "microneedling"}, {"language", "en"},
                        {"answers", answers_to_json(clear_client())}};
    if (edit) edit(f);
    return f;
}

}  // namespace kiosk::testing
