// The replay script parser accepts every command of DESIGN §7 and names the
// line (and column) of every mistake.
#include <gtest/gtest.h>

#include "replay/script.hpp"

namespace kiosk::replay {
namespace {

Script parse_ok(std::string_view source) {
    ParseResult r = parse_script(source, "demo.replay");
    if (auto* errors = std::get_if<kiosk::Diagnostics>(&r)) {
        ADD_FAILURE() << kiosk::join_lines(*errors);
        return {};
    }
    return std::get<Script>(std::move(r));
}

kiosk::Diagnostics parse_bad(std::string_view source) {
    ParseResult r = parse_script(source, "demo.replay");
    if (std::holds_alternative<Script>(r)) {
        ADD_FAILURE() << "expected a parse error for: " << source;
        return {};
    }
    return std::get<kiosk::Diagnostics>(std::move(r));
}

TEST(ReplayScript, AcceptsEveryCommand) {
    const Script s = parse_ok(
        "# a walk through the flow\n"
        "\n"
        "tap start\n"
        "type Ana María\n"
        "pick dob 1990-04-12\n"
        "drag questions -10.5 +240\n"
        "sign signature\n"
        "wait 250\n"
        "expect-screen attract\n"
        "screenshot attract-es\n"
        "tap cold_sore_active=yes\n"
        "quit\n");
    ASSERT_EQ(s.commands.size(), 10U);
    EXPECT_EQ(s.file, "demo.replay");

    EXPECT_EQ(s.commands[0].kind, CommandKind::Tap);
    EXPECT_EQ(s.commands[0].id, "start");
    EXPECT_EQ(s.commands[0].line, 3);

    EXPECT_EQ(s.commands[1].kind, CommandKind::Type);
    EXPECT_EQ(s.commands[1].text, "Ana María");

    EXPECT_EQ(s.commands[2].kind, CommandKind::Pick);
    EXPECT_EQ(s.commands[2].id, "dob");
    EXPECT_EQ(s.commands[2].text, "1990-04-12");

    EXPECT_EQ(s.commands[3].kind, CommandKind::Drag);
    EXPECT_EQ(s.commands[3].id, "questions");
    EXPECT_FLOAT_EQ(s.commands[3].dx, -10.5F);
    EXPECT_FLOAT_EQ(s.commands[3].dy, 240.0F);

    EXPECT_EQ(s.commands[4].kind, CommandKind::Sign);
    EXPECT_EQ(s.commands[4].id, "signature");

    EXPECT_EQ(s.commands[5].kind, CommandKind::Wait);
    EXPECT_EQ(s.commands[5].ms, 250);

    EXPECT_EQ(s.commands[6].kind, CommandKind::ExpectScreen);
    EXPECT_EQ(s.commands[6].text, "attract");

    EXPECT_EQ(s.commands[7].kind, CommandKind::Screenshot);
    EXPECT_EQ(s.commands[7].text, "attract-es");

    EXPECT_EQ(s.commands[8].id, "cold_sore_active=yes");
    EXPECT_EQ(s.commands[9].kind, CommandKind::Quit);
    EXPECT_EQ(s.commands[9].line, 12);
}

TEST(ReplayScript, HoldTakesAnIdAndMilliseconds) {
    const Script s = parse_ok("hold practitioner 3500\n");
    ASSERT_EQ(s.commands.size(), 1U);
    EXPECT_EQ(s.commands[0].kind, CommandKind::Hold);
    EXPECT_EQ(s.commands[0].id, "practitioner");
    EXPECT_EQ(s.commands[0].ms, 3500);
    const kiosk::Diagnostics bad = parse_bad("hold practitioner 3s\n");
    ASSERT_EQ(bad.size(), 1U);
    EXPECT_NE(bad[0].str().find("demo.replay:1:19"), std::string::npos) << bad[0].str();
    EXPECT_NE(bad[0].str().find("`hold` needs whole milliseconds"), std::string::npos) << bad[0].str();
    EXPECT_EQ(parse_bad("hold practitioner\n").size(), 1U);
}

TEST(ReplayScript, QuotedTextKeepsItsSpacesAndEscapes) {
    const Script s = parse_ok("type \"  two  spaces \\\"quoted\\\" \"\r\npick email \"a b\"\r\n");
    ASSERT_EQ(s.commands.size(), 2U);
    EXPECT_EQ(s.commands[0].text, "  two  spaces \"quoted\" ");
    EXPECT_EQ(s.commands[1].text, "a b");
}

TEST(ReplayScript, ToleratesIndentationCrlfAndAMissingFinalNewline) {
    const Script s = parse_ok("  tap start\r\n\t# comment\r\n   \r\nquit");
    ASSERT_EQ(s.commands.size(), 2U);
    EXPECT_EQ(s.commands[1].line, 4);
}

TEST(ReplayScript, EveryScreenNameOfTheDesignIsAccepted) {
    for (const char* name :
         {"attract", "about", "questions", "consent", "review", "thanks", "idle", "unlock", "queue", "submission"})
        EXPECT_EQ(parse_ok(std::string("expect-screen ") + name).commands.size(), 1U) << name;
}

struct BadLine {
    const char* name;
    const char* source;
    int line;
    int col;
    const char* says;
};

void PrintTo(const BadLine& bad, std::ostream* os) { *os << bad.name; }

class ReplayScriptErrors : public ::testing::TestWithParam<BadLine> {};

TEST_P(ReplayScriptErrors, NameTheLineColumnAndProblem) {
    const BadLine& bad = GetParam();
    const kiosk::Diagnostics errors = parse_bad(bad.source);
    ASSERT_EQ(errors.size(), 1U) << kiosk::join_lines(errors);
    EXPECT_EQ(errors[0].where.file, "demo.replay");
    EXPECT_EQ(errors[0].where.line, bad.line);
    EXPECT_EQ(errors[0].where.col, bad.col);
    EXPECT_NE(errors[0].message.find(bad.says), std::string::npos) << errors[0].str();
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ReplayScriptErrors,
    ::testing::Values(BadLine{"UnknownCommand", "tap start\ntapp start\n", 2, 1, "unknown command 'tapp'"},
                      BadLine{"TapWithoutId", "tap\n", 1, 1, "`tap` needs a widget id"},
                      BadLine{"TapWithTwoIds", "tap start next\n", 1, 11, "unexpected 'next'"},
                      BadLine{"QuitWithArgument", "quit\nquit now\n", 2, 6, "unexpected 'now'"},
                      BadLine{"TypeWithoutText", "type\n", 1, 1, "`type` needs the text"},
                      BadLine{"UnterminatedQuote", "type \"open\n", 1, 6, "unterminated quote"},
                      BadLine{"PickWithoutValue", "pick dob\n", 1, 1, "`pick` needs a widget id and a value"},
                      BadLine{"DragMissingDy", "drag list 10\n", 1, 1, "needs a widget id, DX and DY"},
                      BadLine{"DragDyNotANumber", "drag list 10 down\n", 1, 14, "DY must be a number"},
                      BadLine{"SignWithoutId", "sign\n", 1, 1, "`sign` needs a widget id"},
                      BadLine{"WaitNotANumber", "\n\nwait soon\n", 3, 6, "whole milliseconds"},
                      BadLine{"WaitNegative", "wait -5\n", 1, 6, "whole milliseconds"},
                      BadLine{"WaitFraction", "wait 1.5\n", 1, 6, "whole milliseconds"},
                      BadLine{"UnknownScreen", "expect-screen atract\n", 1, 15, "unknown screen 'atract'"},
                      BadLine{"ExpectScreenWithoutName", "expect-screen\n", 1, 1, "needs a screen name"},
                      BadLine{"ScreenshotPathEscape", "screenshot ../escape\n", 1, 12, "may use only letters"},
                      BadLine{"ScreenshotWithoutName", "screenshot\n", 1, 1, "needs a file name"}),
    [](const ::testing::TestParamInfo<BadLine>& p) { return std::string(p.param.name); });

TEST(ReplayScript, ReportsEveryBadLineNotJustTheFirst) {
    const kiosk::Diagnostics errors = parse_bad("tap start\nwat 10\ntap start\nquit 1\n");
    ASSERT_EQ(errors.size(), 2U);
    EXPECT_EQ(errors[0].where.line, 2);
    EXPECT_EQ(errors[1].where.line, 4);
    EXPECT_EQ(errors[0].str().rfind("demo.replay:2:1: ", 0), 0U) << errors[0].str();
}

TEST(ReplayScript, MissingFileIsADiagnostic) {
    const ParseResult r = load_script("/nonexistent/dir/x.replay");
    ASSERT_TRUE(std::holds_alternative<kiosk::Diagnostics>(r));
    EXPECT_NE(std::get<kiosk::Diagnostics>(r)[0].str().find("/nonexistent/dir/x.replay"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::replay
