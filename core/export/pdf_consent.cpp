// The consent as signed (its text and version), the acknowledgements, the
// signature drawn from its strokes beside the printed name, and the reviews.
#include <optional>
#include <vector>

#include "export/pdf_sections.hpp"
#include "export/signature_strokes.hpp"
#include "questionnaire/validation.hpp"
#include "text/date_words.hpp"
#include "text/outcome_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::exporting::pdf {

namespace {

constexpr double kBoxWidth = 264;
constexpr double kBoxHeight = kBoxWidth / 3;  // the pad's aspect (600 x 200)
constexpr double kBaseline = 0.72;            // of the pad's height, as on screen
constexpr double kCheck = 11;

std::vector<std::string> paragraphs(const std::string& body) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < body.size()) {
        size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        std::string p = body.substr(start, end - start);
        while (!p.empty() && (p.back() == '\n' || p.back() == ' ')) p.pop_back();
        while (!p.empty() && p.front() == '\n') p.erase(0, 1);
        if (!p.empty()) out.push_back(std::move(p));
        start = end + 2;
    }
    return out;
}

bool on_consent_page(const Questionnaire& q, const Item& item) {
    for (const auto& page : q.pages)
        if (page.kind == PageKind::Consent)
            for (const auto& i : page.items)
                if (&i == &item) return true;
    return false;
}

void checkbox(cairo_t* cr, double x, double y, bool ticked) {
    rounded_rect(cr, x, y, kCheck, kCheck, 2.5);
    if (ticked) {
        set_color(cr, kTeal);
        cairo_fill(cr);
        set_color(cr, kWhite);
        cairo_set_line_width(cr, 1.5);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_move_to(cr, x + 2.7, y + 5.8);
        cairo_line_to(cr, x + 4.7, y + 7.8);
        cairo_line_to(cr, x + 8.4, y + 3.4);
        cairo_stroke(cr);
    } else {
        set_color(cr, kWhite);
        cairo_fill_preserve(cr);
        set_color(cr, kOutline);
        cairo_set_line_width(cr, 0.9);
        cairo_stroke(cr);
    }
}

// The pad: a box, an "×" and a baseline, with the strokes (0..1 pad
// coordinates) stretched over it as vector paths, as in the PNG.
void signature_box(Flow& f, const Signature* sig, double x, double y, std::string_view words) {
    cairo_t* cr = f.cr();
    rounded_rect(cr, x, y, kBoxWidth, kBoxHeight, 8);
    set_color(cr, kWhite);
    cairo_fill_preserve(cr);
    set_color(cr, kLineStrong);
    cairo_set_line_width(cr, 0.75);
    cairo_stroke(cr);
    const double base = y + kBoxHeight * kBaseline;
    set_color(cr, kOutline);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, x + 16, base);
    cairo_line_to(cr, x + kBoxWidth - 16, base);
    cairo_stroke(cr);
    const Text cross = f.text("×", TextStyle{11, Weight::Regular, kInk3});
    f.draw(cross, x + 16, base - 3 - cross.baseline());

    if (!sig || !sig->drawn()) {
        const Text none = f.text(std::string(text::tr(words, "pdf.no_signature")), kMeta);
        f.draw(none, x + (kBoxWidth - none.width()) / 2, y + (kBoxHeight * kBaseline - none.height()) / 2);
        return;
    }
    cairo_save(cr);
    rounded_rect(cr, x, y, kBoxWidth, kBoxHeight, 8);
    cairo_clip(cr);
    set_color(cr, kInk);
    cairo_set_line_width(cr, 1.4);
    stroke_signature(cr, *sig, x, y, kBoxWidth, kBoxHeight);
    cairo_restore(cr);
}

}  // namespace

void draw_consent(Flow& f, const SubmissionView& v) {
    const PdfConsent& c = v.src.consent;
    section_heading(f, text::tr(v.words(), "pdf.consent"), 80);
    f.flow(f.text(c.title.empty() ? std::string(text::tr(v.words(), "pdf.consent_text")) : c.title, kFindingTitle, kContentWidth), kMarginX);
    f.advance(2);
    const std::string version = c.version.empty() ? v.src.submission.consent_version : c.version;
    f.flow(f.text(text::tr(v.words(), "pdf.version_signed",
                            {{"version", version}, {"time", text::local_date_time(v.src.submission.meta.submitted_at_ms, v.words())}}),
                   kMeta,
                  kContentWidth),
           kMarginX);
    f.advance(10);
    const auto paras = paragraphs(c.body);
    if (paras.empty())
        f.flow(f.text(std::string(text::tr(v.words(), "pdf.consent_missing")), kBodySecondary), kMarginX);
    for (size_t i = 0; i < paras.size(); ++i) {
        if (i > 0) f.advance(9);
        f.flow(f.text(paras[i], kBody, kContentWidth), kMarginX);
    }
    f.advance(18);

    const Questionnaire& q = v.questionnaire();
    bool heading = false;
    for (const auto& page : q.pages) {
        if (page.kind != PageKind::Consent) continue;
        for (const auto& item : page.items) {
            if (item.type != ItemType::YesNo || !is_visible(item, v.answers, v.answered_on)) continue;
            auto it = v.answers.find(item.id);
            const bool* yes = it == v.answers.end() ? nullptr : std::get_if<bool>(&it->second);
            const Text word = f.text(std::string(text::tr(v.words(), yes ? (*yes ? "flow.yes" : "flow.no") : "pdf.not_answered")),
                                     yes ? kAnswer : kUnanswered);
            const Text text = f.text(item.text.in(v.lang()), kBody, kContentWidth - 22 - 72);
            if (!heading) subheading(f, text::tr(v.words(), "pdf.acknowledgements"), text.height());
            heading = true;
            f.keep_together(text.height());
            const double y = f.y();
            checkbox(f.cr(), kMarginX, y + text.baseline() - 0.36 * kBody.size - kCheck / 2, yes && *yes);
            f.draw(text, kMarginX + 22, y);
            f.draw(word, kMarginX + kContentWidth - word.width(), y + text.baseline() - word.baseline());
            f.advance(text.height() + 6);
        }
    }
    if (heading) f.advance(20);
}

