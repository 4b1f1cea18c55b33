// The signed-consent PDF (DESIGN §3, §7): a real PDF; its text (read back with
// pdftotext when poppler-utils is installed) names the client, the findings
// and the consent version; long content flows onto more pages with the
// footer on each; every submission starts on its own page.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "export/pdf_export.hpp"
#include "records/sealed_submission.hpp"
#include "support/opened_submission.hpp"
#include "support/shipped.hpp"
#include "support/temp_dir.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

using testing::clear_client;
using testing::shipped_config;
using testing::submitted_ms;

const std::string& kId = testing::kSubmissionId;
const std::string kOtherId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

exporting::PdfSubmission pdf_submission(const AnswerMap& answers, const std::string& id = kId,
                                        const std::string& lang = "en") {
    const Questionnaire& q = shipped_config().questionnaire;
    records::OpenedSubmission s = testing::opened_submission(q, answers, lang, id);
    auto consent = exporting::consent_from_snapshot(records::consent_snapshot(q.consent), lang);
    return {shipped_config().clinic.name, std::move(s), std::cref(q), consent.value_or(exporting::PdfConsent{}), {}};
}

AnswerMap flagged_client() {
    AnswerMap a = clear_client();
    a["cold_sore_active"] = true;
    a["diabetes"] = true;
    a["treatment_areas"] = Choices{"face", "neck"};
    a["isotretinoin_last_dose"] = Date{2025, 1, 15};
    return a;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool have_pdftotext() { return std::system("command -v pdftotext >/dev/null 2>&1") == 0; }

// The text of `path` (one page when `page` > 0), or nullopt without pdftotext.
std::optional<std::string> pdf_text(const std::string& path, int page = 0) {
    if (!have_pdftotext()) return std::nullopt;
    std::string cmd = "pdftotext -enc UTF-8";
    if (page > 0) cmd += " -f " + std::to_string(page) + " -l " + std::to_string(page);
    cmd += " '" + path + "' - 2>/dev/null";
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return std::nullopt;
    std::string out;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    ::pclose(p);
    return out;
}

// "Page N of M" on a page's text: M, or 0 when there is none.
int page_total(const std::string& text, int page) {
    std::smatch m;
    const std::regex re("Page " + std::to_string(page) + " of ([0-9]+)");
    return std::regex_search(text, m, re) ? std::stoi(m[1]) : 0;
}

int page_count(const std::string& path) {
    int n = 0;
    while (pdf_text(path, n + 1).value_or("").find("Page ") != std::string::npos) ++n;
    return n;
}

TEST(ExportPdf, WritesFindingsConsentAndSignature) {
    testing::TempDir dir{"pdf"};
    const std::string path = dir / "one.pdf";
    ASSERT_TRUE(exporting::write_pdf(path, {pdf_submission(flagged_client())}));
    const std::string bytes = slurp(path);
    EXPECT_EQ(bytes.rfind("%PDF-", 0), 0U);
    struct stat st{};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U) << "client data in the clear: owner only";
    EXPECT_FALSE(std::filesystem::exists(path + ".partial"));

    const auto text = pdf_text(path);
    KIOSK_REQUIRE_TOOL(text.has_value(), "pdftotext (poppler-utils)");
    const Questionnaire& q = shipped_config().questionnaire;
    for (const std::string& s :
         {std::string("Lumière Skin Studio"), std::string("Intake summary"), std::string("Ana García"),
          std::string("2 April 1990"), kId, q.content_hash, "Version " + q.consent.version, std::string("Findings (2)"),
          std::string("Active cold sore"), std::string("Diabetes"), std::string("Rule cold_sore_active"),
          std::string("Microneedling: consent to treatment"), std::string("Acknowledgements"),
          std::string("Signature"), std::string("Printed name"), std::string("Face, Neck"),
          std::string("15 January 2025"), std::string("No review recorded yet."), std::string("Page 1 of")})
        EXPECT_NE(text->find(s), std::string::npos) << s;
    EXPECT_NE(text->find("Defer"), std::string::npos) << "the disposition as a word, not only a colour";
    EXPECT_EQ(text->find("flare_in_treatment_area"), std::string::npos) << "hidden items are left out";
}

