// Findings first (DESIGN §3): for each, its severity badge, title, the
// recommended action in bold, the rule's explanation, the answers that
// triggered it and the rule id — the texts as the check stored them.
#include <algorithm>
#include <optional>
#include <vector>

#include "export/pdf_sections.hpp"
#include "text/date_words.hpp"
#include "text/outcome_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::exporting::pdf {

namespace {

constexpr double kGutter = 14;

std::string field(const nlohmann::json& f, const char* key) {
    return f.contains(key) && f[key].is_string() ? f[key].get<std::string>() : std::string();
}

struct FindingBlock {
    Severity severity;
    std::vector<Text> lines;  // title first
    std::vector<double> gaps;  // space above each line
    [[nodiscard]] double height() const {
        double h = 0;
        for (size_t i = 0; i < lines.size(); ++i) h += gaps[i] + lines[i].height();
        return h;
    }
};

// "Do you have an active cold sore? → Yes" for an item the rule read.
std::string triggered_by(const SubmissionView& v, const std::string& id) {
    const Item* item = v.questionnaire().find(id);
    if (!item) return id;
    auto it = v.answers.find(id);
    const std::string answer = it == v.answers.end() ? std::string(text::tr(v.words(), "pdf.not_answered_lower"))
                                                      : answer_words(*item, it->second, v.lang());
    return item->text.in(v.lang()) + "  →  " + answer;
}

FindingBlock block_of(const Flow& f, const SubmissionView& v, const nlohmann::json& j, double width) {
    FindingBlock b{severity_from(field(j, "severity")).value_or(Severity::Review), {}, {}};
    auto add = [&](std::string text, const TextStyle& style, double gap) {
        if (text.empty()) return;
        b.lines.push_back(f.text(text, style, width));
        b.gaps.push_back(b.lines.size() == 1 ? 0 : gap);
    };
    const std::string rule = field(j, "rule");
    add(field(j, "title").empty() ? rule : field(j, "title"), kFindingTitle, 0);
    add(field(j, "action"), kBodyStrong, 4);
    add(field(j, "explanation"), kBodySecondary, 3);
    std::vector<std::string> items;
    if (j.contains("items") && j["items"].is_array())
        for (const auto& id : j["items"])
            if (id.is_string()) items.push_back(id.get<std::string>());
    bool first = true;
    for (const auto& id : items) {
        add(triggered_by(v, id), TextStyle{kMeta.size, Weight::Regular, kInk2, 1.3}, first ? 7 : 2);
        first = false;
    }
    std::string meta = text::tr(v.words(), "pdf.rule", {{"rule", rule}});
    if (!items.empty()) {
        std::string read;
        for (size_t i = 0; i < items.size(); ++i) read += (i ? ", " : "") + items[i];
        meta += "  ·  " + text::tr(v.words(), "pdf.reads", {{"items", read}});
    }
    add(meta, kMeta, items.empty() ? 7 : 3);
    return b;
}

}  // namespace

void draw_findings(Flow& f, const SubmissionView& v) {
    const auto& findings = v.src.submission.findings;
    std::vector<const nlohmann::json*> list;
    if (findings.is_array())
        for (const auto& j : findings)
            if (j.is_object()) list.push_back(&j);

    section_heading(f, list.empty() ? std::string(text::tr(v.words(), "pdf.findings"))
                                    : text::tr(v.words(), "pdf.findings_n", {{"n", std::to_string(list.size())}}));
    if (list.empty()) {
        const Badge badge(f.typesetter(), Severity::Clear, text::severity_word(Severity::Clear, v.words()));
        const Text none = f.text(std::string(text::tr(v.words(), "pdf.no_findings")), kBody,
                                 kContentWidth - badge.width() - kGutter);
        badge.draw(f.cr(), kMarginX, f.y() + none.baseline() - 0.36 * kBody.size - badge.height() / 2);
        f.flow(none, kMarginX + badge.width() + kGutter);
        f.advance(26);
        return;
    }

    double column = 0;  // the widest badge, so every title starts at the same x
    for (const auto* j : list) {
        const Severity s = severity_from(field(*j, "severity")).value_or(Severity::Review);
        column = std::max(column, Badge(f.typesetter(), s, text::severity_word(s, v.words())).width());
    }
    column += kGutter;

    for (size_t i = 0; i < list.size(); ++i) {
        const FindingBlock b = block_of(f, v, *list[i], kContentWidth - column);
        const double h = b.height();
        if (i > 0) {
            // A divider between findings, never one alone at the foot of a page.
            if (22 + h <= f.remaining() || h > kBodyBottom - kMarginTop) {
                f.advance(11);
                f.rule(kLine, 0.5);
                f.advance(11);
            } else {
                f.page_break();
            }
        }
        f.keep_together(h);
        const Badge badge(f.typesetter(), b.severity, text::severity_word(b.severity, v.words()));
        badge.draw(f.cr(), kMarginX,
                   f.y() + b.lines.front().baseline() - 0.36 * kFindingTitle.size - badge.height() / 2);
        for (size_t k = 0; k < b.lines.size(); ++k) {
            f.advance(b.gaps[k]);
            f.flow(b.lines[k], kMarginX + column);
        }
    }
    f.advance(26);
}

}  // namespace kiosk::exporting::pdf
