// The interface's catalogues (assets/i18n/<lang>.yaml): they parse, every
// language has exactly English's keys with the same placeholders, every key
// the code asks for exists, and a broken catalogue is named by file:line:column.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "text/text_catalogue.hpp"

namespace kiosk::test {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(TextCatalogue, BuiltInCataloguesParse) {
    EXPECT_EQ(join_lines(text::builtin_problems()), "");
    const auto langs = text::builtin().languages();
    EXPECT_EQ(langs, (std::vector<std::string>{"en", "es"}));
}

TEST(TextCatalogue, EveryLanguageHasExactlyEnglishsKeysAndPlaceholders) {
    const text::TextCatalogue& cat = text::builtin();
    const std::vector<std::string> en = cat.keys("en");
    ASSERT_GT(en.size(), 200U);
    for (const std::string& lang : cat.languages()) {
        if (lang == "en") continue;
        const std::vector<std::string> other = cat.keys(lang);
        std::vector<std::string> missing, extra;
        std::set_difference(en.begin(), en.end(), other.begin(), other.end(), std::back_inserter(missing));
        std::set_difference(other.begin(), other.end(), en.begin(), en.end(), std::back_inserter(extra));
        EXPECT_TRUE(missing.empty()) << lang << ".yaml lacks " << ::testing::PrintToString(missing);
        EXPECT_TRUE(extra.empty()) << lang << ".yaml has keys English lacks: " << ::testing::PrintToString(extra);
        for (const std::string& key : en) {
            if (!cat.has(key, lang)) continue;
            EXPECT_EQ(text::placeholders(cat.get(key, lang)), text::placeholders(cat.get(key, "en")))
                << lang << ": " << key;
        }
    }
}

// The string literals inside every tr(...) call, and the keys of the typed
// tables ({FlowText::Back, "flow.back"}), in one source file.
std::vector<std::string> looked_up(const std::string& src) {
    std::vector<std::string> out;
    const std::regex literal("\"([^\"\\\\]*)\"");
    auto literals_in = [&](const std::string& part) {
        for (std::sregex_iterator m(part.begin(), part.end(), literal), end; m != end; ++m) out.push_back((*m)[1]);
    };
    for (size_t at = src.find("tr("); at != std::string::npos; at = src.find("tr(", at + 3)) {
        if (at > 0 && (std::isalnum(static_cast<unsigned char>(src[at - 1])) || src[at - 1] == '_')) continue;
        int depth = 0;
        bool quoted = false;
        size_t end = at + 2;
        for (; end < src.size(); ++end) {
            const char ch = src[end];
            if (quoted) {
                if (ch == '\\') ++end;
                else if (ch == '"') quoted = false;
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '(') {
                ++depth;
            } else if (ch == ')' && --depth == 0) {
                break;
            }
        }
        literals_in(src.substr(at, end - at));
    }
    const std::regex table_row("\\{\\w+::\\w+, (\"[a-z0-9_.]+\")\\}");
    for (std::sregex_iterator m(src.begin(), src.end(), table_row), end; m != end; ++m) literals_in((*m)[1]);
    return out;
}

// Every key the code looks up in app/ and core/ must be in en.yaml; one
// ending in '.' or '_' starts keys built at run time ("date.month." + n) and
// must start at least one. Widget ids like "setup.name" are not lookups.
TEST(TextCatalogue, EveryKeyTheCodeUsesExists) {
    const text::TextCatalogue& cat = text::builtin();
    const std::vector<std::string> keys = cat.keys("en");
    const std::regex dotted("[a-z][a-z0-9_]*\\.[a-z0-9_.]*");
    size_t seen = 0;
    std::vector<std::string> unknown;
    for (const char* dir : {"app", "core"}) {
        for (const auto& e : fs::recursive_directory_iterator(fs::path(KIOSK_SOURCE_DIR) / dir)) {
            const std::string ext = e.path().extension().string();
            if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
            for (const std::string& key : looked_up(read(e.path()))) {
                if (!std::regex_match(key, dotted)) continue;
                ++seen;
                const bool prefix = key.back() == '.' || key.back() == '_';
                const bool found = prefix ? std::any_of(keys.begin(), keys.end(),
                                                        [&](const std::string& k) { return k.rfind(key, 0) == 0; })
                                          : cat.has(key, "en");
                if (!found) unknown.push_back(e.path().filename().string() + ": " + key);
            }
        }
    }
    EXPECT_GT(seen, 200U) << "the scan found too few keys: has the lookup style changed?";
    EXPECT_TRUE(unknown.empty()) << ::testing::PrintToString(unknown);
}

TEST(TextCatalogue, AMalformedCatalogueIsNamedByFileLineAndColumn) {
    text::TextCatalogue cat;
    Diagnostics out;
    EXPECT_FALSE(cat.add("xx", "assets/i18n/xx.yaml", "flow:\n  next: Next\n  back: [Back\n", out));
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.front().str().rfind("assets/i18n/xx.yaml:4:1: YAML syntax", 0), 0U) << out.front().str();

    out.clear();
    EXPECT_FALSE(cat.add("xx", "xx.yaml", "flow:\n  next:\n    - a\n", out));
    ASSERT_FALSE(out.empty());
    EXPECT_NE(out.front().str().find("xx.yaml:3:5"), std::string::npos) << out.front().str();
    EXPECT_NE(out.front().str().find("flow.next"), std::string::npos) << out.front().str();
}

TEST(TextCatalogue, FallsBackToEnglishThenToTheKey) {
    text::TextCatalogue cat;
    Diagnostics out;
    ASSERT_TRUE(cat.add("en", "en.yaml", "flow:\n  next: Next\n  back: Back\n", out));
    ASSERT_TRUE(cat.add("es", "es.yaml", "flow:\n  next: Siguiente\n", out));
    EXPECT_EQ(cat.get("flow.next", "es"), "Siguiente");
    EXPECT_EQ(cat.get("flow.back", "es"), "Back");
    EXPECT_EQ(cat.get("flow.next", "fr"), "Next");  // offered by the clinic, no catalogue
    EXPECT_EQ(cat.get("flow.nowhere", "es"), "flow.nowhere");
    EXPECT_FALSE(cat.has("flow.back", "es"));
}

TEST(TextCatalogue, FillsPlaceholders) {
    EXPECT_EQ(text::tr("es", "flow.step_of", {{"i", "2"}, {"n", "5"}}), "Paso 2 de 5");
    EXPECT_EQ(text::tr("en", "practitioner.queue.show_more", {{"n", "12"}}), "Show more (12 more)");
    EXPECT_EQ(text::placeholders("{a} and {b}, {a}"), (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace kiosk::test
