// libFuzzer target: the input is a questionnaire file (questionnaires/<id>.yaml)
// for the shipped clinic.yaml, read by the real questionnaire loader.
#include <cstddef>
#include <cstdint>

#include "fuzz/harness.hpp"
#include "support/shipped.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const kiosk::fuzz::ConfigHarness harness(kiosk::testing::shipped_config());
    (void)harness.run({reinterpret_cast<const char*>(data), size});
    return 0;
}
