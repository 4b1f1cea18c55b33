#include "questionnaire/answers_file.hpp"

#include <nlohmann/json.hpp>

#include "common/strict_json.hpp"
#include "questionnaire/answer_decoder.hpp"
#include "questionnaire/answer_limits.hpp"

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
    for (const auto& entry : answers) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
        const std::string& id = entry.first;
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
            entry.second);
    }
    return out;
}

AnswersResult parse_answers(std::string_view text, const std::string& source, const KioskConfig& config) {
    Diagnostics problems;
    if (text.size() > limits::kAnswersFileBytes) {
        problems.push_back({{source, 0, 0}, "larger than the limit of " + std::to_string(limits::kAnswersFileBytes) +
                                                " bytes for an answers file"});
        return problems;
    }
    if (const size_t bad = utf8_error_offset(text); bad != std::string_view::npos) {
        problems.push_back({locate(text, source, bad), "invalid UTF-8 (byte " + std::to_string(bad + 1) + ")"});
        return problems;
    }
    auto parsed = parse_strict_json(text, limits::kJsonDepth);
    if (auto* e = std::get_if<StrictJsonError>(&parsed)) {
        problems.push_back({locate(text, source, e->byte), e->path.empty() ? e->message : e->path + ": " + e->message});
        return problems;
    }
    const json& doc = std::get<json>(parsed);
    answers::Decoder decoder(config, source, problems);
    AnswerSet set = decoder.decode(doc);
    if (!problems.empty()) return problems;
    return set;
}

}  // namespace kiosk
