// Issue 9, "nothing left behind": after a client's intake is stored and the
// kiosk is back on its attract screen, and after a practitioner has unlocked,
// opened that submission and locked again, the kiosk's memory holds no copy
// of the client's name, e-mail, free-text answer or the passphrase.
//
// The real kiosk under Xvfb, driven by a replay. The texts never appear in
// the script: `type-hex` types them from hex, and `expect-absent HEX` makes
// the kiosk read all of its own readable memory (process_vm_readv on itself,
// which a non-dumpable process may still do, unlike /proc/PID/mem) for the
// text as UTF-8, UTF-16 and UTF-32, skipping only the scan's own sodium
// buffers. Each text is longer than 15 bytes, so no copy of it can hide in a
// std::string's inline buffer (see the report for that limit).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "cli/cli_support.hpp"
#include "e2e/e2e_support.hpp"
#include "support/require_tool.hpp"

namespace kiosk {
namespace {

// Distinctive, and each at least 16 bytes.
const std::string kFirst = "Quillanovarezkaya";
const std::string kLast = "Brontewhistlequay";
const std::string kEmail = "zorvexmailbox77@example.org";
const std::string kConcern = "jagged moonscar under the chin";
const std::string kPractitionerName = "Dr Ilse";
const std::string kPassphrase = "velvet quokka lantern thimble";

std::string hex(const std::string& text) {
    std::string out;
    for (const char c : text) {
        char b[3];
        std::snprintf(b, sizeof b, "%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
        out += b;
    }
    return out;
}

std::string absent(const std::vector<std::string>& texts) {
    std::string s;
    for (const std::string& t : texts) s += "expect-absent " + hex(t) + "\n";
    return s;
}

// A full intake with the texts above typed from hex; ends on the attract
// screen, after the thank-you screen's Done.
std::string client_script() {
    std::string s = "expect-screen attract\ntap start\nexpect-screen about\ntap skip\nexpect-screen questions\n";
    s += "tap first_name\ntype-hex " + hex(kFirst) + "\ntap last_name\ntype-hex " + hex(kLast) + "\n";
    s += "tap email\ntype-hex " + hex(kEmail) + "\ntap key=done\npick dob 1987-04-15\n";
    s += "tap next\ntap concerns=other\ntap concerns_other\ntype-hex " + hex(kConcern) + "\ntap key=done\n";
    s += "tap treatment_areas=face\ntap next\n";
    for (const char* id : {"skin_infection_active", "cold_sore_active", "cold_sore_history", "acne_active",
                           "keloid_history", "eczema_psoriasis_flare", "sunburn_active", "open_wounds_in_area",
                           "skin_cancer_in_area", "retinoids_recent", "recent_laser_or_peel", "recent_injectables"})
        s += std::string("tap ") + id + "=no\n";
    s += "tap next\n";
    for (const char* id : {"diabetes", "bleeding_disorder", "anticoagulants", "pregnant_or_breastfeeding",
                           "metal_allergy", "autoimmune_disease", "immunosuppressed", "anesthetic_allergy"})
        s += std::string("tap ") + id + "=no\n";
    s += "tap next\nexpect-screen consent\ndrag consent.text 0 -4000\ntap consent_risks=yes\ntap consent_aftercare=yes\n";
    s += "tap photo_consent=no\nsign signature\ntap printed_name\ntype-hex " + hex(kFirst + " " + kLast) +
         "\ntap key=done\n";
    s += "tap next\nexpect-screen review\ntap submit\nexpect-screen thanks\ntap done\nexpect-screen attract\n";
    return s;
}

struct Clinic {
    testing::TempDir dir{"left-behind"};
    std::string data = dir / "data";
    Clinic() {
        const std::string pass = dir / "pass";
        std::ofstream(pass) << kPassphrase << "\n";
        const auto r = testing::run_kiosk("init --data " + data + " --practitioner '" + kPractitionerName +
                                          "' --passphrase-file " + pass);
        EXPECT_EQ(r.code, 0) << r.err;
        std::remove(pass.c_str());
    }
    testing::RunResult replay(const std::string& script) {
        const std::string path = dir / ("script-" + std::to_string(n++) + ".replay");
        std::ofstream(path) << script;
        return testing::run_kiosk("--windowed --config " + e2e::kShipped + " --data " + data + " --replay " + path,
                                  "", testing::kUnderXvfb);
    }
    int n = 0;
};

TEST(E2eNothingLeftBehind, ClientTextsGoneAfterTheIntakeAndNamePassphraseAfterLock) {
    KIOSK_REQUIRE_TOOL(testing::have_xvfb(), "Xvfb");
    Clinic clinic;

    // The control: while the client is still on the page, the scan finds
    // what was typed (so a pass below means gone, not unseen).
    const auto seen = clinic.replay("expect-screen attract\ntap start\ntap skip\ntap first_name\ntype-hex " +
                                    hex(kFirst) + "\n" + absent({kFirst}) + "quit\n");
    ASSERT_EQ(seen.code, 2) << "the scan did not find a name typed on the current page\n" << seen.err;
    EXPECT_NE(seen.err.find("still in memory"), std::string::npos) << seen.err;
    EXPECT_EQ(seen.err.find(kFirst), std::string::npos) << "the message must not repeat the text";

    const auto client = clinic.replay(client_script() + absent({kFirst, kLast, kEmail, kConcern}) + "quit\n");
    ASSERT_EQ(client.code, 0) << client.err;
    const auto rows = nlohmann::json::parse(testing::run_kiosk("list --json --data " + clinic.data).out);
    ASSERT_EQ(rows.size(), 1U);
    const std::string id = rows[0]["id"];

    const std::string prac =
        "expect-screen attract\nhold practitioner 3500\nexpect-screen unlock\ntap unlock.name\ntype " +
        kPractitionerName + "\ntap key=done\ntype-hex " + hex(kPassphrase) +
        "\ntap key=done\nwait 300\nexpect-screen queue\ntap row=" + id +
        "\nexpect-screen submission\ntap lock\nexpect-screen attract\n" + absent({kFirst, kLast, kEmail, kConcern, kPassphrase}) +
        "quit\n";
    const auto practitioner = clinic.replay(prac);
    EXPECT_EQ(practitioner.code, 0) << practitioner.err;
}

}  // namespace
}  // namespace kiosk
