#include "replay/script.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>

#include "screens/screen_id.hpp"

namespace kiosk::replay {

namespace {

constexpr std::array<std::pair<CommandKind, std::string_view>, 13> kCommands{{
    {CommandKind::Tap, "tap"},
    {CommandKind::Type, "type"},
    {CommandKind::Pick, "pick"},
    {CommandKind::Drag, "drag"},
    {CommandKind::Sign, "sign"},
    {CommandKind::Wait, "wait"},
    {CommandKind::Hold, "hold"},
    {CommandKind::ExpectScreen, "expect-screen"},
    {CommandKind::Screenshot, "screenshot"},
    {CommandKind::Quit, "quit"},
    {CommandKind::TypeHex, "type-hex"},
    {CommandKind::ExpectAbsent, "expect-absent"},
    {CommandKind::Fault, "fault"},
}};

struct Word {
    std::string_view text;
    int col = 0;  // 1-based
};

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::vector<Word> split_words(std::string_view line, size_t from) {
    std::vector<Word> out;
    size_t i = from;
    while (i < line.size()) {
        while (i < line.size() && is_space(line[i])) ++i;
        const size_t start = i;
        while (i < line.size() && !is_space(line[i])) ++i;
        if (i > start) out.push_back({line.substr(start, i - start), static_cast<int>(start) + 1});
    }
    return out;
}

// Parses the line's free text (TEXT, VALUE); an error message on failure.
std::string free_text(std::string_view raw, std::string& out) {
    while (!raw.empty() && is_space(raw.back())) raw.remove_suffix(1);
    if (raw.empty() || raw.front() != '"') {
        out = std::string(raw);
        return "";
    }
    out.clear();
    for (size_t i = 1; i < raw.size(); ++i) {
        const char ch = raw[i];
        if (ch == '\\' && i + 1 < raw.size()) {
            out += raw[++i];
        } else if (ch == '"') {
            return i + 1 == raw.size() ? "" : "unexpected text after the closing quote";
        } else {
            out += ch;
        }
    }
    return "unterminated quote";
}

bool parse_number(std::string_view s, float& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

bool valid_file_stem(std::string_view s) {
    if (s.empty() || s.front() == '.') return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

std::string joined_commands() {
    std::string out;
    for (const auto& [kind, name] : kCommands) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

std::string joined_screens() {
    std::string out;
    for (const std::string_view name : ui::all_screen_names()) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

class LineParser {
public:
    LineParser(std::string_view file, int line, kiosk::Diagnostics& errors)
        : m_file(file), m_line(line), m_errors(errors) {}

    void error(int col, std::string message) {
        m_errors.push_back({{std::string(m_file), m_line, col}, std::move(message)});
    }

    // Checks the word count: `needed` words after the command, `usage` for the message.
    bool arity(const Word& cmd, const std::vector<Word>& args, size_t needed, std::string_view usage) {
        if (args.size() < needed) {
            error(cmd.col, "`" + std::string(cmd.text) + "` needs " + std::string(usage));
            return false;
        }
        if (args.size() > needed) {
            error(args[needed].col, "unexpected '" + std::string(args[needed].text) + "' after `" +
                                        std::string(cmd.text) + "` (it takes " + std::string(usage) + ")");
            return false;
        }
        return true;
    }

private:
    std::string_view m_file;
    int m_line;
    kiosk::Diagnostics& m_errors;
};

std::optional<Command> parse_line(std::string_view line, int number, std::string_view file, kiosk::Diagnostics& errs) {
    const std::vector<Word> words = split_words(line, 0);
    if (words.empty() || words.front().text.front() == '#') return std::nullopt;
    LineParser p(file, number, errs);
    const Word& cmd = words.front();
    const std::vector<Word> args(words.begin() + 1, words.end());
    const auto* known =
        std::find_if(kCommands.begin(), kCommands.end(), [&](const auto& c) { return c.second == cmd.text; });
    if (known == kCommands.end()) {
        p.error(cmd.col, "unknown command '" + std::string(cmd.text) + "' (commands: " + joined_commands() + ")");
        return std::nullopt;
    }
    Command out;
    out.kind = known->first;
    out.line = number;
    switch (out.kind) {
        case CommandKind::Tap:
        case CommandKind::Sign:
            if (!p.arity(cmd, args, 1, "a widget id")) return std::nullopt;
            out.id = std::string(args[0].text);
            break;
        case CommandKind::Type:
        case CommandKind::Pick: {
            const bool pick = out.kind == CommandKind::Pick;
            if (args.size() < (pick ? 2U : 1U)) {
                p.error(cmd.col, pick ? "`pick` needs a widget id and a value" : "`type` needs the text to type");
                return std::nullopt;
            }
            if (pick) out.id = std::string(args[0].text);
            const Word& first = pick ? args[1] : args[0];
            const std::string_view raw = line.substr(static_cast<size_t>(first.col - 1));
            if (std::string err = free_text(raw, out.text); !err.empty()) {
                p.error(first.col, err);
                return std::nullopt;
            }
            break;
        }
        case CommandKind::Drag:
            if (!p.arity(cmd, args, 3, "a widget id, DX and DY")) return std::nullopt;
            out.id = std::string(args[0].text);
            for (size_t i = 1; i < 3; ++i) {
                if (!parse_number(args[i].text, i == 1 ? out.dx : out.dy)) {
                    p.error(args[i].col, std::string(i == 1 ? "DX" : "DY") + " must be a number of px, not '" +
                                             std::string(args[i].text) + "'");
                    return std::nullopt;
                }
            }
            break;
        case CommandKind::Wait:
        case CommandKind::Hold: {
            const bool hold = out.kind == CommandKind::Hold;
            if (!p.arity(cmd, args, hold ? 2 : 1, hold ? "a widget id and a time in milliseconds" : "a time in milliseconds"))
                return std::nullopt;
            if (hold) out.id = std::string(args[0].text);
            const Word& arg = args[hold ? 1 : 0];
            const std::string_view ms = arg.text;
            const auto [end, ec] = std::from_chars(ms.data(), ms.data() + ms.size(), out.ms);
            if (ec != std::errc() || end != ms.data() + ms.size() || out.ms < 0) {
                p.error(arg.col, std::string(hold ? "`hold` needs whole milliseconds (e.g. `hold practitioner 3500`)"
                                                  : "`wait` needs whole milliseconds (e.g. `wait 500`)") +
                                     ", not '" + std::string(ms) + "'");
                return std::nullopt;
            }
            break;
        }
        case CommandKind::ExpectScreen:
            if (!p.arity(cmd, args, 1, "a screen name")) return std::nullopt;
            out.text = std::string(args[0].text);
            if (!ui::screen_from_name(out.text)) {
                p.error(args[0].col, "unknown screen '" + out.text + "' (screens: " + joined_screens() + ")");
                return std::nullopt;
            }
            break;
        case CommandKind::Screenshot:
            if (!p.arity(cmd, args, 1, "a file name without extension")) return std::nullopt;
            out.text = std::string(args[0].text);
            if (!valid_file_stem(out.text)) {
                p.error(args[0].col,
                        "screenshot name '" + out.text + "' may use only letters, digits, '-', '_' and '.'");
                return std::nullopt;
            }
            break;
        case CommandKind::Quit:
        case CommandKind::Fault:
            if (!p.arity(cmd, args, 0, "nothing")) return std::nullopt;
            break;
        case CommandKind::TypeHex:
        case CommandKind::ExpectAbsent:
            if (!p.arity(cmd, args, 1, "the text's UTF-8 bytes in hex")) return std::nullopt;
            out.text = std::string(args[0].text);
            if (out.text.size() % 2 != 0 ||
                out.text.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
                p.error(args[0].col, "`" + std::string(cmd.text) + "` needs an even number of hex digits");
                return std::nullopt;
            }
            break;
    }
    return out;
}

}  // namespace

std::string_view command_name(CommandKind kind) {
    for (const auto& [k, name] : kCommands)
        if (k == kind) return name;
    return "?";
}

ParseResult parse_script(std::string_view source, std::string_view file_name) {
    Script script{std::string(file_name), {}};
    kiosk::Diagnostics errors;
    int number = 0;
    size_t pos = 0;
    while (pos <= source.size()) {
        const size_t nl = source.find('\n', pos);
        std::string_view line = source.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++number;
        if (std::optional<Command> cmd = parse_line(line, number, file_name, errors)) script.commands.push_back(*cmd);
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    if (!errors.empty()) return errors;
    return script;
}

ParseResult load_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return kiosk::Diagnostics{{{path, 0, 0}, "cannot read the replay file"}};
    std::ostringstream text;
    text << in.rdbuf();
    return parse_script(text.str(), path);
}

}  // namespace kiosk::replay
