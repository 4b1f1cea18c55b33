#include "common/diagnostic.hpp"

namespace kiosk {

std::string Diagnostic::str() const {
    std::string out;
    if (!where.file.empty()) {
        out += where.file;
        if (where.line > 0) {
            out += ':' + std::to_string(where.line);
            if (where.col > 0) out += ':' + std::to_string(where.col);
        }
        out += ": ";
    }
    out += message;
    return out;
}

std::string join_lines(const Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds) {
        out += d.str();
        out += '\n';
    }
    return out;
}

}  // namespace kiosk
