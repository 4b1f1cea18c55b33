#pragma once
// Every block of memory the kiosk frees is zeroed first (DESIGN §6, issue 9):
// a client's name, answers or a practitioner's passphrase may pass through
// buffers no one thinks of (a std::string that grew and left its old copy
// behind, a JSON temporary, a library's layout), so instead of scrubbing each
// one by hand, freeing itself wipes.
//
// Linked into the executable only (this file's .cpp replaces the global
// operator new/delete and, outside sanitizer builds, the C library's free and
// realloc, so glib, pango, cairo, fontconfig and Mesa are covered too). Under
// ASan, which owns malloc and free, the replaced operator delete, the ImGui
// and the SQLite hooks below still zero C++, ImGui and SQLite blocks.

namespace kiosk::platform {

// Routes SQLite's allocations through the zeroing functions. Call first in
// main(), before any SQLite call. Returns false when SQLite refused (it had
// been initialised already).
[[nodiscard]] bool install_sqlite_zeroing();

// Routes ImGui's allocations through the zeroing functions. Call before
// ImGui::CreateContext().
void install_imgui_zeroing();

}  // namespace kiosk::platform
