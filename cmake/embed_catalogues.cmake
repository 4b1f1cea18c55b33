# Writes OUT, a C++ file holding every assets/i18n/*.yaml in DIR as text, so
# the installed binary carries its own words (core/text/text_catalogue.cpp
# parses them at start). Run by core/CMakeLists.txt; no downloads, no tools
# beyond CMake itself.
file(GLOB files LIST_DIRECTORIES false "${DIR}/*.yaml")
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(lang "${f}" NAME_WE)
  get_filename_component(name "${f}" NAME)
  file(READ "${f}" text)
  string(FIND "${text}" ")kiosk_i18n\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f} holds the text )kiosk_i18n\" which ends the embedded string")
  endif()
  string(APPEND body "        {\"${lang}\", \"assets/i18n/${name}\", R\"kiosk_i18n(${text})kiosk_i18n\"},\n")
endforeach()
set(out "// Generated from assets/i18n/*.yaml by cmake/embed_catalogues.cmake: edit those files, not this one.
#include \"text/embedded_catalogues.hpp\"

namespace kiosk::text {

const std::vector<EmbeddedCatalogue>& embedded_catalogues() {
    static const std::vector<EmbeddedCatalogue> kFiles{
${body}    };
    return kFiles;
}

}  // namespace kiosk::text
")
# Only rewritten when it changes, so a re-run does not rebuild kiosk_core.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL out)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${out}")
