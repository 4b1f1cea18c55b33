// `intake-kiosk validate` on configs past a limit (issue #9): each was a
// crash, a hang or exit 1; each is now exit 2 with file:line:col on stderr.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli/cli_support.hpp"
#include "support/mini_config.hpp"

namespace kiosk {
namespace {

using testing::MiniConfig;
using testing::run_kiosk;

// Replaces `find` in the mini questionnaire by `replace`, whose "@@" marks
// where the error belongs; runs `validate` and expects exit 2 and that
// location with `message` on stderr.
void expect_refused(const std::string& find, const std::string& replace, const std::string& message) {
    auto cfg = MiniConfig::valid();
    const size_t at = cfg.questionnaire.find(find);
    ASSERT_NE(at, std::string::npos) << find;
    cfg.questionnaire.replace(at, find.size(), replace);
    const auto [line, col] = testing::take_marker(cfg.questionnaire);
    const auto dir = cfg.write();
    const auto r = run_kiosk("validate --config " + dir.string());
    std::filesystem::remove_all(dir);
    EXPECT_EQ(r.code, 2) << r.err;
    const std::string where =
        (dir / "questionnaires" / "mini.yaml").string() + ":" + std::to_string(line) + ":" + std::to_string(col) + ": ";
    EXPECT_NE(r.err.find(where + message), std::string::npos) << "expected " << where << message << "\ngot:\n"
                                                              << r.err.substr(0, 2000);
    EXPECT_LT(r.err.size(), 2000U) << "the oversized text is not echoed back";
}

TEST(ValidateCliLimits, StringOf100000CharactersExitsTwo) {
    expect_refused("text: {en: Name, es: Nombre}", "text: {en: @@" + std::string(100000, 'x') + ", es: Nombre}",
                   "this value is 100000 bytes long");
}

TEST(ValidateCliLimits, WhenOf80000AndsExitsTwo) {
    std::string chain = "flare";
    for (int i = 0; i < 80000; ++i) chain += " and flare";
    expect_refused("when: flare and flare_here", "when: @@" + chain, "this value is 800005 bytes long");
}

TEST(ValidateCliLimits, TenMegabyteStringExitsTwoNamingTheSizeLimit) {
    expect_refused("id: mini\n", "@@id: mini\ntitle_note: \"" + std::string(10 * 1000 * 1000, 'x') + "\"\n",
                   "the file is larger than 1024 KiB, the most a config file may be");
}

}  // namespace
}  // namespace kiosk
