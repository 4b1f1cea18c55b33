#pragma once
// A test that needs an outside tool (Xvfb, pdftotext) the machine lacks is
// skipped on a developer's machine but fails where KIOSK_REQUIRE_TOOLS is set:
// .ci/run sets it, so CI can never go green on tests it did not run.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string_view>

namespace kiosk::testing {

[[nodiscard]] inline bool tools_required() {
    const char* v = std::getenv("KIOSK_REQUIRE_TOOLS");
    return v != nullptr && std::string_view(v) != "" && std::string_view(v) != "0";
}

}  // namespace kiosk::testing

// Returns from the test: a skip, or in CI a failure naming the tool.
#define KIOSK_REQUIRE_TOOL(available, tool)                                                  \
    do {                                                                                     \
        if (!(available)) {                                                                  \
            if (::kiosk::testing::tools_required()) GTEST_FAIL() << (tool) << " is not installed, and CI needs it"; \
            GTEST_SKIP() << (tool) << " is not installed";                                   \
        }                                                                                    \
    } while (false)
