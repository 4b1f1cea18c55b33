#pragma once
// The interface's catalogues (assets/i18n/<lang>.yaml) as built into the
// binary: the generated embedded_catalogues.cpp (cmake/embed_catalogues.cmake)
// defines embedded_catalogues().
#include <string_view>
#include <vector>

namespace kiosk::text {

struct EmbeddedCatalogue {
    std::string_view lang;  // "en": the file's name
    std::string_view file;  // "assets/i18n/en.yaml", for file:line:column messages
    std::string_view text;  // the YAML as written
};

[[nodiscard]] const std::vector<EmbeddedCatalogue>& embedded_catalogues();

}  // namespace kiosk::text
