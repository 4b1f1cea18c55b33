// What a stolen tablet, a full disk, a damaged file or a tampered audit log
// must not achieve (DESIGN §6).
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using storage::ErrorKind;
using storage::Store;
using storage::StorageError;
using testing::clear_client;
using testing::KioskData;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string utf16le(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

std::string utf16be(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out += '\0';
        out += c;
    }
    return out;
}

TEST(StoreSafety, NoClientDataInAnyFile) {
    KioskData k;
    const std::string name = "Quillonbray";
    const std::string email = "xylophonic.quokka@example.org";
    auto a = clear_client();
    a["first_name"] = name;
    a["last_name"] = std::string("Vantablackwood");
    a["email"] = email;
    a["anticoagulants"] = true;
    a["anticoagulant_name"] = std::string("Zorbaxicillin");
    for (int i = 0; i < 5; ++i) k.submit(a, testing::kNowMs + i);
    // Look while the WAL and SHM still exist, then again after a checkpoint.
    for (int pass = 0; pass < 2; ++pass) {
        size_t files = 0;
        for (const auto& entry : fs::recursive_directory_iterator(k.dir.path())) {
            if (!entry.is_regular_file()) continue;
            ++files;
            const std::string bytes = slurp(entry.path());
            // Item ids are in the questionnaire snapshot (not client data); values never are.
            for (const std::string& secret :
                 {name, std::string("Vantablackwood"), email, std::string("Zorbaxicillin")}) {
                EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " in " << entry.path();
                EXPECT_EQ(bytes.find(utf16le(secret)), std::string::npos) << secret << " (UTF-16LE) in " << entry.path();
                EXPECT_EQ(bytes.find(utf16be(secret)), std::string::npos) << secret << " (UTF-16BE) in " << entry.path();
            }
        }
        EXPECT_GE(files, 2U);
        k.store.reset();
        k.reopen();
    }
}

TEST(StoreSafety, DiskFullRollsBackAndRecovers) {
    KioskData k;
    k.submit(clear_client());
    k.reopen({.create = false, .max_page_count = 1});  // the file may not grow
    std::int64_t before = k.store->count();
    bool full = false;
    for (int i = 0; i < 100 && !full; ++i) {
        before = k.store->count();
        try {
            k.submit(clear_client());  // may still fit in free space on existing pages
        } catch (const StorageError& e) {
            full = true;
            EXPECT_EQ(e.kind(), ErrorKind::Full);
            EXPECT_NE(std::string(e.what()).find("disk is full"), std::string::npos) << e.what();
        }
    }
    ASSERT_TRUE(full) << "the disk never filled";
    EXPECT_EQ(k.store->count(), before) << "nothing partial";
    k.reopen();  // space is back
    k.submit(clear_client());
    EXPECT_EQ(k.store->count(), before + 1);
    auto check = k.store->connection().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
}

// A damaged file is reported and never written to.
class DamagedFile : public ::testing::TestWithParam<const char*> {};

TEST_P(DamagedFile, IsReportedAndLeftAlone) {
    KioskData k;
    for (int i = 0; i < 40; ++i) k.submit(clear_client(), testing::kNowMs + i);
    k.store.reset();  // checkpoints the WAL into the file
    const std::string path = Store::path_in(k.dir.str());
    std::string bytes = slurp(path);
    ASSERT_GT(bytes.size(), 8192U);
    const std::string how = GetParam();
    if (how == "zeroed_header") {
        std::fill(bytes.begin(), bytes.begin() + 100, '\0');
    } else if (how == "truncated") {
        bytes.resize(bytes.size() / 2 + 123);
    } else if (how == "flipped_bytes") {
        // Scramble every page past the schema: b-tree pages no longer parse.
        for (size_t i = 4096 + 8; i < bytes.size(); i += 97) bytes[i] = static_cast<char>(~bytes[i]);
    } else if (how == "not_a_database") {
        bytes = std::string(bytes.size(), 'x');
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    const std::string damaged = slurp(path);
    try {
        auto store = Store::open(k.dir.str(), {});
        FAIL() << "a damaged database was opened";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Damaged) << e.what();
    }
    EXPECT_EQ(slurp(path), damaged) << "the damaged file was written to";
}

INSTANTIATE_TEST_SUITE_P(Corruption, DamagedFile,
                         ::testing::Values("zeroed_header", "truncated", "flipped_bytes", "not_a_database"));

// Tampering with the audit log the way an attacker would: triggers dropped first.
class AuditTamper : public ::testing::TestWithParam<const char*> {};

TEST_P(AuditTamper, IsFoundByVerify) {
    KioskData k;
    for (int i = 0; i < 6; ++i)
        k.store->audit({0, testing::kNowMs + i, "view", testing::kPractitioner, "s" + std::to_string(i), ""});
    ASSERT_TRUE(k.store->verify_audit().ok);
    auto& db = k.store->connection();
    db.exec("DROP TRIGGER audit_no_update");
    db.exec("DROP TRIGGER audit_no_delete");
    const std::string how = GetParam();
    if (how == "edit") db.exec("UPDATE audit SET details = 'nothing to see' WHERE seq = 3");
    if (how == "edit_time") db.exec("UPDATE audit SET at = at + 1 WHERE seq = 4");
    if (how == "delete") db.exec("DELETE FROM audit WHERE seq = 3");
    if (how == "delete_first") db.exec("DELETE FROM audit WHERE seq = 1");
    if (how == "insert") {
        db.exec("UPDATE audit SET seq = seq + 1000 WHERE seq >= 4");
        db.exec("UPDATE audit SET seq = seq - 999 WHERE seq >= 1000");
        db.exec("INSERT INTO audit SELECT 4, at, 'view', practitioner, 'forged', details, prev_hash, hash FROM audit WHERE seq = 3");
    }
    if (how == "reorder") {
        db.exec("UPDATE audit SET seq = 100 WHERE seq = 3");
        db.exec("UPDATE audit SET seq = 3 WHERE seq = 4");
        db.exec("UPDATE audit SET seq = 4 WHERE seq = 100");
    }
    const auto report = k.store->verify_audit();
    EXPECT_FALSE(report.ok) << how;
    EXPECT_GT(report.first_bad_seq, 0);
    EXPECT_LE(report.first_bad_seq, 4) << report.problem;
}

INSTANTIATE_TEST_SUITE_P(Audit, AuditTamper,
                         ::testing::Values("edit", "edit_time", "delete", "delete_first", "insert", "reorder"));

}  // namespace
}  // namespace kiosk
