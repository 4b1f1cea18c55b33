// UTF-8 well-formedness (g_utf8_validate underneath): what it refuses and
// where it says the first bad byte is; a NUL is well-formed (the
// control-character check refuses it separately).
#include <gtest/gtest.h>

#include <string>

#include "common/utf8.hpp"

namespace kiosk {
namespace {

using namespace std::string_literals;

TEST(Utf8, AcceptsWellFormedTextOfEveryLength) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("García, Ñandú, ß, Ø, 日本, 🙂"));
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
    EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBE"));      // U+FFFE: a noncharacter, still well-formed
    EXPECT_EQ(utf8_error_offset("abc"), std::string_view::npos);
}

TEST(Utf8, RefusesOverlongsSurrogatesAndCodePointsPastTheLast) {
    EXPECT_FALSE(is_valid_utf8("\xC0\x80"));          // overlong NUL
    EXPECT_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong DEL
    EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800, a high surrogate
    EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF, a low surrogate
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
    EXPECT_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));  // the old five-byte form
    EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Utf8, RefusesStrayAndMissingContinuationBytes) {
    EXPECT_FALSE(is_valid_utf8("\x80"));
    EXPECT_FALSE(is_valid_utf8("a\xBF"));
    EXPECT_FALSE(is_valid_utf8("\xC3"));          // cut short at the end
    EXPECT_FALSE(is_valid_utf8("\xE2\x82"));      // cut short at the end
    EXPECT_FALSE(is_valid_utf8("\xC3(a"));        // lead byte then ASCII
    EXPECT_FALSE(is_valid_utf8("\xC3\x00x"s));    // lead byte then NUL
}

TEST(Utf8, TheOffsetIsTheFirstBadCharactersFirstByte) {
    EXPECT_EQ(utf8_error_offset("ab\xC3\xA9" "cd\xED\xA0\x80" "e"), 6U);
    EXPECT_EQ(utf8_error_offset("ñ\xE2\x82"), 2U);
    EXPECT_EQ(utf8_error_offset("x\xC3\x00y"s), 1U);
    EXPECT_EQ(utf8_error_offset("\x80"), 0U);
}

TEST(Utf8, ANulIsWellFormedAndLeftToTheControlCharacterCheck) {
    const std::string with_nul = "Ana\0 Gómez"s;
    EXPECT_TRUE(is_valid_utf8(with_nul));
    EXPECT_TRUE(is_valid_utf8("\0\0"s));
    // Validation goes on past the NUL: a bad byte after it is still found.
    EXPECT_EQ(utf8_error_offset("a\0b\xFF"s), 3U);
    const auto c = find_control_char(with_nul);
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->index, 3U);
    EXPECT_EQ(c->code, U'\0');
}

}  // namespace
}  // namespace kiosk
