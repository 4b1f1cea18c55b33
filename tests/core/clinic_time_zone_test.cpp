// One clinic time zone (clinic.yaml `timezone:`): the date a submission was
// made is the clinic's in the submission view, the PDF, FHIR and CSV, so an
// evening submission west of UTC is not dated the next day.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <stdexcept>

#include "common/date.hpp"
#include "common/iso_time.hpp"
#include "common/time_zone.hpp"
#include "export/csv_export.hpp"
#include "export/fhir_export.hpp"
#include "export/pdf_export.hpp"
#include "practitioner/submission_view.hpp"
#include "questionnaire/loader.hpp"
#include "questionnaire/snapshot_loader.hpp"
#include "support/mini_config.hpp"
#include "support/temp_dir.hpp"
#include "zone_guard.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::ZoneGuard;

// 2026-03-01T05:00:00Z: 21:00 on 28 February in Los Angeles.
constexpr std::int64_t kEveningInLa = (20'513LL * 86'400 + 5 * 3600) * 1000;

// A question shown only to a minor: whether it shows depends on the day the
// answers were given (the client turns 18 on 1 March 2026).
const char* kGuardianYaml = R"(id: guardian
version: "1"
title: {en: Guardian}
pages:
  - id: you
    title: {en: You}
    items:
      - id: dob
        type: date
        text: {en: Date of birth}
      - id: guardian_name
        type: text
        text: {en: Parent or tutor name}
        show_if: age(dob) < 18
)";

const Questionnaire& guardian_form() {
    static const Questionnaire q = [] {
        auto r = load_questionnaire_snapshot(kGuardianYaml, {});
        if (auto* d = std::get_if<Diagnostics>(&r)) throw std::runtime_error(join_lines(*d));
        return std::get<Questionnaire>(std::move(r));
    }();
    return q;
}

records::OpenedSubmission evening_submission() {
    records::OpenedSubmission s;
    s.meta.id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    s.meta.submitted_at_ms = kEveningInLa;
    s.meta.questionnaire = "guardian";
    s.language = "en";
    s.questionnaire_hash = guardian_form().content_hash;
    s.answers = {{"dob", "2008-03-01"}, {"guardian_name", "Ana"}};
    s.findings = json::array();
    return s;
}

// The PDF's text (pdftotext), or nullopt where poppler-utils is missing.
std::optional<std::string> pdf_text_of(const records::OpenedSubmission& s) {
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) return std::nullopt;
    const testing::TempDir dir{"zone-pdf"};
    const std::string path = dir / "s.pdf";
    const exporting::PdfSubmission pdf{"Clinic", s, std::cref(guardian_form()), {}, {}};
    if (!exporting::write_pdf(path, {pdf})) return std::string("(not written)");
    FILE* p = ::popen(("pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null").c_str(), "r");
    if (p == nullptr) return std::nullopt;
    std::string out;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    ::pclose(p);
    return out;
}

bool view_shows(const practitioner::OpenSubmission& v, const std::string& id) {
    for (const auto& page : v.pages)
        for (const auto& a : page.answers)
            if (a.item == id) return true;
    return false;
}

TEST(ClinicTimeZone, KnownZonesAreInstalledIanaNames) {
    EXPECT_TRUE(is_known_time_zone("Europe/Madrid"));
    EXPECT_TRUE(is_known_time_zone("America/Los_Angeles"));
    EXPECT_TRUE(is_known_time_zone("UTC"));
    EXPECT_FALSE(is_known_time_zone("Mars/Olympus_Mons"));
    EXPECT_FALSE(is_known_time_zone(""));
    EXPECT_FALSE(is_known_time_zone("/etc/localtime")) << "an absolute path is no zone name";
    EXPECT_FALSE(is_known_time_zone("../zoneinfo/UTC")) << "nothing outside the zone directory";
    EXPECT_FALSE(is_known_time_zone("Europe/../UTC"));
    EXPECT_FALSE(is_known_time_zone("Europe")) << "a directory";
    EXPECT_FALSE(is_known_time_zone("zone.tab")) << "a file that is no compiled zone";
}

