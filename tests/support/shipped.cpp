#include "support/shipped.hpp"

#include <cstdlib>
#include <iostream>

#include "questionnaire/loader.hpp"

namespace kiosk::testing {

const KioskConfig& shipped_config() {
    static const KioskConfig config = [] {
        auto r = load_config(std::string(KIOSK_SOURCE_DIR) + "/kiosk-config");
        if (auto* d = std::get_if<Diagnostics>(&r)) {
            std::cerr << "the shipped config does not load:\n" << join_lines(*d);
            std::abort();
        }
        return std::get<KioskConfig>(std::move(r));
    }();
    return config;
}

AnswerMap clear_client() {
    AnswerMap a;
    a["first_name"] = std::string("Ana");
    a["last_name"] = std::string("García");
    a["dob"] = Date{1990, 4, 2};
    a["email"] = std::string("ana@example.com");
    a["phone"] = std::string("+34 600 123 456");
    a["concerns"] = Choices{"fine_lines", "texture"};
    a["treatment_areas"] = Choices{"face"};
    for (const auto& page : shipped_config().questionnaire.pages)
        for (const auto& item : page.items)
            if (item.type == ItemType::YesNo && item.required && !item.show_if) a[item.id] = false;
    a["consent_risks"] = true;
    a["consent_aftercare"] = true;
    a["photo_consent"] = false;
    a["printed_name"] = std::string("Ana García");
    a["signature"] = Signature{{{{0.1F, 0.5F}, {0.4F, 0.6F}, {0.8F, 0.4F}}}};
    return a;
}

}  // namespace kiosk::testing
