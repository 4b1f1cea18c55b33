#pragma once
// A problem found at the boundary (config, answers, command line), with the
// place it was found so the person fixing it can go straight there.
#include <string>
#include <vector>

namespace kiosk {

struct SourceLoc {
    std::string file;  // empty when the input has no file (stdin)
    int line = 0;      // 1-based; 0 when unknown
    int col = 0;       // 1-based; 0 when unknown
};

struct Diagnostic {
    SourceLoc where;
    std::string message;

    // "file:line:col: message", leaving out the parts that are unknown.
    [[nodiscard]] std::string str() const;
};

using Diagnostics = std::vector<Diagnostic>;

[[nodiscard]] std::string join_lines(const Diagnostics& ds);

}  // namespace kiosk
