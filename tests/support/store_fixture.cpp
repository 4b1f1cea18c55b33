#include "support/store_fixture.hpp"

#include <stdexcept>

#include "questionnaire/answers_file.hpp"
#include "questionnaire/validation.hpp"
#include "records/sealed_submission.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"

namespace kiosk::testing {

KioskData::KioskData() {
    auto keys = crypto::generate_key_pair();
    public_key = keys.public_key;
    store = storage::Store::open(dir.str(), {.create = true, .max_page_count = std::nullopt});
    store->initialize(keys.public_key, kPractitioner,
                      crypto::wrap_secret_key(keys.secret_key, kPassphrase, crypto::PwhashCost::minimum()), kNowMs);
    secret_key = std::move(keys.secret_key);
}

std::string KioskData::submit(AnswerMap answers, std::int64_t at_ms, std::optional<std::string> id) {
    AnswerSet set{"microneedling", "en", std::move(id), std::move(answers)};
    const auto& q = shipped_config().questionnaire;
    if (!validate_answers(q, set.answers, Completeness::Submit, kToday).empty())
        throw std::logic_error("test answers do not validate");
    const auto result = ContraindicationEngine(q).check(set.answers, kToday, "en");
    auto sub = records::seal_submission(shipped_config(), set, result, at_ms, public_key);
    store->add_submission(sub);
    return sub.id;
}

void KioskData::reopen(storage::Store::Options options) {
    store.reset();
    store = storage::Store::open(dir.str(), options);
}

}  // namespace kiosk::testing
