#include "rules/check_json.hpp"

namespace kiosk {

nlohmann::json to_json(const Finding& f) {
    return {{"rule", f.rule_id},
            {"severity", std::string(to_string(f.severity))},
            {"items", f.items},
            {"title", f.title},
            {"explanation", f.explanation},
            {"action", f.action}};
}

nlohmann::json to_json(const CheckResult& r) {
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : r.findings) findings.push_back(to_json(f));
    return {{"disposition", std::string(to_string(r.disposition))}, {"findings", std::move(findings)}};
}

}  // namespace kiosk