TEST(ClinicTimeZone, TheClinicsDateOfAnInstant) {
    {
        const ZoneGuard la("America/Los_Angeles");
        EXPECT_EQ(Date::local_of_unix_ms(kEveningInLa), (Date{2026, 2, 28}));
        EXPECT_EQ(iso_local(kEveningInLa), "2026-02-28T21:00:00-08:00");
        EXPECT_EQ(Date::local_of_unix_ms(-1), (Date{1969, 12, 31}));
    }
    {
        const ZoneGuard madrid("Europe/Madrid");
        EXPECT_EQ(Date::local_of_unix_ms(kEveningInLa), (Date{2026, 3, 1}));
        EXPECT_EQ(iso_local(kEveningInLa), "2026-03-01T06:00:00+01:00");
    }
    const ZoneGuard utc("UTC");
    EXPECT_EQ(iso_local(kEveningInLa), "2026-03-01T05:00:00Z");
}

TEST(ClinicTimeZone, AnEveningSubmissionWestOfUtcKeepsItsDay) {
    const ZoneGuard la("America/Los_Angeles");
    const Questionnaire& q = guardian_form();
    const auto s = evening_submission();

    // The view: on 28 February the client was 17, so the guardian question showed.
    EXPECT_TRUE(view_shows(practitioner::shown_submission(s, q, "en"), "guardian_name"));

    // The PDF judges visibility on the clinic's day, and says when.
    if (const auto text = pdf_text_of(s)) {
        EXPECT_NE(text->find("Parent or tutor"), std::string::npos) << *text;
        EXPECT_NE(text->find("28 February 2026, 21:00 (UTC-08:00)"), std::string::npos) << *text;
    }

    // FHIR: authored with the clinic's offset, the guardian answer kept.
    const json r = exporting::questionnaire_response(s, q);
    EXPECT_EQ(r["authored"], "2026-02-28T21:00:00-08:00");
    EXPECT_TRUE(exporting::exported_answers(s, q).contains("guardian_name"));

    // CSV: submitted_at on the clinic's clock, the guardian's name in its column.
    const std::string csv = exporting::csv({s}, q);
    EXPECT_NE(csv.find("2026-02-28T21:00:00-08:00"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",Ana"), std::string::npos) << csv;
}

TEST(ClinicTimeZone, TheSameInstantInMadridIsTheNextDay) {
    const ZoneGuard madrid("Europe/Madrid");
    const Questionnaire& q = guardian_form();
    const auto s = evening_submission();
    EXPECT_FALSE(view_shows(practitioner::shown_submission(s, q, "en"), "guardian_name")) << "18 on 1 March";
    EXPECT_FALSE(exporting::exported_answers(s, q).contains("guardian_name"));
    EXPECT_EQ(exporting::questionnaire_response(s, q)["authored"], "2026-03-01T06:00:00+01:00");
    if (const auto text = pdf_text_of(s)) {
        EXPECT_EQ(text->find("Parent or tutor"), std::string::npos) << *text;
    }
}

TEST(ClinicTimeZone, ConfigNamesTheZone) {
    auto c = testing::MiniConfig::valid();
    c.clinic += "timezone: America/Los_Angeles\n";
    auto ok = load_config(c.write().string());
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(ok)) << join_lines(std::get<Diagnostics>(ok));
    EXPECT_EQ(std::get<KioskConfig>(ok).clinic.timezone, "America/Los_Angeles");

    const auto plain = load_config(testing::MiniConfig::valid().write().string());
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(plain));
    EXPECT_EQ(std::get<KioskConfig>(plain).clinic.timezone, "") << "none given: the system's";
}

TEST(ClinicTimeZone, AnUnknownZoneIsALoadErrorWithItsPlace) {
    auto c = testing::MiniConfig::valid();
    const auto line = std::to_string(std::count(c.clinic.begin(), c.clinic.end(), '\n') + 1);
    c.clinic += "timezone: Mars/Olympus_Mons\n";
    const auto r = load_config(c.write().string());
    ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
    const std::string all = join_lines(std::get<Diagnostics>(r));
    EXPECT_NE(all.find("clinic.yaml:" + line + ":11:"), std::string::npos) << all;
    EXPECT_NE(all.find("Mars/Olympus_Mons"), std::string::npos) << all;
}

}  // namespace
}  // namespace kiosk
