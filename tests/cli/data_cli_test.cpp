// The data commands end to end through the real executable (DESIGN §7):
// init, add-practitioner, submit, list, audit verify, backup, export.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_data_dir.hpp"
#include "cli/cli_support.hpp"
#include "questionnaire/answers_file.hpp"
#include "support/shipped.hpp"
#include "support/temp_dir.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::answers_file;
using testing::run_kiosk;
using testing::temp_file;

const std::string kConfig = " --config " + testing::kShippedConfigDir;

// A data directory the test inits itself.
struct DataDir : testing::CliDataDir {
    DataDir() : CliDataDir("cli-data") {}
};

TEST(DataCli, InitOnceOnly) {
    DataDir d;
    auto r = d.init();
    ASSERT_EQ(r.code, 0) << r.err;
    auto again = d.init();
    EXPECT_EQ(again.code, 2);
    EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
}

TEST(DataCli, ShortPassphraseRefused) {
    DataDir d;
    const auto r = run_kiosk("init" + d.data() + " --practitioner X --passphrase-file " + temp_file("short\n"));
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("at least 10 characters"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(d.dir / "kiosk.db")) << "nothing written";
}

TEST(DataCli, SubmitListAndIdempotentRetry) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    const auto first = d.submit(answers_file());
    ASSERT_EQ(first.code, 0) << first.err;
    const std::string id1 = first.out.substr(0, 36);
    const auto defer = d.submit(answers_file([](json& f) {
        f["answers"]["cold_sore_active"] = true;
        f["submission_id"] = "0f8fad5b-d9cb-469f-a165-70867728950e";
    }));
    ASSERT_EQ(defer.code, 0) << defer.err;
    EXPECT_EQ(defer.out, "0f8fad5b-d9cb-469f-a165-70867728950e\n");
    const auto retry = d.submit(answers_file([](json& f) {
        f["answers"]["cold_sore_active"] = true;
        f["submission_id"] = "0f8fad5b-d9cb-469f-a165-70867728950e";
    }));
    EXPECT_EQ(retry.out, defer.out) << "a retry prints the same id";

    const auto list = run_kiosk("list" + d.data() + " --json");
    ASSERT_EQ(list.code, 0) << list.err;
    const auto rows = json::parse(list.out);
    ASSERT_EQ(rows.size(), 2U) << "the retry stored nothing new";
    for (const auto& row : rows) {
        EXPECT_EQ(row.size(), 5U) << row.dump();
        for (const char* key : {"id", "submitted_at", "questionnaire", "disposition", "reviewed"})
            EXPECT_TRUE(row.contains(key)) << key;
        EXPECT_EQ(row["reviewed"], false);
    }
    EXPECT_EQ(rows[0]["id"], "0f8fad5b-d9cb-469f-a165-70867728950e") << "newest first";
    EXPECT_EQ(rows[0]["disposition"], "defer");
    EXPECT_EQ(rows[1]["id"], id1);
    EXPECT_EQ(rows[1]["disposition"], "clear");
    EXPECT_EQ(list.out.find("Ana"), std::string::npos) << "list shows no client data";

    const auto only = json::parse(run_kiosk("list" + d.data() + " --json --disposition defer").out);
    EXPECT_EQ(only.size(), 1U);
    EXPECT_EQ(run_kiosk("list" + d.data() + " --disposition maybe").code, 2);
}

TEST(DataCli, SubmitNeedsTheSignature) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    const auto r = d.submit(answers_file([](json& f) { f["answers"].erase("signature"); }));
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("signature: an answer is required"), std::string::npos) << r.err;
}

TEST(DataCli, SubmitWithoutInitIsRefused) {
    DataDir d;
    const auto r = d.submit(answers_file());
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("init"), std::string::npos) << r.err;
}

TEST(DataCli, AddPractitionerNeedsARightPassphraseAndIsAudited) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    const std::string new_pass = temp_file("another fine passphrase", ".pass");
    const auto wrong = run_kiosk("add-practitioner" + d.data() + " --practitioner 'Nurse Kim' --passphrase-file " +
                                 new_pass + " --by 'Dr Rivera' --by-passphrase-file " + temp_file("wrong passphrase!"));
    EXPECT_EQ(wrong.code, 2);
    EXPECT_TRUE(wrong.out.empty());
    const auto ok = run_kiosk("add-practitioner" + d.data() + " --practitioner 'Nurse Kim' --passphrase-file " +
                              new_pass + " --by 'Dr Rivera' --by-passphrase-file " + d.pass_file);
    EXPECT_EQ(ok.code, 0) << ok.err;
    const auto verify = run_kiosk("audit verify" + d.data());
    EXPECT_EQ(verify.code, 0) << verify.err;
    EXPECT_NE(verify.out.find("audit log OK: 4 entries"), std::string::npos) << verify.out;  // init, failed, unlock, add
}

TEST(DataCli, BackupIsAWorkingDatabase) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    ASSERT_EQ(d.submit(answers_file()).code, 0);
    testing::TempDir out{"cli-backup"};
    const auto r = run_kiosk("backup" + d.data() + " --out " + (out / "kiosk.db"));
    ASSERT_EQ(r.code, 0) << r.err;
    const auto list = json::parse(run_kiosk("list --json --data " + out.str()).out);
    EXPECT_EQ(list.size(), 1U);
    EXPECT_EQ(run_kiosk("backup" + d.data() + " --out " + (out / "kiosk.db")).code, 2) << "never overwrites";
}

