#pragma once
// A small, valid config (two languages, a follow-up, a rule, a consent page)
// written into a temporary directory; tests break one thing at a time.
#include <filesystem>
#include <string>

namespace kiosk::testing {

struct MiniConfig {
    std::string clinic;
    std::string questionnaire;  // questionnaires/mini.yaml
    std::string consent;        // consent/mini.yaml

    static MiniConfig valid();
    // Writes the three files under a fresh temporary directory; returns it.
    [[nodiscard]] std::filesystem::path write() const;
};

}  // namespace kiosk::testing
