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

// Where a test expects an error: 1-based line and column.
struct TextPosition {
    int line = 1;
    int col = 1;
};

// Removes the first "@@" marker from `text` and returns where it stood
// (line 1, column 1 when there is none).
TextPosition take_marker(std::string& text);

}  // namespace kiosk::testing
