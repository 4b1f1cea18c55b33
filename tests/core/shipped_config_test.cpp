// The shipped config keeps the contract of DESIGN §5: every required item id
// with its type, both languages everywhere, the pages a clinic would expect.
#include <gtest/gtest.h>

#include "questionnaire/loader.hpp"
#include "support/mini_config.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

using testing::shipped_config;

struct Contract {
    const char* id;
    ItemType type;
    bool required;
};

TEST(ShippedConfig, HasEveryContractItem) {
    const Contract contract[] = {
        {"first_name", ItemType::Text, true},       {"last_name", ItemType::Text, true},
        {"dob", ItemType::Date, true},               {"phone", ItemType::Text, false},
        {"email", ItemType::Text, false},            {"concerns", ItemType::MultiChoice, false},
        {"treatment_areas", ItemType::MultiChoice, true},
        {"skin_infection_active", ItemType::YesNo, true}, {"cold_sore_active", ItemType::YesNo, true},
        {"cold_sore_history", ItemType::YesNo, true}, {"acne_active", ItemType::YesNo, true},
        {"keloid_history", ItemType::YesNo, true},   {"eczema_psoriasis_flare", ItemType::YesNo, true},
        {"flare_in_treatment_area", ItemType::YesNo, true}, {"diabetes", ItemType::YesNo, true},
        {"bleeding_disorder", ItemType::YesNo, true}, {"anticoagulants", ItemType::YesNo, true},
        {"anticoagulant_name", ItemType::Text, false}, {"pregnant_or_breastfeeding", ItemType::YesNo, true},
        {"isotretinoin_last_dose", ItemType::Date, false}, {"sunburn_active", ItemType::YesNo, true},
        {"open_wounds_in_area", ItemType::YesNo, true}, {"metal_allergy", ItemType::YesNo, true},
        {"autoimmune_disease", ItemType::YesNo, true}, {"retinoids_recent", ItemType::YesNo, true},
        {"recent_laser_or_peel", ItemType::YesNo, true}, {"skin_cancer_in_area", ItemType::YesNo, true},
        {"immunosuppressed", ItemType::YesNo, true}, {"anesthetic_allergy", ItemType::YesNo, true},
        {"recent_injectables", ItemType::YesNo, true}, {"consent_risks", ItemType::YesNo, true},
        {"consent_aftercare", ItemType::YesNo, true}, {"photo_consent", ItemType::YesNo, false},
        {"signature", ItemType::Signature, true},
    };
    const auto& q = shipped_config().questionnaire;
    for (const auto& c : contract) {
        const Item* item = q.find(c.id);
        ASSERT_NE(item, nullptr) << c.id;
        EXPECT_EQ(item->type, c.type) << c.id;
        EXPECT_EQ(item->required, c.required) << c.id;
    }
    for (const char* id : {"concerns", "treatment_areas"}) EXPECT_GE(q.find(id)->options.size(), 5U);
    EXPECT_TRUE(q.find("flare_in_treatment_area")->show_if);
    EXPECT_TRUE(q.find("anticoagulant_name")->show_if);
    EXPECT_TRUE(q.find("dob")->validation.not_future);
    EXPECT_EQ(q.find("email")->validation.format, TextFormat::Email);
    EXPECT_EQ(q.find("consent_risks")->validation.must_be, true);
}

TEST(ShippedConfig, EnglishAndSpanishEverywhere) {
    const auto& cfg = shipped_config();
    ASSERT_EQ(cfg.clinic.languages.size(), 2U);
    EXPECT_EQ(cfg.clinic.languages[0].code, "en");
    EXPECT_EQ(cfg.clinic.languages[1].code, "es");
    for (const auto& page : cfg.questionnaire.pages)
        for (const auto& item : page.items) {
            EXPECT_EQ(item.text.by_lang.size(), 2U) << item.id;
            EXPECT_NE(item.text.in("en"), item.text.in("es")) << item.id << " looks untranslated";
        }
    EXPECT_GE(cfg.questionnaire.cards.size(), 3U);
    EXPECT_EQ(cfg.questionnaire.consent.body.by_lang.size(), 2U);
    EXPECT_EQ(cfg.questionnaire.pages.back().kind, PageKind::Consent);
    EXPECT_GE(cfg.questionnaire.pages.size(), 5U);
}

TEST(ShippedConfig, ConsentVersionFollowsItsText) {
    auto mini = testing::MiniConfig::valid();
    const auto load = [](const testing::MiniConfig& c) {
        const auto dir = c.write();
        auto r = load_config(dir.string());
        std::filesystem::remove_all(dir);
        return std::get<KioskConfig>(std::move(r)).questionnaire;
    };
    const auto a = load(mini);
    const auto b = load(mini);
    EXPECT_EQ(a.consent.version, b.consent.version);
    EXPECT_EQ(a.content_hash, b.content_hash);
    EXPECT_EQ(a.consent.version.size(), 32U);
    mini.consent.replace(mini.consent.find("Acepto."), 7, "Acepto todo.");
    const auto c = load(mini);
    EXPECT_NE(a.consent.version, c.consent.version);
    EXPECT_EQ(a.content_hash, c.content_hash) << "the questionnaire file did not change";
}

TEST(ShippedConfig, MiniConfigLoadsWithEveryPart) {
    const auto dir = testing::MiniConfig::valid().write();
    auto r = load_config(dir.string());
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(r)) << join_lines(std::get<Diagnostics>(r));
    const auto& cfg = std::get<KioskConfig>(r);
    EXPECT_EQ(cfg.clinic.name, "Test Clinic");
    EXPECT_EQ(cfg.clinic.theme.primary, 0x1F5C58U);
    EXPECT_EQ(cfg.clinic.welcome.in("es"), "Bienvenida");
    EXPECT_EQ(cfg.questionnaire.pages.size(), 2U);
    EXPECT_EQ(cfg.questionnaire.item_count(), 6U);
    EXPECT_EQ(cfg.questionnaire.rules.size(), 2U);
    EXPECT_EQ(cfg.questionnaire.cards.size(), 1U);
}

}  // namespace
}  // namespace kiosk
