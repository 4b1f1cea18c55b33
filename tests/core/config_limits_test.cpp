// The clinic-config limits (config_limits.hpp) that need more than one edit
// of the mini config: files on disk (a FIFO, symlinks, oversized files), the
// exact boundaries, which must still load, and the deepest and longest
// conditions allowed, which must evaluate. The one-edit cases, each with its
// exact file:line:col, are in config_errors_test.cpp.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "questionnaire/config_limits.hpp"
#include "questionnaire/loader.hpp"
#include "support/mini_config.hpp"
#include "support/temp_dir.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using testing::MiniConfig;

// Loads the config in `dir` and removes it.
LoadResult load_and_remove(const fs::path& dir) {
    auto result = load_config(dir.string());
    fs::remove_all(dir);
    return result;
}

// Whether some problem is in `file` at `line`:`col` (0: any) and says `message`.
bool reported(const LoadResult& r, const fs::path& file, int line, int col, const std::string& message) {
    const auto* problems = std::get_if<Diagnostics>(&r);
    if (problems == nullptr) return false;
    for (const auto& d : *problems)
        if (d.where.file == file.string() && (line == 0 || d.where.line == line) && (col == 0 || d.where.col == col) &&
            d.message.find(message) != std::string::npos)
            return true;
    return false;
}

std::string problems_of(const LoadResult& r) {
    const auto* problems = std::get_if<Diagnostics>(&r);
    return problems == nullptr ? std::string("(it loaded)") : join_lines(*problems);
}

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// `consent:` is on line 4 of the mini questionnaire; its problems are there.
constexpr int kConsentLine = 4;

TEST(ConfigLimitsConsent, AFifoIsRefusedNotWaitedOn) {
    const auto dir = MiniConfig::valid().write();
    ASSERT_EQ(::mkfifo((dir / "consent" / "pipe").c_str(), 0600), 0);
    auto cfg = MiniConfig::valid();
    cfg.questionnaire.replace(cfg.questionnaire.find("consent/mini.yaml"), 17, "consent/pipe");
    write_file(dir / "questionnaires" / "mini.yaml", cfg.questionnaire);
    const auto r = load_and_remove(dir);
    EXPECT_TRUE(reported(r, dir / "questionnaires" / "mini.yaml", kConsentLine, 1,
                         "consent file 'consent/pipe' is not a regular file"))
        << problems_of(r);
}

TEST(ConfigLimitsConsent, LargerThanOneMiBIsRefusedBeforeReading) {
    auto cfg = MiniConfig::valid();
    cfg.consent += "#" + std::string(limits::kConfigFileBytes, 'x') + "\n";  // valid YAML, only too large
    const auto dir = cfg.write();
    const auto r = load_and_remove(dir);
    EXPECT_TRUE(reported(r, dir / "questionnaires" / "mini.yaml", kConsentLine, 1,
                         "consent file 'consent/mini.yaml' is larger than 1024 KiB"))
        << problems_of(r);
}

TEST(ConfigLimitsConsent, SymlinkLeadingOutsideIsRefused) {
    // Confined means where the path leads, not how it is spelt: a link in the
    // folder to a perfectly good consent file elsewhere is still outside.
    testing::TempDir elsewhere("consent-elsewhere");
    write_file(elsewhere.path() / "consent.yaml", MiniConfig::valid().consent);
    const auto dir = MiniConfig::valid().write();
    fs::remove(dir / "consent" / "mini.yaml");
    fs::create_symlink(elsewhere.path() / "consent.yaml", dir / "consent" / "mini.yaml");
    const auto r = load_and_remove(dir);
    EXPECT_TRUE(reported(r, dir / "questionnaires" / "mini.yaml", kConsentLine, 1,
                         "consent file 'consent/mini.yaml' is outside the config folder"))
        << problems_of(r);
}

TEST(ConfigLimitsConsent, SymlinkStayingInsideIsFollowed) {
    const auto dir = MiniConfig::valid().write();
    fs::rename(dir / "consent" / "mini.yaml", dir / "consent" / "signed-off.yaml");
    fs::create_symlink("signed-off.yaml", dir / "consent" / "mini.yaml");
    const auto r = load_and_remove(dir);
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(r)) << problems_of(r);
    EXPECT_EQ(std::get<KioskConfig>(r).questionnaire.consent.body.in("es"), "Acepto.");
}

