// Issue 9 through the real executable: the audit head printed and recorded,
// checked later with --head; backups 0600 and audited; the same submission id
// with other answers refused; read-only commands on a read-only data directory
// and without leaving files behind; CSV rows through their own questionnaire.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <functional>
#include <iterator>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>

#include "cli/cli_data_dir.hpp"
#include "cli/cli_support.hpp"
#include "questionnaire/answers_file.hpp"
#include "storage/sqlite.hpp"
#include "support/shipped.hpp"
#include "support/temp_dir.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::answers_file;
using testing::run_kiosk;
using testing::temp_file;

const std::string& kShipped = testing::kShippedConfigDir;

// A data directory with its clinic created.
struct Data : testing::CliDataDir {
    Data() : CliDataDir("cli-integrity") {
        const auto r = init();
        if (r.code != 0) throw std::runtime_error(r.err);
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The first "SEQ:HASH" in `text`.
std::string head_in(const std::string& text) {
    std::smatch m;
    return std::regex_search(text, m, std::regex("([0-9]+:[0-9a-f]{64})")) ? m[1].str() : std::string();
}

std::set<std::string> files_in(const fs::path& dir) {
    std::set<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
    return out;
}

TEST(IntegrityCli, DeletedNewestRowsAreFoundWithTheHeadAnExportRecorded) {
    Data d;
    ASSERT_EQ(d.submit(answers_file()).code, 0);
    testing::TempDir out{"cli-integrity-out"};
    const auto exported = run_kiosk("export" + d.data() + d.auth() + " --format csv --out " + (out / "a.csv"));
    ASSERT_EQ(exported.code, 0) << exported.err;
    const std::string seen_by_export = head_in(exported.err);
    ASSERT_FALSE(seen_by_export.empty()) << "the export prints the head it saw: " << exported.err;

    const auto verify = run_kiosk("audit verify" + d.data());
    ASSERT_EQ(verify.code, 0) << verify.err;
    const std::string head = head_in(verify.out);
    ASSERT_FALSE(head.empty()) << verify.out;
    EXPECT_EQ(head.substr(0, head.find(':')), "4") << "init, submit, unlock, export: " << verify.out;
    EXPECT_EQ(run_kiosk("audit verify" + d.data() + " --head " + head).code, 0);
    EXPECT_EQ(run_kiosk("audit verify" + d.data() + " --head " + seen_by_export).code, 0);
    {
        storage::Connection db(d.db(), storage::Connection::Mode::ReadWrite);
        auto st = db.prepare("SELECT details FROM audit WHERE event = 'export'");
        ASSERT_TRUE(st.step());
        EXPECT_NE(st.text(0).find(seen_by_export), std::string::npos) << "recorded in its audit row: " << st.text(0);
    }

    // An attacker with the file hides the export: the trigger dropped, the
    // newest rows deleted, the trigger put back.
    {
        storage::Connection db(d.db(), storage::Connection::Mode::ReadWrite);
        db.exec("DROP TRIGGER audit_no_delete");
        db.exec("DELETE FROM audit WHERE seq >= 3");  // the unlock and the export
        db.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
                "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    }
    EXPECT_EQ(run_kiosk("audit verify" + d.data()).code, 0) << "the chain alone cannot tell";
    const auto found = run_kiosk("audit verify" + d.data() + " --head " + head);
    EXPECT_EQ(found.code, 3) << found.err;
    EXPECT_NE(found.err.find("audit row 4 of the earlier head"), std::string::npos) << found.err;
    EXPECT_NE(found.err.find("deleted from the end"), std::string::npos) << found.err;
    EXPECT_EQ(run_kiosk("audit verify" + d.data() + " --head " + seen_by_export).code, 3)
        << "the head the export recorded finds it too";

    const auto bad = run_kiosk("audit verify" + d.data() + " --head 4:nothex");
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--head"), std::string::npos) << bad.err;
}

TEST(IntegrityCli, ADispositionEditedBehindTheTriggerFailsVerify) {
    Data d;
    const auto r = d.submit(answers_file([](json& f) { f["answers"]["keloid_history"] = true; }));
    ASSERT_EQ(r.code, 0) << r.err;
    {
        storage::Connection db(d.db(), storage::Connection::Mode::ReadWrite);
        db.exec("DROP TRIGGER submissions_no_update");
        db.exec("UPDATE submissions SET disposition = 'clear'");
    }
    const auto v = run_kiosk("audit verify" + d.data());
    EXPECT_EQ(v.code, 3);
    EXPECT_NE(v.err.find("submission " + r.out.substr(0, 36) + " differs"), std::string::npos) << v.err;
    EXPECT_NE(v.err.find("the trigger submissions_no_update is missing"), std::string::npos) << v.err;
}

TEST(IntegrityCli, BackupIsPrivateAndAudited) {
    Data d;
    ASSERT_EQ(d.submit(answers_file()).code, 0);
    testing::TempDir out{"cli-integrity-out"};
    const auto b = run_kiosk("backup" + d.data() + " --out " + (out / "kiosk.db"), "", "umask 022;");
    ASSERT_EQ(b.code, 0) << b.err;
    struct stat st {};
    ASSERT_EQ(::stat((out / "kiosk.db").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U) << "it holds the wrapped keys";
    const std::string head = head_in(b.err);
    ASSERT_FALSE(head.empty()) << b.err;
    EXPECT_EQ(run_kiosk("audit verify --data " + out.str() + " --head " + head).code, 0) << "the backup holds that head";
    storage::Connection db(d.db(), storage::Connection::Mode::ReadOnly);
    auto last = db.prepare("SELECT event, details FROM audit ORDER BY seq DESC LIMIT 1");
    ASSERT_TRUE(last.step());
    EXPECT_EQ(last.text(0), "backup");
    EXPECT_NE(last.text(1).find(head), std::string::npos) << last.text(1);
}

TEST(IntegrityCli, TheSameIdWithOtherAnswersIsRefusedAndTheFirstKept) {
    Data d;
    const std::string id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    auto first = d.submit(answers_file([&](json& f) { f["submission_id"] = id; }));
    ASSERT_EQ(first.code, 0) << first.err;
    const auto retry = d.submit(answers_file([&](json& f) { f["submission_id"] = id; }));
    EXPECT_EQ(retry.code, 0) << "the same answers again: a retry";
    EXPECT_EQ(retry.out, id + "\n");
    for (const auto& edit : std::vector<std::function<void(json&)>>{
             [](json& f) { f["answers"]["first_name"] = "Bea"; },              // another client
             [](json& f) { f["answers"]["keloid_history"] = true; }}) {        // a decline
        const auto other = d.submit(answers_file([&](json& f) {
            f["submission_id"] = id;
            edit(f);
        }));
        EXPECT_EQ(other.code, 2) << other.out;
        EXPECT_TRUE(other.out.empty()) << other.out;
        EXPECT_NE(other.err.find(id), std::string::npos) << other.err;
        EXPECT_NE(other.err.find("first was kept"), std::string::npos) << other.err;
    }
    const auto list = json::parse(run_kiosk("list --json" + d.data()).out);
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0]["disposition"], "clear");
    EXPECT_EQ(run_kiosk("audit verify" + d.data()).code, 0);
}

// A database whose -wal and -shm are gone (from an older kiosk, or a copy):
// the read-only commands read it without creating any file beside it, so
// nothing of theirs (another user's, a wrong mode) can block the next writer.
TEST(IntegrityCli, ReadOnlyCommandsCreateNoFiles) {
    Data d;
    ASSERT_EQ(d.submit(answers_file()).code, 0);
    for (const char* f : {"kiosk.db-wal", "kiosk.db-shm", "kiosk.db.lock"}) fs::remove(d.dir / f);
    const auto before = files_in(d.dir.path());
    const auto list = run_kiosk("list --json" + d.data());
    EXPECT_EQ(list.code, 0) << list.err;
    EXPECT_EQ(json::parse(list.out).size(), 1U);
    EXPECT_EQ(run_kiosk("audit verify" + d.data()).code, 0);
    EXPECT_EQ(files_in(d.dir.path()), before);
    ASSERT_EQ(d.submit(answers_file()).code, 0) << "and a writer after them works";
}

// A read-only data directory. Root ignores file modes, so the directory is
// bind-mounted read-only in a private mount namespace (unshare -m) when the
// system allows it; otherwise the test is skipped (ReadOnlyCommandsCreateNoFiles
// still covers the path that creates nothing).
TEST(IntegrityCli, ListAndVerifyWorkOnAReadOnlyMount) {
    if (::geteuid() != 0 || std::system("unshare -m true >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "needs root and unshare -m for a read-only bind mount";
    Data d;
    ASSERT_EQ(d.submit(answers_file()).code, 0);
    const std::string dir = d.dir.str();
    const std::string ro = "unshare -m sh -c 'mount --bind -o ro " + dir + " " + dir + " && exec \"$0\" \"$@\"'";
    const auto before = slurp(d.db());
    const auto list = run_kiosk("list --json" + d.data(), "", ro);
    EXPECT_EQ(list.code, 0) << list.err;
    EXPECT_EQ(json::parse(list.out.empty() ? "[]" : list.out).size(), 1U);
    const auto verify = run_kiosk("audit verify" + d.data(), "", ro);
    EXPECT_EQ(verify.code, 0) << verify.err;
    EXPECT_FALSE(head_in(verify.out).empty()) << verify.out;
    const auto submit = run_kiosk("submit --config " + kShipped + d.data() + " --answers " + temp_file(answers_file().dump()),
                                  "", ro);
    EXPECT_NE(submit.code, 0) << "nothing can be written there";

    // Also with no -wal/-shm beside it (read as immutable).
    for (const char* f : {"kiosk.db-wal", "kiosk.db-shm", "kiosk.db.lock"}) fs::remove(d.dir / f);
    const auto bare = run_kiosk("list --json" + d.data(), "", ro);
    EXPECT_EQ(bare.code, 0) << bare.err;
    EXPECT_EQ(run_kiosk("audit verify" + d.data(), "", ro).code, 0);
    EXPECT_EQ(slurp(d.db()), before);
}

// Two versions of the shipped questionnaire: v2 renames `phone` to
// `mobile`. The CSV shows each row through its own version: the v1 row keeps
// its phone, in a column after v2's items.
TEST(IntegrityCli, CsvRowsReadThroughTheirOwnQuestionnaire) {
    Data d;
    ASSERT_EQ(d.submit(answers_file()).code, 0);  // v1: phone answered
    testing::TempDir v2{"cli-integrity-v2"};
    fs::copy(kShipped, v2.path(), fs::copy_options::recursive);
    const fs::path yaml = v2.path() / "questionnaires" / "microneedling.yaml";
    std::string text = slurp(yaml);
    const auto at = text.find("      - id: phone\n");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string("      - id: phone\n").size(), "      - id: mobile\n");
    std::ofstream(yaml, std::ios::binary | std::ios::trunc) << text;
    const auto r2 = d.submit(answers_file([](json& f) {
                                 f["answers"]["mobile"] = f["answers"]["phone"];
                                 f["answers"].erase("phone");
                                 f["answers"]["first_name"] = "Bea";
                             }),
                             v2.str());
    ASSERT_EQ(r2.code, 0) << r2.err;

    testing::TempDir out{"cli-integrity-out"};
    const auto e = run_kiosk("export" + d.data() + d.auth() + " --format csv --out " + (out / "all.csv"));
    ASSERT_EQ(e.code, 0) << e.err;
    const std::string csv = slurp(out / "all.csv");
    const std::string header = csv.substr(0, csv.find("\r\n"));
    const auto mobile = header.find(",mobile,");
    const auto phone = header.find(",phone");
    ASSERT_NE(mobile, std::string::npos) << header;
    ASSERT_NE(phone, std::string::npos) << "v1's item keeps a column: " << header;
    EXPECT_EQ(phone + std::string(",phone").size(), header.size())
        << "items only the older version had come after the newest's: " << header;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);
    const std::string v1_phone = std::get<std::string>(testing::clear_client().at("phone"));
    size_t found = 0;
    for (size_t p = csv.find(v1_phone.substr(1)); p != std::string::npos; p = csv.find(v1_phone.substr(1), p + 1)) ++found;
    EXPECT_EQ(found, 2U) << "both rows show their phone (v2 as mobile, v1 as phone):\n" << csv;
}

}  // namespace
}  // namespace kiosk
