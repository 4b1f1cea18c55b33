#include "questionnaire/answers_file.hpp"

#include <nlohmann/json.hpp>

#include "questionnaire/answer_decoder.hpp"

namespace kiosk {

using nlohmann::json;


namespace {

// Line and column (1-based) of a byte offset, for parse errors.
SourceLoc locate(std::string_view text, const std::string& source, size_t offset) {
    int line = 1, col = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; col = 1; }
        else if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) ++col;
    }
    return {source, line, col};
}

}  // namespace

nlohmann::json answers_to_json(const AnswerMap& answers) {
    json out = json::object();
    for (const auto& [id, a] : answers) {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, Date>) {
                    out[id] = v.iso();
                } else if constexpr (std::is_same_v<T, Signature>) {
                    json strokes = json::array();
                    for (const auto& s : v.strokes) {
                        json pts = json::array();
                        for (const auto& p : s) pts.push_back({p.x, p.y});
                        strokes.push_back(std::move(pts));
                    }
                    out[id] = {{"strokes", std::move(strokes)}};
                } else {
                    out[id] = v;
                }
            },
            a);
    }
    return out;
}

AnswersResult parse_answers(std::string_view text, const std::string& source, const KioskConfig& config) {
    Diagnostics problems;
    if (const size_t bad = utf8_error_offset(text); bad != std::string_view::npos) {
        problems.push_back({locate(text, source, bad), "invalid UTF-8 (byte " + std::to_string(bad + 1) + ")"});
        return problems;
    }
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        const size_t at = e.byte == 0 ? 0 : e.byte - 1;
        std::string what = e.what();
        if (auto p = what.find("parse error"); p != std::string::npos) what = what.substr(p);
        problems.push_back({locate(text, source, at), "malformed JSON: " + what});
        return problems;
    }
    answers::Decoder decoder(config, source, problems);
    AnswerSet set = decoder.decode(doc);
    if (!problems.empty()) return problems;
    return set;
}

}  // namespace kiosk
