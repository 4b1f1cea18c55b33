// The practitioner's side in Spanish (issue 10): the language starts as the
// clinic's default, the EN / ES toggle on the unlock screen and in the header
// switches the screens and the exported PDF, and leaving returns to the
// default for the next practitioner. The client's answers stay in theirs.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "../support/require_tool.hpp"
#include "../support/shipped.hpp"
#include "../support/store_fixture.hpp"
#include "../support/temp_dir.hpp"
#include "support/headless_ui.hpp"
#include "practitioner/practitioner_session.hpp"
#include "screens/practitioner_mode.hpp"

namespace kiosk::test {
namespace {

class PractitionerLanguage : public ::testing::Test {
protected:
    void SetUp() override {
        AnswerMap defer = testing::clear_client();
        defer["first_name"] = std::string("Lucía");
        defer["last_name"] = std::string("García");
        defer["cold_sore_active"] = true;
        (void)data.submit(defer, testing::kNowMs);

        practitioner::PractitionerOptions opts;
        opts.export_dir = exports.str();
        opts.clinic_name = "Lumière Skin Studio";
        opts.lang = "en";  // the shipped clinic's first language
        session = std::make_unique<practitioner::PractitionerSession>(
            *data.store, testing::shipped_config(), pclock, [] { return testing::kNowMs + 3'600'000; }, opts);
        mode = std::make_unique<ui::PractitionerMode>(*session, pclock, opts.clinic_name, opts.idle_seconds);
        hui = std::make_unique<HeadlessUi>(testing::shipped_config());
        hui->shell().set_practitioner(*mode);
        hui->frame();
    }
    void TearDown() override {
        hui.reset();
        mode.reset();
        session.reset();
    }

    [[nodiscard]] std::string screen() const { return std::string(hui->shell().screen_name()); }

    void open_unlock_screen() {
        const ImVec2 corner(12, 12);
        hui->frame(corner, true);
        pclock.now += 3000;
        hui->frame(corner, true);
        hui->frame(corner, false);
        hui->frame(corner, false);
        ASSERT_EQ(screen(), "unlock");
    }

    // Unlocked without the on-screen keyboard (practitioner_mode_test types).
    void unlock() {
        ASSERT_TRUE(session->unlock(testing::kPractitioner, testing::kPassphrase).unlocked.has_value());
        hui->frame();
        hui->frame();
        ASSERT_EQ(screen(), "queue");
    }

    [[nodiscard]] bool drew(std::string_view needle) const { return hui->drew(needle); }

    testing::KioskData data;
    testing::TempDir exports{"exports"};
    FakeClock pclock;
    std::unique_ptr<practitioner::PractitionerSession> session;
    std::unique_ptr<ui::PractitionerMode> mode;
    std::unique_ptr<HeadlessUi> hui;
};

TEST_F(PractitionerLanguage, StartsInTheClinicsLanguageAndTheUnlockScreenSwitches) {
    open_unlock_screen();
    EXPECT_EQ(mode->language(), "en");
    EXPECT_TRUE(drew("Practitioner sign-in"));
    ASSERT_TRUE(hui->shows("lang=es"));
    hui->tap("lang=es");
    EXPECT_EQ(mode->language(), "es");
    EXPECT_TRUE(drew("Acceso del profesional"));
    EXPECT_TRUE(drew("Su nombre"));
    EXPECT_TRUE(drew("Cancelar"));
    EXPECT_FALSE(drew("Practitioner sign-in"));
}

TEST_F(PractitionerLanguage, QueueAndSubmissionDrawSpanishLabels) {
    open_unlock_screen();
    hui->tap("lang=es");
    unlock();
    for (const char* label : {"Buscar por nombre", "Bloquear", "Solo sin revisar", "Todos", "Aplazar", "Sin revisar",
                              "1 formulario espera una decisión."})
        EXPECT_TRUE(drew(label)) << label;
    EXPECT_FALSE(drew("Search by name"));
    EXPECT_FALSE(drew("Not reviewed only"));

    hui->tap("row#1");
    ASSERT_EQ(screen(), "submission");
    for (const char* label : {"Hallazgos", "Registrar decisión", "Exportar PDF", "Firma", "Respuestas · "})
        EXPECT_TRUE(drew(label)) << label;
    EXPECT_FALSE(drew("Findings"));

    hui->tap("decide");
    hui->tap("decision=defer");
    hui->tap("defer=1m");
    // 18 November 2026 (the fake clock's day) + 1 month, in Spanish.
    EXPECT_TRUE(drew("Hasta el ")) << ::testing::PrintToString(hui->drawn_text());
    EXPECT_TRUE(drew("de diciembre de 2026"));
    EXPECT_TRUE(drew("Aplazar hasta una fecha"));
}

TEST_F(PractitionerLanguage, TheHeaderToggleSwitchesBackAndLockingRestoresTheDefault) {
    open_unlock_screen();
    hui->tap("lang=es");
    unlock();
    ASSERT_TRUE(hui->shows("lang=en"));
    hui->tap("lang=en");
    EXPECT_TRUE(drew("Search by name"));
    hui->tap("lang=es");
    EXPECT_TRUE(drew("Buscar por nombre"));
    hui->tap("lock");
    EXPECT_EQ(screen(), "attract");
    EXPECT_EQ(mode->language(), "en");
    open_unlock_screen();
    EXPECT_TRUE(drew("Practitioner sign-in"));
}

TEST_F(PractitionerLanguage, TheExportedPdfFollowsThePractitionersLanguage) {
    open_unlock_screen();
    hui->tap("lang=es");
    unlock();
    hui->tap("row#1");
    hui->tap("export");
    ASSERT_TRUE(drew("PDF guardado en")) << ::testing::PrintToString(hui->drawn_text());
    std::filesystem::path pdf;
    for (const auto& e : std::filesystem::directory_iterator(exports.path()))
        if (e.path().extension() == ".pdf") pdf = e.path();
    ASSERT_FALSE(pdf.empty());

    const bool have = std::system("command -v pdftotext >/dev/null 2>&1") == 0;
    KIOSK_REQUIRE_TOOL(have, "pdftotext (poppler-utils)");
    const std::string out = (exports.path() / "pdf.txt").string();
    ASSERT_EQ(std::system(("pdftotext -enc UTF-8 '" + pdf.string() + "' '" + out + "'").c_str()), 0);
    std::ifstream in(out);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const char* heading : {"Resumen de admisión", "Hallazgos", "Respuestas", "Consentimiento", "Firma",
                                "Fecha de nacimiento", "Página 1 de", "de noviembre de 2026"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    EXPECT_EQ(text.find("Intake summary"), std::string::npos);
    EXPECT_EQ(text.find("Findings"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::test