TEST(DataCli, DamagedDatabaseExitsThree) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    {
        std::ofstream(d.dir / "kiosk.db", std::ios::binary | std::ios::trunc) << std::string(8192, 'x');
    }
    std::filesystem::remove(d.dir / "kiosk.db-wal");
    const auto r = run_kiosk("list" + d.data());
    EXPECT_EQ(r.code, 3) << r.err;
    EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(DataCli, ExportFhirAndCsvAfterUnlock) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    ASSERT_EQ(d.submit(answers_file([](json& f) { f["answers"]["first_name"] = "=HYPERLINK(\"x\")"; })).code, 0);
    ASSERT_EQ(d.submit(answers_file([](json& f) { f["answers"]["diabetes"] = true; })).code, 0);
    testing::TempDir out{"cli-export"};
    const std::string auth = " --practitioner 'Dr Rivera' --passphrase-file " + d.pass_file;

    const auto fhir = run_kiosk("export" + d.data() + auth + " --format fhir --out " + (out / "all.json"));
    ASSERT_EQ(fhir.code, 0) << fhir.err;
    std::ifstream in(out / "all.json");
    const auto bundle = json::parse(in);
    EXPECT_EQ(bundle["resourceType"], "Bundle");
    EXPECT_EQ(bundle["type"], "collection");
    ASSERT_EQ(bundle["entry"].size(), 2U);
    EXPECT_EQ(bundle["entry"][0]["resource"]["resourceType"], "QuestionnaireResponse");

    const auto csv = run_kiosk("export" + d.data() + auth + " --format csv --out " + (out / "all.csv"));
    ASSERT_EQ(csv.code, 0) << csv.err;
    std::ifstream cin(out / "all.csv");
    const std::string text((std::istreambuf_iterator<char>(cin)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text.rfind("id,submitted_at,disposition,", 0), 0U) << text.substr(0, 80);
    EXPECT_NE(text.find("'=HYPERLINK"), std::string::npos) << "formula neutralised";

    const auto one_id = json::parse(run_kiosk("list --json" + d.data()).out)[0]["id"].get<std::string>();
    const auto one = run_kiosk("export" + d.data() + auth + " --format fhir --id " + one_id + " --out " + (out / "one.json"));
    ASSERT_EQ(one.code, 0) << one.err;
    std::ifstream oin(out / "one.json");
    EXPECT_EQ(json::parse(oin)["resourceType"], "QuestionnaireResponse");

    const auto audit = run_kiosk("audit verify" + d.data());
    EXPECT_EQ(audit.code, 0) << audit.err;
}

TEST(DataCli, ExportWithAWrongPassphraseWritesNothing) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    ASSERT_EQ(d.submit(answers_file()).code, 0);
    testing::TempDir out{"cli-export"};
    const auto r = run_kiosk("export" + d.data() + " --practitioner 'Dr Rivera' --passphrase-file " +
                             temp_file("not the passphrase") + " --format csv --out " + (out / "x.csv"));
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(std::filesystem::exists(out / "x.csv"));
    const auto pdf = run_kiosk("export" + d.data() + " --practitioner 'Dr Rivera' --passphrase-file " +
                               temp_file("not the passphrase") + " --format pdf --out " + (out / "x.pdf"));
    EXPECT_EQ(pdf.code, 2);
    EXPECT_FALSE(std::filesystem::exists(out / "x.pdf"));
    EXPECT_FALSE(std::filesystem::exists(out / "x.pdf.partial"));
}

// The text of a PDF through pdftotext (poppler-utils), or nullopt without it.
std::optional<std::string> pdf_text(const std::string& path) {
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) return std::nullopt;
    const std::string txt = path + ".txt";
    if (std::system(("pdftotext -enc UTF-8 '" + path + "' '" + txt + "'").c_str()) != 0) return std::string();
    std::ifstream in(txt);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(DataCli, ExportPdfOfOneOrAll) {
    DataDir d;
    ASSERT_EQ(d.init().code, 0);
    const auto defer = d.submit(answers_file([](json& f) { f["answers"]["cold_sore_active"] = true; }));
    ASSERT_EQ(defer.code, 0) << defer.err;
    const std::string defer_id = defer.out.substr(0, 36);
    ASSERT_EQ(d.submit(answers_file([](json& f) {
                  f["language"] = "es";
                  f["answers"]["first_name"] = "Lucía";
                  f["answers"]["last_name"] = "Fernández";
              })).code, 0);
    testing::TempDir out{"cli-export"};
    const std::string auth = " --practitioner 'Dr Rivera' --passphrase-file " + d.pass_file;

    const auto all = run_kiosk("export" + kConfig + d.data() + auth + " --format pdf --out " + (out / "all.pdf"));
    ASSERT_EQ(all.code, 0) << all.err;
    std::ifstream in(out / "all.pdf", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.rfind("%PDF-", 0), 0U);
    const auto one = run_kiosk("export" + kConfig + d.data() + auth + " --format pdf --id " + defer_id + " --out " +
                               (out / "one.pdf"));
    ASSERT_EQ(one.code, 0) << one.err;
    EXPECT_EQ(run_kiosk("audit verify" + d.data()).code, 0);

    const auto text = pdf_text(out / "all.pdf");
    KIOSK_REQUIRE_TOOL(text.has_value(), "pdftotext (poppler-utils)");
    const std::string version = testing::shipped_config().questionnaire.consent.version;
    const std::vector<std::string> expected{"Lumière Skin Studio", "Ana García", "Lucía Fernández", "Active cold sore",
                                            "Version " + version, defer_id, "Page 1 of"};
    for (const auto& s : expected)
        EXPECT_NE(text->find(s), std::string::npos) << s;
    const auto only = pdf_text(out / "one.pdf").value_or("");
    EXPECT_NE(only.find("Ana García"), std::string::npos);
    EXPECT_NE(only.find("Active cold sore"), std::string::npos);
    EXPECT_EQ(only.find("Lucía"), std::string::npos) << "--id: that submission only";
}

}  // namespace
}  // namespace kiosk