TEST(ConfigLimitsConsent, AbsolutePathOutsideIsRefusedInsideIsRead) {
    testing::TempDir elsewhere("consent-elsewhere");
    write_file(elsewhere.path() / "consent.yaml", MiniConfig::valid().consent);
    auto cfg = MiniConfig::valid();
    const size_t at = cfg.questionnaire.find("consent/mini.yaml");
    cfg.questionnaire.replace(at, 17, (elsewhere.path() / "consent.yaml").string());
    const auto outside_dir = cfg.write();
    const auto outside = load_and_remove(outside_dir);
    EXPECT_TRUE(reported(outside, outside_dir / "questionnaires" / "mini.yaml", kConsentLine, 1,
                         "is outside the config folder"))
        << problems_of(outside);

    // An absolute path into the folder itself stays inside it.
    auto inside_cfg = MiniConfig::valid();
    const auto inside_dir = inside_cfg.write();
    inside_cfg.questionnaire.replace(at, 17, (inside_dir / "consent" / "mini.yaml").string());
    write_file(inside_dir / "questionnaires" / "mini.yaml", inside_cfg.questionnaire);
    const auto inside = load_and_remove(inside_dir);
    EXPECT_TRUE(std::holds_alternative<KioskConfig>(inside)) << problems_of(inside);
}

// --- The boundaries themselves still load --------------------------------------

TEST(ConfigLimitsBoundaries, FileOfExactlyOneMiBLoads) {
    auto cfg = MiniConfig::valid();
    const size_t pad = limits::kConfigFileBytes - cfg.questionnaire.size() - 2;  // "#" and "\n"
    cfg.questionnaire += "#" + std::string(pad, 'x') + "\n";
    ASSERT_EQ(cfg.questionnaire.size(), limits::kConfigFileBytes);
    const auto at_limit = load_and_remove(cfg.write());
    EXPECT_TRUE(std::holds_alternative<KioskConfig>(at_limit)) << problems_of(at_limit);

    cfg.questionnaire.insert(cfg.questionnaire.size() - 1, "x");  // one byte more
    const auto dir = cfg.write();
    const auto past = load_and_remove(dir);
    EXPECT_TRUE(reported(past, dir / "questionnaires" / "mini.yaml", 1, 1, "larger than 1024 KiB")) << problems_of(past);
}

TEST(ConfigLimitsBoundaries, ValueOfExactly16KiBLoads) {
    auto cfg = MiniConfig::valid();
    cfg.clinic.replace(cfg.clinic.find("Test Clinic"), 11, std::string(limits::kConfigTextBytes, 'n'));
    const auto r = load_and_remove(cfg.write());
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(r)) << problems_of(r);
    EXPECT_EQ(std::get<KioskConfig>(r).clinic.name.size(), limits::kConfigTextBytes);
}

TEST(ConfigLimitsBoundaries, NestingOf32LevelsPassesTheDepthCheck) {
    // Nothing in the schema is 32 deep, so the title is refused for its
    // shape; the depth walk itself lets it through.
    auto cfg = MiniConfig::valid();
    cfg.questionnaire.replace(cfg.questionnaire.find("title: {en: Mini, es: Mini}"), 27,
                              "title: " + std::string(31, '[') + std::string(31, ']'));
    const auto r = load_and_remove(cfg.write());
    ASSERT_TRUE(std::holds_alternative<Diagnostics>(r));
    EXPECT_EQ(problems_of(r).find("nested too deeply"), std::string::npos) << problems_of(r);
    EXPECT_NE(problems_of(r).find("'title' must give the text per language"), std::string::npos) << problems_of(r);
}

