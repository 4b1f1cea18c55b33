#include <sodium.h>

#include <array>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "common/time_zone.hpp"
#include "questionnaire/answer_limits.hpp"
#include "questionnaire/loader.hpp"

namespace kiosk::cli {

std::optional<KioskConfig> load_config_or_report(const std::string& dir) {
    auto result = load_config(dir);
    if (auto* problems = std::get_if<Diagnostics>(&result)) {
        for (const auto& d : *problems) std::cerr << d.str() << '\n';
        std::cerr << problems->size() << (problems->size() == 1 ? " problem" : " problems") << " in " << dir << '\n';
        return std::nullopt;
    }
    // Every command that loads the config dates by the clinic's clock.
    use_time_zone(std::get<KioskConfig>(result).clinic.timezone);
    return std::get<KioskConfig>(std::move(result));
}

namespace {

// Reads at most limits::kAnswersFileBytes (an answers or passphrase file,
// stdin alike): `/dev/zero` or an endless pipe is refused, not read until
// memory runs out.
std::optional<std::string> read_bounded(std::istream& in, const std::string& name) {
    std::string text;
    std::array<char, 64 * 1024> buf{};
    bool too_large = false;
    while (!too_large && (in.read(buf.data(), buf.size()) || in.gcount() > 0)) {
        text.append(buf.data(), static_cast<size_t>(in.gcount()));
        too_large = text.size() > limits::kAnswersFileBytes;
    }
    sodium_memzero(buf.data(), buf.size());
    if (too_large) {
        sodium_memzero(text.data(), text.size());
        std::cerr << name << ": larger than the limit of " << limits::kAnswersFileBytes << " bytes\n";
        return std::nullopt;
    }
    return text;
}

}  // namespace

std::optional<std::string> read_input(const std::string& path) {
    if (path == "-") return read_bounded(std::cin, "stdin");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path << ": cannot read the file\n";
        return std::nullopt;
    }
    return read_bounded(in, path);
}

std::optional<AnswerSet> read_valid_answers(const KioskConfig& config, const std::string& path, Completeness mode,
                                            const Date& today) {
    auto text = read_input(path);
    if (!text) return std::nullopt;
    const std::string source = path == "-" ? "stdin" : path;
    auto parsed = parse_answers(*text, source, config);
    sodium_memzero(text->data(), text->size());
    if (auto* problems = std::get_if<Diagnostics>(&parsed)) {
        for (const auto& d : *problems) std::cerr << d.str() << '\n';
        return std::nullopt;
    }
    AnswerSet& set = std::get<AnswerSet>(parsed);
    const auto problems = validate_answers(config.questionnaire, set.answers, mode, today);
    if (!problems.empty()) {
        for (const auto& p : problems) std::cerr << source << ": " << p.message() << '\n';
        return std::nullopt;
    }
    return std::move(set);
}

std::optional<Date> resolve_today(const std::string& today) {
    if (today.empty()) return Date::today_local();
    auto d = Date::parse(today);
    if (!d) std::cerr << "--today: \"" << today << "\" is not a real date (YYYY-MM-DD)\n";
    return d;
}

}  // namespace kiosk::cli

#include "common/iso_time.hpp"

#include "cli/cli.hpp"
#include "storage/storage_error.hpp"

namespace kiosk::cli {

std::optional<std::string> read_passphrase(const std::string& path) {
    auto text = read_input(path);
    if (!text) return std::nullopt;
    if (!text->empty() && text->back() == '\n') text->pop_back();
    if (!text->empty() && text->back() == '\r') text->pop_back();
    return text;
}

std::int64_t now_ms() { return unix_now_ms(); }

int with_storage_errors(const std::function<int()>& body) {
    try {
        return body();
    } catch (const storage::StorageError& e) {
        std::cerr << "intake-kiosk: " << e.what() << '\n';
        switch (e.kind()) {
            case storage::ErrorKind::Damaged: return kDamaged;
            case storage::ErrorKind::Refused: return kBadInput;
            default: return kInternal;
        }
    }
}

}  // namespace kiosk::cli
