// libFuzzer target: the input is an answers file, read as `check` reads it
// against the shipped config. Built twice: fuzz_answers (our JSON shape) and
// fuzz_fhir (a FHIR R4 QuestionnaireResponse); the reader tells the two
// shapes apart, and each target's seeds and dictionary keep it on its side.
#include <cstddef>
#include <cstdint>

#include "fuzz/harness.hpp"
#include "support/shipped.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)kiosk::fuzz::run_answers({reinterpret_cast<const char*>(data), size}, kiosk::testing::shipped_config());
    return 0;
}
