#pragma once
// The parts of one submission's pages, each drawn onto a Flow: the summary
// and page chrome (pdf_summary.cpp), findings (pdf_findings.cpp), answers
// (pdf_answers.cpp), consent, signature and reviews (pdf_consent.cpp).
#include <map>
#include <string>

#include "export/pdf_export.hpp"
#include "export/pdf_flow.hpp"
#include "export/pdf_words.hpp"

namespace kiosk::exporting::pdf {

// A submission with what every section reads worked out once.
struct SubmissionView {
    const PdfSubmission& src;
    AnswerMap answers;  // typed by the questionnaire as answered, hidden ones dropped
    ClientIdentity who;
    Date answered_on;                         // the clinic's date, as the export's visibility rules use
    std::map<std::string, Severity> flagged;  // item id -> most severe finding that read it

    [[nodiscard]] const Questionnaire& questionnaire() const { return src.as_answered.get(); }
    [[nodiscard]] const std::string& lang() const { return src.submission.language; }
    // The document's own words: the practitioner's language.
    [[nodiscard]] const std::string& words() const { return src.words_lang; }
};

[[nodiscard]] SubmissionView view_of(const PdfSubmission& s);

// A severity pill: dot and word (text::severity_word), never the colour alone.
class Badge {
public:
    Badge(const Typesetter& ts, Severity colors, std::string_view word, double size = kBadge.size);
    [[nodiscard]] double width() const { return width_; }
    [[nodiscard]] double height() const { return height_; }
    void draw(cairo_t* cr, double x, double y) const;

private:
    Severity severity_;
    double pad_;  // around the word; the dot's radius follows
    Text label_;
    double width_;
    double height_;
};

// A section title in Teal over a rule; kept on the page with `keep_with`
// points of what follows it.
void section_heading(Flow& f, std::string_view title, double keep_with = 72);
// A bold line introducing a group within a section.
void subheading(Flow& f, std::string_view title, double keep_with = 48);

void draw_summary(Flow& f, const SubmissionView& v);
// The small header on continuation pages; returns where content starts.
double draw_running_header(cairo_t* cr, const Typesetter& ts, const SubmissionView& v);
void draw_footer(cairo_t* cr, const Typesetter& ts, const SubmissionView& v, int page, int total);

void draw_findings(Flow& f, const SubmissionView& v);
void draw_answers(Flow& f, const SubmissionView& v);
void draw_consent(Flow& f, const SubmissionView& v);
void draw_signatures(Flow& f, const SubmissionView& v);
void draw_reviews(Flow& f, const SubmissionView& v);

}  // namespace kiosk::exporting::pdf
