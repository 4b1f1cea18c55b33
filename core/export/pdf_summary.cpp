// The intake summary at the top of a submission's first page, the page
// chrome (running header, footer) and the pieces every section shares.
#include <algorithm>
#include <numbers>

#include "export/fhir_export.hpp"
#include "export/pdf_sections.hpp"
#include "text/date_words.hpp"
#include "text/outcome_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::exporting::pdf {

namespace {

constexpr double kLabelColumn = 112;
constexpr double kBoxPad = 14;

std::string upper(std::string_view s) {
    gchar* up = g_utf8_strup(s.data(), static_cast<gssize>(s.size()));
    std::string out(up);
    g_free(up);
    return out;
}

std::string clinic_of(const SubmissionView& v) {
    return v.src.clinic_name.empty() ? std::string("Intake Kiosk") : v.src.clinic_name;
}

void ellipsize(Text& t) { pango_layout_set_ellipsize(t.layout(), PANGO_ELLIPSIZE_END); }

// One label / value row of the summary box; the value may have a second,
// smaller line (a version hash).
struct MetaRow {
    std::string label;
    std::string value;
    std::string detail;
};

}  // namespace

SubmissionView view_of(const PdfSubmission& s) {
    const auto& sub = s.submission;
    SubmissionView v{s, exported_answers(sub, s.as_answered.get()), {}, {}, {}};
    v.who = client_identity(v.answers, s.words_lang);
    v.answered_on = Date::local_of_unix_ms(sub.meta.submitted_at_ms);
    if (sub.findings.is_array()) {
        for (const auto& f : sub.findings) {
            if (!f.is_object() || !f.contains("items") || !f["items"].is_array()) continue;
            const auto sev = severity_from(f.value("severity", std::string()));
            if (!sev) continue;
            for (const auto& id : f["items"]) {
                if (!id.is_string()) continue;
                auto [it, fresh] = v.flagged.emplace(id.get<std::string>(), *sev);
                if (!fresh) it->second = std::max(it->second, *sev);
            }
        }
    }
    return v;
}

Badge::Badge(const Typesetter& ts, Severity colors, std::string_view word, double size)
    : severity_(colors), pad_(size * 1.1),
      label_(ts, word, TextStyle{size, kBadge.weight, badge_colors(colors).text}) {
    height_ = label_.height() + size * 0.75;
    width_ = pad_ + size * 1.25 + label_.width() + pad_;  // pad, dot and gap, word, pad
}

void Badge::draw(cairo_t* cr, double x, double y) const {
    const auto colors = badge_colors(severity_);
    const double dot = pad_ * 0.28;
    rounded_rect(cr, x, y, width_, height_, height_ / 2);
    set_color(cr, colors.fill);
    cairo_fill(cr);
    set_color(cr, colors.dot);
    cairo_arc(cr, x + pad_ + dot, y + height_ / 2, dot, 0, 2 * std::numbers::pi);
    cairo_fill(cr);
    set_color(cr, label_.color());
    cairo_move_to(cr, x + width_ - pad_ - label_.width(), y + (height_ - label_.height()) / 2);
    pango_cairo_show_layout(cr, label_.layout());
}

void section_heading(Flow& f, std::string_view title, double keep_with) {
    const Text t = f.text(title, kSection);
    f.keep_together(t.height() + 18 + keep_with);
    f.draw(t, kMarginX, f.y());
    f.advance(t.height() + 5);
    f.rule(kLine);
    f.advance(13);
}

void subheading(Flow& f, std::string_view title, double keep_with) {
    const Text t = f.text(title, kSubhead, kContentWidth);
    f.keep_together(t.height() + 6 + keep_with);
    f.flow(t, kMarginX);
    f.advance(6);
}

