// Every answer by page, as the questionnaire stood when it was answered: the
// question in the client's language beside the answer. Items hidden by their
// condition are left out; a visible question left empty says so. Consent
// pages and signatures have their own section.
#include <algorithm>
#include <numbers>
#include <optional>

#include "export/pdf_sections.hpp"
#include "text/date_words.hpp"
#include "text/outcome_words.hpp"
#include "text/text_catalogue.hpp"
#include "questionnaire/validation.hpp"

namespace kiosk::exporting::pdf {

namespace {

constexpr double kQuestionWidth = kContentWidth * 0.54;
constexpr double kColumnGap = 24;
constexpr double kAnswerX = kMarginX + kQuestionWidth + kColumnGap;
constexpr double kAnswerWidth = kContentWidth - kQuestionWidth - kColumnGap;
constexpr double kRowGap = 6;

struct Row {
    Text question;
    Text answer;
    bool stacked;                      // long text: the answer under the question, full width
    std::optional<Severity> flagged;   // a finding read this answer

    [[nodiscard]] double height() const {
        return stacked ? question.height() + 3 + answer.height() : std::max(question.height(), answer.height());
    }
};

Row row_of(const Flow& f, const SubmissionView& v, const Item& item) {
    auto it = v.answers.find(item.id);
    std::optional<Severity> flagged;
    if (auto fl = v.flagged.find(item.id); fl != v.flagged.end() && it != v.answers.end()) flagged = fl->second;
    std::string words = it == v.answers.end() ? std::string() : answer_words(item, it->second, v.lang());
    const bool answered = !words.empty();
    TextStyle style = answered ? kAnswer : kUnanswered;
    if (flagged) style.color = badge_colors(*flagged).text;
    const bool stacked = item.type == ItemType::LongText && answered;
    if (stacked) style = TextStyle{kBody.size, Weight::Regular, kInk, kBody.line_spacing};
    const std::string question = item.text.in(v.lang());
    return Row{f.text(question.empty() ? item.id : question, kQuestion, stacked ? kContentWidth : kQuestionWidth),
               f.text(answered ? words : std::string(text::tr(v.words(), "pdf.not_answered")), style, stacked ? kContentWidth - 12 : kAnswerWidth), stacked,
               flagged};
}

void draw_row(Flow& f, const Row& r) {
    if (r.stacked || r.height() > kBodyBottom - kMarginTop) {
        f.keep_together(std::min(r.height(), r.question.height() + 3 + 24));  // the question with its answer
        f.flow(r.question, kMarginX);
        f.advance(3);
        f.flow(r.answer, r.stacked ? kMarginX + 12 : kAnswerX);
        return;
    }
    f.keep_together(r.height());
    const double y = f.y();
    f.draw(r.question, kMarginX, y);
    f.draw(r.answer, kAnswerX, y);
    if (r.flagged) {
        set_color(f.cr(), badge_colors(*r.flagged).dot);
        cairo_arc(f.cr(), kAnswerX - 9, y + r.answer.baseline() - 0.36 * kAnswer.size, 2.75, 0, 2 * std::numbers::pi);
        cairo_fill(f.cr());
    }
    f.advance(r.height());
}

}  // namespace

void draw_answers(Flow& f, const SubmissionView& v) {
    const Questionnaire& q = v.questionnaire();
    bool heading = false;
    for (const auto& page : q.pages) {
        if (page.kind != PageKind::Questions) continue;
        std::vector<Row> rows;
        for (const auto& item : page.items) {
            if (item.type == ItemType::Info || item.type == ItemType::Signature) continue;
            if (!is_visible(item, v.answers, v.answered_on)) continue;
            rows.push_back(row_of(f, v, item));
        }
        if (rows.empty()) continue;
        if (!heading) {
            section_heading(f, text::tr(v.words(), "pdf.answers"), rows.front().height() + 40);
            heading = true;
        } else {
            f.advance(14);
        }
        const std::string title = page.title.in(v.lang());
        subheading(f, title.empty() ? page.id : title, std::min(rows.front().height(), 60.0) + 4);
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i > 0) {
                // A divider between rows, never one alone at the foot of a page.
                const double h = rows[i].height();
                if (2 * kRowGap + h <= f.remaining() || h > kBodyBottom - kMarginTop || rows[i].stacked) {
                    f.advance(kRowGap);
                    f.rule(kLine, 0.5);
                    f.advance(kRowGap);
                } else {
                    f.page_break();
                }
            } else {
                f.advance(2);
            }
            draw_row(f, rows[i]);
        }
    }
    if (heading) f.advance(26);
}

}  // namespace kiosk::exporting::pdf
