#pragma once
// The replay's `expect-absent HEX`: is a given text anywhere in this
// process's memory? Reads every readable mapping listed in /proc/self/maps
// with process_vm_readv on itself (allowed even when the process is not
// dumpable, and a page that cannot be read is an error, not a crash) and
// looks for the text as UTF-8, UTF-16LE and UTF-32LE (wide copies, as ImGui
// and libraries may keep). The text and every read buffer live in
// sodium_malloc memory that the scan skips, so the search finds only copies
// the kiosk keeps, never its own.
#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::replay {

struct ScanReport {
    std::size_t copies = 0;          // occurrences found, all encodings
    std::string where;               // "utf-8 in [heap]; utf-16 in anonymous" (no text of the needle)
    std::size_t bytes_scanned = 0;
    std::size_t bytes_skipped = 0;   // mappings too large to read (sanitizer shadow)
};

// `hex_needle`: the text's UTF-8 bytes as hex (so the script, which this
// process also holds, never contains the text). Returns nullopt-like empty
// `where` with copies 0 when absent; `error` is set when the hex is invalid
// or the maps cannot be read.
[[nodiscard]] ScanReport scan_own_memory(std::string_view hex_needle, std::string& error);

// `type-hex`: the bytes spelled by `hex` (already checked by the parser).
// Reserved up front, so the text is written once and never moved.
[[nodiscard]] std::string text_of_hex(std::string_view hex);

}  // namespace kiosk::replay
