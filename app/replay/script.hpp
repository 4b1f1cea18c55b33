#pragma once
// Replay scripts (DESIGN §7, `--replay FILE`): one command a line, parsed up
// front so a typo fails before the window opens, naming its line.
//
//   tap ID | type TEXT | pick ID VALUE | drag ID DX DY | sign ID | wait MS
//   hold ID MS (a press kept down for MS, e.g. the practitioner corner)
//   expect-screen NAME | screenshot NAME | quit
//   type-hex HEX (types the UTF-8 text spelled in hex, so the script never
//   holds the text itself) | expect-absent HEX (fails if that text is
//   anywhere in the kiosk's memory: see memory_scan.hpp) | fault (the next
//   frame's screen throws, to show what a defect would: KioskShell::inject_fault)
//
// Blank lines and lines starting with '#' are ignored. TEXT and VALUE are
// the rest of the line; either may be wrapped in double quotes to keep
// leading or trailing spaces (\" and \\ escape inside quotes).
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/diagnostic.hpp"

namespace kiosk::replay {

enum class CommandKind { Tap, Type, Pick, Drag, Sign, Wait, Hold, ExpectScreen, Screenshot, Quit, TypeHex, ExpectAbsent, Fault };

[[nodiscard]] std::string_view command_name(CommandKind kind);

struct Command {
    CommandKind kind = CommandKind::Quit;
    int line = 0;      // 1-based, for messages
    std::string id;    // tap, pick, drag, sign, hold
    std::string text;  // type: TEXT; pick: VALUE; expect-screen and screenshot: NAME; *-hex: HEX
    float dx = 0;      // drag
    float dy = 0;
    int ms = 0;  // wait, hold
};

struct Script {
    std::string file;  // as given, for messages
    std::vector<Command> commands;
};

using ParseResult = std::variant<Script, kiosk::Diagnostics>;

// Every bad line is reported, each with file:line:col.
[[nodiscard]] ParseResult parse_script(std::string_view source, std::string_view file_name);
[[nodiscard]] ParseResult load_script(const std::string& path);

}  // namespace kiosk::replay