TEST(ConfigLimitsBoundaries, AliasesMultiplyingPast200000ValuesAreRefused) {
    // Six levels of ten aliases each: a million values from a few lines.
    std::string bomb = "x0: &a0 [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n";
    for (int level = 1; level <= 6; ++level) {
        const std::string prev = "*a" + std::to_string(level - 1);
        bomb += "x" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
        for (int i = 0; i < 10; ++i) bomb += (i == 0 ? "" : ", ") + prev;
        bomb += "]\n";
    }
    auto cfg = MiniConfig::valid();
    cfg.clinic += bomb;
    const auto dir = cfg.write();
    const auto r = load_and_remove(dir);
    EXPECT_TRUE(reported(r, dir / "clinic.yaml", 0, 0, "the file holds more than 200000 values")) << problems_of(r);
    EXPECT_EQ(problems_of(r).find("unknown key 'x0'"), std::string::npos) << "refused before the keys were read";
}

// --- The deepest and longest conditions allowed load and evaluate ---------------

const Rule& rule_named(const KioskConfig& cfg, const std::string& id) {
    for (const auto& r : cfg.questionnaire.rules)
        if (r.id == id) return r;
    throw std::runtime_error("no rule " + id);
}

TEST(ConfigLimitsConditions, DeepestAllowedConditionsEvaluate) {
    auto cfg = MiniConfig::valid();
    const std::string bracketed = std::string(63, '(') + "flare and flare_here" + std::string(63, ')');
    std::string nots;
    for (int i = 0; i < 64; ++i) nots += "not ";
    // 64 levels each: a not around 63 brackets; 64 nots.
    cfg.questionnaire.replace(cfg.questionnaire.find("when: flare and flare_here"), 26,
                              "when: not " + bracketed);
    cfg.questionnaire.replace(cfg.questionnaire.find("when: age(dob) < 18"), 19,
                              "when: " + nots + "age(dob) < 18");
    const auto r = load_and_remove(cfg.write());
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(r)) << problems_of(r);
    const auto& loaded = std::get<KioskConfig>(r);
    const Date today{2026, 11, 25};
    const Rule& flare = rule_named(loaded, "flare_in_area");
    EXPECT_EQ(flare.when.evaluate({{"flare", true}, {"flare_here", true}}, today), Truth::False);
    EXPECT_EQ(flare.when.evaluate({{"flare", true}, {"flare_here", false}}, today), Truth::True);
    EXPECT_EQ(flare.when.evaluate({{"flare", true}}, today), Truth::Unknown);
    const Rule& minor = rule_named(loaded, "minor");
    EXPECT_EQ(minor.when.evaluate({{"dob", Date{2015, 1, 1}}}, today), Truth::True);
    EXPECT_EQ(minor.when.evaluate({{"dob", Date{1990, 1, 1}}}, today), Truth::False);
}

TEST(ConfigLimitsConditions, LongestAllowedConditionEvaluates) {
    // "flare" + 398 × " and flare" + " and flare_here": exactly 4000 bytes.
    std::string when = "flare";
    for (int i = 0; i < 398; ++i) when += " and flare";
    when += " and flare_here";
    ASSERT_EQ(when.size(), limits::kExpressionBytes);
    auto cfg = MiniConfig::valid();
    cfg.questionnaire.replace(cfg.questionnaire.find("when: flare and flare_here"), 26, "when: " + when);
    const auto r = load_and_remove(cfg.write());
    ASSERT_TRUE(std::holds_alternative<KioskConfig>(r)) << problems_of(r);
    const Rule& flare = rule_named(std::get<KioskConfig>(r), "flare_in_area");
    const Date today{2026, 11, 25};
    EXPECT_EQ(flare.when.evaluate({{"flare", true}, {"flare_here", true}}, today), Truth::True);
    EXPECT_EQ(flare.when.evaluate({{"flare", true}, {"flare_here", false}}, today), Truth::False);

    // One byte more (a second space) is refused.
    auto past_cfg = MiniConfig::valid();
    past_cfg.questionnaire.replace(past_cfg.questionnaire.find("when: flare and flare_here"), 26,
                                   "when: flare " + when.substr(5));
    const auto past_dir = past_cfg.write();
    const auto past = load_and_remove(past_dir);
    EXPECT_TRUE(reported(past, past_dir / "questionnaires" / "mini.yaml", 0, 0, "4001 characters long; at most 4000"))
        << problems_of(past);
}

}  // namespace
}  // namespace kiosk