void draw_summary(Flow& f, const SubmissionView& v) {
    cairo_t* cr = f.cr();
    const auto& sub = v.src.submission;
    const Questionnaire& q = v.questionnaire();

    const Text clinic = f.text(upper(clinic_of(v)), kEyebrow, kContentWidth * 0.7);
    const Text doc = f.text(std::string(text::tr(v.words(), "pdf.intake_summary")), kDocTitle);
    f.draw(clinic, kMarginX, f.y());
    f.draw(doc, kMarginX + kContentWidth - doc.width(), f.y() + clinic.baseline() - doc.baseline());
    f.advance(std::max(clinic.height(), doc.height()) + 9);
    f.rule(kTeal, 1.5);
    f.advance(22);

    const Badge badge(f.typesetter(), sub.meta.disposition, text::severity_word(sub.meta.disposition, v.words()), 10);
    const Text name = f.text(v.who.name, kName, kContentWidth - badge.width() - 24);
    f.draw(name, kMarginX, f.y());
    // Centred on the first line's x-height (about 0.36 of Inter's size above the baseline).
    badge.draw(cr, kMarginX + kContentWidth - badge.width(),
               f.y() + name.baseline() - 0.36 * kName.size - badge.height() / 2);
    f.advance(name.height() + 14);

    const std::string hash = sub.questionnaire_hash.empty() ? q.content_hash : sub.questionnaire_hash;
    const std::string version = v.src.consent.version.empty() ? sub.consent_version : v.src.consent.version;
    std::string title = q.title.in(v.lang());
    title = title.empty() ? q.id : title + " (" + q.id + ")";
    const std::string_view w = v.words();
    auto word = [w](std::string_view key) { return std::string(text::tr(w, key)); };
    const std::vector<MetaRow> rows{
        {word("pdf.date_of_birth"), v.who.date_of_birth, {}},
        {word("pdf.submitted"), text::local_date_time(sub.meta.submitted_at_ms, w), {}},
        {word("pdf.submission"), sub.meta.id, {}},
        {word("pdf.questionnaire"), title, text::tr(w, "pdf.version", {{"version", hash}})},
        {word("pdf.consent"), v.src.consent.title.empty() ? word("pdf.as_signed") : v.src.consent.title,
         text::tr(w, "pdf.version", {{"version", version}})},
        {word("pdf.answered_in"), text::language_name(sub.language, w), {}},
    };

    // Lay the rows out first: the box behind them needs their height.
    const double value_width = kContentWidth - 2 * kBoxPad - kLabelColumn;
    struct Laid {
        Text label, value;
        std::optional<Text> detail;
    };
    std::vector<Laid> laid;
    double height = 2 * kBoxPad;
    for (const auto& r : rows) {
        Laid l{f.text(upper(r.label), kLabel), f.text(r.value, kValue, value_width), std::nullopt};
        if (!r.detail.empty()) l.detail.emplace(f.text(r.detail, kMeta, value_width));
        height += l.value.height() + (l.detail ? l.detail->height() + 1 : 0) + 5;
        laid.push_back(std::move(l));
    }
    height -= 5;
    f.keep_together(height);
    rounded_rect(cr, kMarginX, f.y(), kContentWidth, height, 10);
    set_color(cr, hex(0xF7F2EC));  // Linen
    cairo_fill(cr);
    double y = f.y() + kBoxPad;
    for (const auto& l : laid) {
        const double x = kMarginX + kBoxPad;
        f.draw(l.label, x, y + l.value.baseline() - l.label.baseline());
        f.draw(l.value, x + kLabelColumn, y);
        y += l.value.height();
        if (l.detail) {
            f.draw(*l.detail, x + kLabelColumn, y + 1);
            y += l.detail->height() + 1;
        }
        y += 5;
    }
    f.advance(height + 26);
}

double draw_running_header(cairo_t* cr, const Typesetter& ts, const SubmissionView& v) {
    Text clinic(ts, upper(clinic_of(v)), kEyebrow, kContentWidth * 0.5);
    ellipsize(clinic);
    Text who(ts, text::tr(v.words(), "pdf.continued", {{"name", v.who.name}}), TextStyle{8, Weight::Regular, kInk2},
             kContentWidth * 0.5 - 12);
    ellipsize(who);
    const double y = kMarginTop - 14;
    set_color(cr, clinic.color());
    cairo_move_to(cr, kMarginX, y);
    pango_cairo_show_layout(cr, clinic.layout());
    set_color(cr, who.color());
    cairo_move_to(cr, kMarginX + kContentWidth - who.width(), y + clinic.baseline() - who.baseline());
    pango_cairo_show_layout(cr, who.layout());
    const double rule_y = y + std::max(clinic.height(), who.height()) + 7;
    set_color(cr, kLine);
    cairo_set_line_width(cr, 0.75);
    cairo_move_to(cr, kMarginX, rule_y);
    cairo_line_to(cr, kMarginX + kContentWidth, rule_y);
    cairo_stroke(cr);
    return rule_y + 20;
}

void draw_footer(cairo_t* cr, const Typesetter& ts, const SubmissionView& v, int page, int total) {
    set_color(cr, kLine);
    cairo_set_line_width(cr, 0.75);
    cairo_move_to(cr, kMarginX, kFooterRule);
    cairo_line_to(cr, kMarginX + kContentWidth, kFooterRule);
    cairo_stroke(cr);

    const Text pages(ts, text::tr(v.words(), "pdf.page_of", {{"page", std::to_string(page + 1)}, {"total", std::to_string(total)}}),
                      kFooterStrong);
    const Text clinic(ts, clinic_of(v), kFooter);
    const double left_width = kContentWidth - std::max(pages.width(), clinic.width()) - 24;
    // The name may be cut short; the date of birth and the id never are.
    Text who(ts, v.who.name, kFooterStrong, left_width);
    ellipsize(who);
    const Text id(ts, text::tr(v.words(), "pdf.footer", {{"dob", v.who.date_of_birth}, {"id", v.src.submission.meta.id}}), kFooter,
                  left_width);

    const double y = kFooterRule + 8;
    auto show = [cr](const Text& t, double x, double ty) {
        set_color(cr, t.color());
        cairo_move_to(cr, x, ty);
        pango_cairo_show_layout(cr, t.layout());
    };
    show(who, kMarginX, y);
    show(id, kMarginX, y + who.height() + 1);
    show(pages, kMarginX + kContentWidth - pages.width(), y);
    show(clinic, kMarginX + kContentWidth - clinic.width(), y + who.height() + 1);
}

}  // namespace kiosk::exporting::pdf