TEST(ExportPdf, LongContentFlowsOntoMorePagesWithTheFooterOnEach) {
    AnswerMap a = flagged_client();
    std::string notes;
    for (int i = 0; i < 120; ++i) notes += "Sentence " + std::to_string(i) + " of a very long health note. ";
    a["health_notes"] = notes + "END-OF-NOTES";
    a["concerns"] = Choices{"other"};
    a["concerns_other"] = std::string(900, 'x') + " END-OF-CONCERNS";
    a["anticoagulants"] = true;
    a["anticoagulant_name"] = notes + "END-OF-ANTICOAGULANT";
    testing::TempDir dir{"pdf"};
    const std::string path = dir / "long.pdf";
    ASSERT_TRUE(exporting::write_pdf(path, {pdf_submission(a)}));
    KIOSK_REQUIRE_TOOL(have_pdftotext(), "pdftotext (poppler-utils)");

    const int pages = page_count(path);
    ASSERT_GT(pages, 2);
    for (int p = 1; p <= pages; ++p) {
        const std::string text = pdf_text(path, p).value_or("");
        EXPECT_EQ(page_total(text, p), pages) << "page " << p << ":\n" << text.substr(0, 400);
        EXPECT_NE(text.find("Ana García"), std::string::npos) << "page " << p;
        EXPECT_NE(text.find("Date of birth 2 April 1990"), std::string::npos) << "page " << p;
        EXPECT_NE(text.find("Submission " + kId), std::string::npos) << "page " << p;
    }
    const std::string all = pdf_text(path).value_or("");
    for (const char* end : {"END-OF-NOTES", "END-OF-CONCERNS", "END-OF-ANTICOAGULANT", "Sentence 119 of"})
        EXPECT_NE(all.find(end), std::string::npos) << end << ": nothing is cut off";
}

TEST(ExportPdf, EachSubmissionStartsOnItsOwnPage) {
    AnswerMap other = clear_client();
    other["first_name"] = std::string("Lucía");
    other["last_name"] = std::string("Fernández");
    testing::TempDir dir{"pdf"};
    const std::string path = dir / "two.pdf";
    ASSERT_TRUE(exporting::write_pdf(path, {pdf_submission(flagged_client()), pdf_submission(other, kOtherId, "es")}));
    KIOSK_REQUIRE_TOOL(have_pdftotext(), "pdftotext (poppler-utils)");

    const int pages = page_count(path);
    ASSERT_GE(pages, 2);
    int second_starts = 0;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = pdf_text(path, p).value_or("");
        const bool first = text.find(kId) != std::string::npos, second = text.find(kOtherId) != std::string::npos;
        EXPECT_NE(first, second) << "page " << p << " belongs to exactly one submission";
        if (second && second_starts == 0) second_starts = p;
        if (p == second_starts) {
            EXPECT_EQ(page_total(text, 1), pages - p + 1) << "numbered within its submission";
            EXPECT_NE(text.find("Lucía Fernández"), std::string::npos);
            EXPECT_NE(text.find("Micropunción: consentimiento"), std::string::npos) << "in the client's language";
        }
    }
    EXPECT_GT(second_starts, 1);
    EXPECT_EQ(page_total(pdf_text(path, 1).value_or(""), 1), second_starts - 1);
}

TEST(ExportPdf, ReviewsWithTheirDecisionAndNote) {
    auto sub = pdf_submission(flagged_client());
    storage::Review r{kId, "Dr Rivera", submitted_ms() + 3'600'000, storage::Decision::Defer, "2026-12-09", {}};
    sub.reviews.push_back(exporting::pdf_review(r, "Rebook after the cold sore heals."));
    sub.reviews.push_back(exporting::pdf_review({kId, "Nurse Kim", submitted_ms() + 7'200'000,
                                                 storage::Decision::Refer, "", {}}));
    testing::TempDir dir{"pdf"};
    const std::string path = dir / "reviewed.pdf";
    ASSERT_TRUE(exporting::write_pdf(path, {sub}));
    const auto text = pdf_text(path);
    KIOSK_REQUIRE_TOOL(text.has_value(), "pdftotext (poppler-utils)");
    for (const char* s : {"Reviews", "Defer until 9 December 2026", "Dr Rivera", "Rebook after the cold sore heals.",
                          "Refer for medical clearance", "Nurse Kim"})
        EXPECT_NE(text->find(s), std::string::npos) << s;
}

TEST(ExportPdf, ConsentSnapshotInTheClientsLanguage) {
    const Consent& c = shipped_config().questionnaire.consent;
    const std::string snapshot = records::consent_snapshot(c);
    const auto es = exporting::consent_from_snapshot(snapshot, "es");
    ASSERT_TRUE(es);
    EXPECT_EQ(es->version, c.version);
    EXPECT_EQ(es->title, c.title.in("es"));
    EXPECT_EQ(es->body, c.body.in("es"));
    const auto fallback = exporting::consent_from_snapshot(snapshot, "fr");
    ASSERT_TRUE(fallback);
    EXPECT_FALSE(fallback->title.empty()) << "a missing language falls back to the snapshot's first";
    EXPECT_FALSE(exporting::consent_from_snapshot("not json", "en"));
    EXPECT_FALSE(exporting::consent_from_snapshot(R"({"title": {}})", "en"));
}

TEST(ExportPdf, NoSubmissionsIsStillADocument) {
    const std::string bytes = exporting::pdf_document({});
    EXPECT_EQ(bytes.rfind("%PDF-", 0), 0U);
    EXPECT_NE(bytes.find("%%EOF"), std::string::npos);
}

TEST(ExportPdf, UnwritablePathIsReported) {
    EXPECT_FALSE(exporting::write_pdf("/nonexistent-dir/x.pdf", {pdf_submission(clear_client())}));
}

}  // namespace
}  // namespace kiosk
