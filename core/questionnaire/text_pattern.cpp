#include "questionnaire/text_pattern.hpp"

#include <re2/re2.h>

#include "questionnaire/config_limits.hpp"

namespace kiosk {

namespace {

RE2::Options quiet_options() {
    RE2::Options o;
    o.set_log_errors(false);  // the loader reports the error with its location
    return o;
}

}  // namespace

std::variant<TextPattern, std::string> TextPattern::compile(std::string_view source) {
    if (source.size() > limits::kPatternBytes) {
        return "the pattern is " + std::to_string(source.size()) + " characters long; at most " +
               std::to_string(limits::kPatternBytes) + " are allowed";
    }
    auto re = std::make_shared<const RE2>(re2::StringPiece(source.data(), source.size()), quiet_options());
    if (!re->ok()) return re->error();
    TextPattern p;
    p.re_ = std::move(re);
    return p;
}

bool TextPattern::full_match(std::string_view text) const {
    if (!re_ || text.size() > limits::kPatternInputBytes) return false;
    return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

bool looks_like_email(std::string_view text) {
    static const RE2 re(R"([^@\s]+@[^@\s.]+(\.[^@\s.]+)+)", quiet_options());
    return text.size() <= limits::kEmailBytes && RE2::FullMatch(re2::StringPiece(text.data(), text.size()), re);
}

}  // namespace kiosk
