// Every input a fuzzer ever failed on (tests/fuzz/regressions/<target>/)
// replayed through the same harness the fuzz target runs (tests/fuzz/
// harness.hpp), so the ordinary suite keeps each finding from coming back:
// a crash or sanitizer report there fails this test, and the inputs whose
// fix is a clear refusal check that refusal too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/harness.hpp"
#include "support/shipped.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

const fs::path kRegressions = fs::path(KIOSK_SOURCE_DIR) / "tests" / "fuzz" / "regressions";

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The saved inputs of one target (none yet is fine: a target that never
// failed has no directory).
std::vector<fs::path> inputs_of(const std::string& target) {
    std::vector<fs::path> out;
    if (fs::is_directory(kRegressions / target))
        for (const auto& e : fs::directory_iterator(kRegressions / target))
            if (e.is_regular_file()) out.push_back(e.path());
    return out;
}

TEST(FuzzRegressions, ConfigInputsReplay) {
    const fuzz::ConfigHarness harness(testing::shipped_config());
    for (const auto& p : inputs_of("config")) {
        SCOPED_TRACE(p.string());
        (void)harness.run(read_bytes(p));
    }
}

TEST(FuzzRegressions, AnswersAndFhirInputsReplay) {
    for (const char* target : {"answers", "fhir"}) {
        for (const auto& p : inputs_of(target)) {
            SCOPED_TRACE(p.string());
            (void)fuzz::run_answers(read_bytes(p), testing::shipped_config());
        }
    }
}

TEST(FuzzRegressions, ExpressionInputsReplay) {
    const fuzz::ExpressionHarness harness(testing::shipped_config().questionnaire);
    for (const auto& p : inputs_of("expression")) {
        SCOPED_TRACE(p.string());
        (void)harness.run(read_bytes(p));
    }
}

// Found by fuzz_config: a Latin-1 byte in a rule's explanation loaded, and the
// check's JSON output then threw (std::terminate under the fuzzer, exit 1 in
// `check`). Now the file is refused where the byte is.
TEST(FuzzRegressions, ConfigWithInvalidUtf8IsRefusedAtTheByte) {
    const fuzz::ConfigHarness harness(testing::shipped_config());
    const Diagnostics problems = harness.run(read_bytes(kRegressions / "config" / "latin1_text"));
    ASSERT_EQ(problems.size(), 1U) << join_lines(problems);
    EXPECT_NE(problems[0].message.find("invalid UTF-8"), std::string::npos) << problems[0].message;
    EXPECT_EQ(problems[0].where.line, 51);
    EXPECT_EQ(problems[0].where.col, 42);
}

}  // namespace
}  // namespace kiosk
