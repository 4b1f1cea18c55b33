// The clinic's time zone (clinic.yaml `timezone:`) through the real
// executable: `check` and `submit` take "today" from it, `export` dates by
// it, whatever zone the machine itself is in. The machine is put 26 hours
// from the clinic (UTC-12 against UTC+14), so their dates always differ.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "cli/cli_support.hpp"
#include "common/date.hpp"
#include "questionnaire/answers_file.hpp"
#include "support/shipped.hpp"
#include "support/temp_dir.hpp"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::run_kiosk;
using testing::temp_file;

// POSIX names: Etc/GMT-14 is UTC+14, Etc/GMT+12 is UTC-12 (no daylight saving).
const std::string kAhead = "Etc/GMT-14";
const std::string kBehind = "Etc/GMT+12";

// The shipped config with `timezone: <zone>` added.
struct ZonedConfig {
    testing::TempDir dir{"cli-zone"};
    explicit ZonedConfig(const std::string& zone) {
        std::filesystem::copy(std::string(KIOSK_SOURCE_DIR) + "/kiosk-config", dir.path(),
                              std::filesystem::copy_options::recursive);
        std::ofstream(dir / "clinic.yaml", std::ios::app) << "\ntimezone: " << zone << "\n";
    }
    [[nodiscard]] std::string arg() const { return " --config " + dir.str(); }
};

// Today's date at UTC+14.
Date today_far_east() {
    using namespace std::chrono;
    const auto secs = duration_cast<seconds>(system_clock::now().time_since_epoch()).count() + 14 * 3600;
    return Date::from_days(static_cast<long>(secs / 86'400));
}

// A client born today in the far east: a newborn there, not yet born at UTC-12.
std::string born_today_far_east() {
    json f = {{"questionnaire", "microneedling"}, {"language", "en"}, {"answers", answers_to_json(testing::clear_client())}};
    f["answers"]["dob"] = today_far_east().iso();
    return temp_file(f.dump());
}

std::string in_zone(const std::string& zone) { return "env TZ=" + zone; }

TEST(TimeZoneCli, CheckTakesTodayFromTheClinicNotTheMachine) {
    const ZonedConfig clinic(kAhead);
    const auto r = run_kiosk("check" + clinic.arg() + " --answers " + born_today_far_east(), "", in_zone(kBehind));
    ASSERT_EQ(r.code, 0) << "born today at the clinic is not in the future:\n" << r.err;
    EXPECT_EQ(json::parse(r.out)["disposition"], "review") << "under 18: guardian consent";
}

TEST(TimeZoneCli, CheckRefusesADateInTheClinicsFuture) {
    const ZonedConfig clinic(kBehind);
    const auto r = run_kiosk("check" + clinic.arg() + " --answers " + born_today_far_east(), "", in_zone(kAhead));
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("is in the future"), std::string::npos) << r.err;
}

TEST(TimeZoneCli, UnknownZoneIsBadInputNamingTheLine) {
    const ZonedConfig clinic("Atlantis/Capital");
    const auto r = run_kiosk("check" + clinic.arg() + " --answers " + born_today_far_east());
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("clinic.yaml:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Atlantis/Capital"), std::string::npos) << r.err;
}

TEST(TimeZoneCli, SubmitAndExportUseTheClinicsZone) {
    const ZonedConfig clinic(kAhead);
    testing::TempDir data{"cli-zone-data"};
    const std::string pass = temp_file("a long enough passphrase\n", ".pass");
    const std::string auth = " --data " + data.str() + " --practitioner 'Dr Rivera' --passphrase-file " + pass;
    ASSERT_EQ(run_kiosk("init" + auth).code, 0);
    const auto sub = run_kiosk("submit" + clinic.arg() + " --data " + data.str() + " --answers " + born_today_far_east(),
                               "", in_zone(kBehind));
    ASSERT_EQ(sub.code, 0) << "submit takes today from the clinic too:\n" << sub.err;

    testing::TempDir out{"cli-zone-out"};
    const auto csv = run_kiosk("export" + clinic.arg() + auth + " --format csv --out " + (out / "all.csv"), "",
                               in_zone(kBehind));
    ASSERT_EQ(csv.code, 0) << csv.err;
    std::ifstream in(out / "all.csv");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("+14:00,"), std::string::npos) << "submitted_at on the clinic's clock:\n" << text.substr(0, 300);
}

}  // namespace
}  // namespace kiosk
