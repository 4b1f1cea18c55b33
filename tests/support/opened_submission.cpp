#include "support/opened_submission.hpp"

#include "questionnaire/answers_file.hpp"
#include "rules/check_json.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"

namespace kiosk::testing {

std::int64_t submitted_ms() { return (kToday.days() * 86'400LL + 14 * 3600 + 3 * 60) * 1000; }

records::OpenedSubmission opened_submission(const Questionnaire& q, const AnswerMap& answers, const std::string& lang,
                                            const std::string& id) {
    const CheckResult result = ContraindicationEngine(q).check(answers, kToday, lang);
    records::OpenedSubmission s;
    s.meta.id = id;
    s.meta.submitted_at_ms = submitted_ms();
    s.meta.questionnaire = q.id;
    s.meta.disposition = result.disposition;
    s.language = lang;
    s.questionnaire_hash = q.content_hash;
    s.consent_version = q.consent.version;
    s.answers = answers_to_json(answers);  // as stored: hidden answers included, to check the exports drop them
    s.findings = to_json(result)["findings"];
    return s;
}

}  // namespace kiosk::testing
