// libFuzzer target: the input is a `when`/`show_if` expression, compiled
// against the shipped questionnaire's items and evaluated on sample answers.
#include <cstddef>
#include <cstdint>

#include "fuzz/harness.hpp"
#include "support/shipped.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kiosk::fuzz::ExpressionHarness harness(kiosk::testing::shipped_config().questionnaire);
    (void)harness.run({reinterpret_cast<const char*>(data), size});
    return 0;
}