void draw_signatures(Flow& f, const SubmissionView& v) {
    const Questionnaire& q = v.questionnaire();
    std::vector<const Item*> pads, fields;
    for (const auto& page : q.pages)
        for (const auto& item : page.items) {
            if (!is_visible(item, v.answers, v.answered_on)) continue;
            if (item.type == ItemType::Signature) pads.push_back(&item);
            else if (on_consent_page(q, item) && item.type != ItemType::YesNo && item.type != ItemType::Info)
                fields.push_back(&item);
        }
    if (pads.empty()) return;
    section_heading(f, text::tr(v.words(), pads.size() == 1 ? "pdf.signature" : "pdf.signatures"), kBoxHeight);

    constexpr double kSideX = kMarginX + kBoxWidth + 28;
    constexpr double kSideWidth = kContentWidth - kBoxWidth - 28;
    for (size_t i = 0; i < pads.size(); ++i) {
        std::vector<std::pair<std::string, std::string>> side;
        if (pads.size() > 1) side.emplace_back(text::tr(v.words(), "pdf.signed_as"), pads[i]->text.in(v.lang()));
        if (i == 0)
            for (const Item* item : fields) {
                auto it = v.answers.find(item->id);
                side.emplace_back(item->text.in(v.lang()),
                                  it == v.answers.end() ? std::string(text::tr(v.words(), "pdf.not_answered"))
                                                         : answer_words(*item, it->second, v.lang()));
            }
        side.emplace_back(text::tr(v.words(), "review.signed"), text::local_date_time(v.src.submission.meta.submitted_at_ms, v.words()));

        std::vector<std::pair<Text, Text>> laid;
        double side_height = 0;
        for (const auto& [label, value] : side) {
            laid.emplace_back(f.text(label, TextStyle{kMeta.size, Weight::Regular, kInk3, 1.3}, kSideWidth),
                              f.text(value, kBodyStrong, kSideWidth));
            side_height += laid.back().first.height() + 1 + laid.back().second.height() + 9;
        }
        f.keep_together(std::max(kBoxHeight, side_height));
        const double y = f.y();
        auto it = v.answers.find(pads[i]->id);
        signature_box(f, it == v.answers.end() ? nullptr : std::get_if<Signature>(&it->second), kMarginX, y, v.words());
        double sy = y + 4;
        for (const auto& [label, value] : laid) {
            f.draw(label, kSideX, sy);
            sy += label.height() + 1;
            f.draw(value, kSideX, sy);
            sy += value.height() + 9;
        }
        f.advance(std::max(kBoxHeight, sy - y - 9) + 16);
    }
    f.advance(10);
}

void draw_reviews(Flow& f, const SubmissionView& v) {
    const auto& reviews = v.src.reviews;
    section_heading(f, text::tr(v.words(), "pdf.reviews"), 40);
    if (reviews.empty()) {
        f.flow(f.text(std::string(text::tr(v.words(), "pdf.no_reviews")), kBodySecondary, kContentWidth), kMarginX);
        return;
    }
    for (size_t i = 0; i < reviews.size(); ++i) {
        const PdfReview& r = reviews[i];
        Severity colors = Severity::Clear;
        if (r.decision == storage::Decision::Defer) colors = Severity::Defer;
        if (r.decision == storage::Decision::Refer) colors = Severity::Clearance;
        if (r.decision == storage::Decision::Decline) colors = Severity::Decline;
        const Badge badge(f.typesetter(), colors, text::outcome_words(r.decision, r.defer_until, v.words()));
        const Text by = f.text(r.practitioner + "  ·  " + text::local_date_time(r.decided_at_ms, v.words()), kBodySecondary,
                               kContentWidth - badge.width() - 12);
        std::optional<Text> note;
        if (r.note && !r.note->empty()) note.emplace(f.text(*r.note, kBody, kContentWidth));
        f.keep_together(std::max(badge.height(), by.height()) + (note ? 6 + std::min(note->height(), 40.0) : 0));
        const double y = f.y();
        badge.draw(f.cr(), kMarginX, y + by.baseline() - 0.36 * kBody.size - badge.height() / 2);
        f.draw(by, kMarginX + badge.width() + 12, y);
        f.advance(std::max(badge.height(), by.height()) + 6);
        if (note) f.flow(*note, kMarginX);
        if (i + 1 < reviews.size()) f.advance(12);
    }
}

}  // namespace kiosk::exporting::pdf
