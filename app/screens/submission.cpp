// One submission beside the queue (06-queue.png): the name and badge, when
// it was submitted and against which versions, the findings first (badge,
// title, the action in bold, the reason, the rule and the answer that fired
// it), earlier decisions, then every answer by page as the questionnaire
// stood, and the signature as drawn. A footer with Export PDF and Record
// decision; the decision dialog sits above everything.

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "screens/practitioner_mode.hpp"
#include "text/date_words.hpp"
#include "text/outcome_words.hpp"
#include "text/text_catalogue.hpp"
#include "theme/fonts.hpp"
#include "widgets/buttons.hpp"
#include "widgets/field_error.hpp"
#include "widgets/icons.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/severity_badge.hpp"
#include "widgets/overlay.hpp"
#include "widgets/text.hpp"
#include "widgets/text_field.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kPad = 40.0F;
constexpr float kFooter = 104.0F;
constexpr float kCardRadius = 20.0F;
constexpr std::size_t kMaxNoteBytes = 1000;

std::string_view decision_label(storage::Decision d, std::string_view lang) {
    return text::tr(lang, d == storage::Decision::Defer ? "outcome.defer_until_a_date"
                                                        : "outcome." + std::string(storage::to_string(d)));
}

std::string_view decision_hint(storage::Decision d, std::string_view lang) {
    return text::tr(lang, "practitioner.decision.hint_" + std::string(storage::to_string(d)));
}

// Heading with a rule under it: "Answers · Your skin today".
float draw_section(UiContext& ui, std::string_view text, ImVec2 pos, float width) {
    const Palette& c = ui.colors();
    ImFont* f = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const float h = draw_wrapped(ui.draw, f, pos, width, c.ink2, text);
    const float ly = pos.y + h + ui.px(10.0F);
    ui.draw->AddLine(ImVec2(pos.x, ly), ImVec2(pos.x + width, ly), c.line_strong, ui.px(1.5F));
    return h + ui.px(10.0F);
}

// Draws `strokes` (0..1 pad coordinates) fitted into [a, b].
void draw_strokes(ImDrawList* dl, const std::vector<std::vector<std::pair<float, float>>>& strokes, ImVec2 a, ImVec2 b,
                  ImU32 color, float thickness) {
    const float w = b.x - a.x;
    const float h = b.y - a.y;
    for (const auto& stroke : strokes) {
        if (stroke.size() < 2) continue;
        for (size_t i = 1; i < stroke.size(); ++i) {
            const ImVec2 p(a.x + stroke[i - 1].first * w, a.y + stroke[i - 1].second * h);
            const ImVec2 q(a.x + stroke[i].first * w, a.y + stroke[i].second * h);
            dl->AddLine(p, q, color, thickness);
        }
    }
}

}  // namespace

void draw_no_selection(UiContext& ui, const QueueState& st, ImVec2 min, ImVec2 max, std::string_view lang) {
    const Palette& c = ui.colors();
    ui.draw->AddRectFilled(min, max, c.paper);
    const float w = std::min(ui.px(460.0F), max.x - min.x - 2.0F * ui.px(kPad));
    const float x = std::round((min.x + max.x - w) * 0.5F);
    ImFont* title = ui.theme.font(TextRole::Lead, Weight::SemiBold);
    ImFont* body = ui.theme.font(TextRole::Body);
    const std::int64_t waiting = st.counts.unreviewed;
    const std::string head = waiting == 0   ? std::string(text::tr(lang, "practitioner.none.all_reviewed"))
                             : waiting == 1 ? std::string(text::tr(lang, "practitioner.none.waiting_one"))
                                            : text::tr(lang, "practitioner.none.waiting_many", {{"n", std::to_string(waiting)}});
    const std::string_view sub = text::tr(lang, "practitioner.none.choose");
    const float h = wrapped_height(title, head, w) + ui.px(12.0F) + wrapped_height(body, sub, w, kReadingLineHeight);
    float y = std::round((min.y + max.y - h) * 0.5F);
    y += draw_wrapped(ui.draw, title, ImVec2(x, y), w, c.ink, head) + ui.px(12.0F);
    draw_wrapped(ui.draw, body, ImVec2(x, y), w, c.ink2, sub, kReadingLineHeight);
}

SubmissionIntent draw_submission(UiContext& ui, SubmissionState& st, const practitioner::OpenSubmission& sub,
                                 Date today, ImVec2 min, ImVec2 max, std::string_view lang) {
    SubmissionIntent intent;
    const Palette& c = ui.colors();
    ui.draw->AddRectFilled(min, max, c.paper);
    const float pad = ui.px(kPad);
    const float left = min.x + pad;
    const float right = max.x - pad;
    const float width = right - left;
    const float footer_top = max.y - ui.px(kFooter);

    ImFont* name_font = ui.theme.font(TextRole::Question, Weight::SemiBold);
    ImFont* meta_font = ui.theme.font(TextRole::Small);
    ImFont* small_semi = ui.theme.font(TextRole::Small, Weight::SemiBold);
    ImFont* body = ui.theme.font(TextRole::Body);
    ImFont* body_semi = ui.theme.font(TextRole::Body, Weight::SemiBold);
    ImFont* lead_semi = ui.theme.font(TextRole::Lead, Weight::SemiBold);

    {
        ScrollRegion detail(ui, "submission.detail", st.detail, ImVec2(min.x, min.y), ImVec2(max.x, footer_top));
        const float top = min.y + ui.px(28.0F) - detail.offset();
        float y = top;

        // Name, badge and close.
        const float close_w = ui.px(56.0F);
        const float badge_w = severity_badge_width(ui, sub.meta.disposition, lang);
        const float name_room = width - close_w - badge_w - ui.px(32.0F);
        const float name_h = draw_wrapped(ui.draw, name_font, ImVec2(left, y), name_room, c.ink,
                                          sub.name.empty() ? text::tr(lang, "practitioner.submission.no_name") : std::string_view(sub.name));
        const float name_w = std::min(name_room, text_size(name_font, sub.name).x);
        (void)draw_severity_badge(ui, sub.meta.disposition, lang,
                                  ImVec2(left + name_w + ui.px(16.0F), y + first_line_cap_center(name_font) - ui.px(18.0F)));
        {
            const ImVec2 c0(right - close_w, y - ui.px(4.0F));
            const ImVec2 c1(right, y + close_w - ui.px(4.0F));
            const TouchState t = touch_target(ui, "close", c0, c1);
            const ImVec2 cc((c0.x + c1.x) * 0.5F, (c0.y + c1.y) * 0.5F);
            if (t.pressed) ui.draw->AddCircleFilled(cc, close_w * 0.5F, c.sand, 32);
            icons::cross(ui.draw, cc, ui.px(18.0F), c.ink2, ui.px(2.5F));
            if (t.tapped) intent.close = true;
        }
        y += name_h + ui.px(8.0F);

        std::string line1 = text::tr(lang, "practitioner.submission.submitted",
                                     {{"date", text::local_short_day(sub.meta.submitted_at_ms, lang)},
                                      {"time", text::local_clock_time(sub.meta.submitted_at_ms)}});
        if (const auto dob = Date::parse(sub.date_of_birth))
            line1 += " \xC2\xB7 " + text::tr(lang, "practitioner.submission.age_born",
                                              {{"age", std::to_string(whole_years_between(*dob, today))},
                                               {"date", text::short_date(*dob, lang)}});
        // The consent's version is its text's fingerprint: the first 12 digits tell versions apart.
        const std::string consent_v =
            sub.consent_version.size() > 16 ? sub.consent_version.substr(0, 12) : sub.consent_version;
        const std::string line2 =
            sub.questionnaire_title + " " + sub.questionnaire_version + " \xC2\xB7 " +
            text::tr(lang, "practitioner.submission.consent", {{"version", consent_v}}) + " \xC2\xB7 " +
            std::string(text::tr(lang, sub.signature.empty() ? "practitioner.submission.not_signed" : "review.signed")) +
            " \xC2\xB7 " + text::language_name(sub.language, lang);
        y += draw_wrapped(ui.draw, meta_font, ImVec2(left, y), width, c.ink2, line1) + ui.px(4.0F);
        y += draw_wrapped(ui.draw, meta_font, ImVec2(left, y), width, c.ink2, line2) + ui.px(20.0F);

        if (!st.notice.empty()) {
            const float h = wrapped_height(body, st.notice, width - ui.px(40.0F)) + ui.px(24.0F);
            ui.draw->AddRectFilled(ImVec2(left, y), ImVec2(right, y + h), st.notice_error ? c.error_tint : c.primary_tint,
                                   ui.px(14.0F));
            draw_wrapped(ui.draw, body, ImVec2(left + ui.px(20.0F), y + ui.px(12.0F)), width - ui.px(40.0F),
                         st.notice_error ? c.error : c.primary, st.notice);
            y += h + ui.px(20.0F);
        }

        // Findings first.
        {
            const std::string head(text::tr(lang, "practitioner.submission.findings"));
            draw_line_centered_y(ui.draw, small_semi, left, y + ui.px(16.0F), c.ink2, head);
            const std::string n = std::to_string(sub.findings.size());
            const float nx = left + text_size(small_semi, head).x + ui.px(10.0F);
            const float nw = std::max(ui.px(32.0F), text_size(small_semi, n).x + ui.px(16.0F));
            ui.draw->AddRectFilled(ImVec2(nx, y), ImVec2(nx + nw, y + ui.px(32.0F)), c.sand, ui.px(16.0F));
            draw_line_centered_y(ui.draw, small_semi, nx + (nw - text_size(small_semi, n).x) * 0.5F, y + ui.px(16.0F),
                                 c.ink, n);
            y += ui.px(32.0F + 16.0F);
        }
        const float inner = width - 2.0F * ui.px(24.0F);
        if (sub.findings.empty()) {
            const std::string_view none = text::tr(lang, "practitioner.submission.no_findings");
            const float h = wrapped_height(body, none, inner) + ui.px(40.0F);
            ui.draw->AddRect(ImVec2(left, y), ImVec2(right, y + h), c.line_strong, ui.px(kCardRadius), ImDrawFlags_None,
                             ui.px(2.0F));
            draw_wrapped(ui.draw, body, ImVec2(left + ui.px(24.0F), y + ui.px(20.0F)), inner, c.ink2, none);
            y += h + ui.px(16.0F);
        }
        for (const practitioner::ShownFinding& f : sub.findings) {
            // Measure, then draw the card behind.
            const float bw = severity_badge_width(ui, f.severity, lang);
            const float title_w = inner - bw - ui.px(16.0F);
            std::string why;
            for (const auto& t : f.triggers)
                why += (why.empty() ? "" : "; ") + t.question + " \xE2\x80\x94 " + t.answer;
            const std::string rule_line = text::tr(lang, "practitioner.submission.rule", {{"rule", f.rule}});
            const float h = ui.px(20.0F) +
                            std::max(ui.px(36.0F), wrapped_height(lead_semi, f.title, title_w)) + ui.px(12.0F) +
                            (f.action.empty() ? 0.0F : wrapped_height(body_semi, f.action, inner) + ui.px(8.0F)) +
                            (f.explanation.empty() ? 0.0F : wrapped_height(meta_font, f.explanation, inner) + ui.px(8.0F)) +
                            (why.empty() ? 0.0F : wrapped_height(meta_font, why, inner) + ui.px(4.0F)) +
                            wrapped_height(meta_font, rule_line, inner) + ui.px(20.0F);
            ui.draw->AddRectFilled(ImVec2(left, y), ImVec2(right, y + h), c.paper, ui.px(kCardRadius));
            ui.draw->AddRect(ImVec2(left, y), ImVec2(right, y + h), c.line_strong, ui.px(kCardRadius), ImDrawFlags_None,
                             ui.px(2.0F));
            float fy = y + ui.px(20.0F);
            const float x = left + ui.px(24.0F);
            (void)draw_severity_badge(ui, f.severity, lang, ImVec2(x, fy));
            const float th = draw_wrapped(ui.draw, lead_semi, ImVec2(x + bw + ui.px(16.0F), fy + ui.px(18.0F) - first_line_cap_center(lead_semi)),
                                          title_w, c.ink, f.title);
            fy += std::max(ui.px(36.0F), th) + ui.px(12.0F);
            if (!f.action.empty()) fy += draw_wrapped(ui.draw, body_semi, ImVec2(x, fy), inner, c.ink, f.action) + ui.px(8.0F);
            if (!f.explanation.empty())
                fy += draw_wrapped(ui.draw, meta_font, ImVec2(x, fy), inner, c.ink2, f.explanation) + ui.px(8.0F);
            if (!why.empty()) fy += draw_wrapped(ui.draw, meta_font, ImVec2(x, fy), inner, c.ink, why) + ui.px(4.0F);
            draw_wrapped(ui.draw, meta_font, ImVec2(x, fy), inner, c.ink3, rule_line);
            y += h + ui.px(16.0F);
        }

        // Earlier decisions.
        if (!sub.reviews.empty()) {
            y += ui.px(12.0F);
            y += draw_section(ui, text::tr(lang, "practitioner.submission.decisions"), ImVec2(left, y), width) + ui.px(16.0F);
            for (const practitioner::ShownReview& r : sub.reviews) {
                const std::string head = text::outcome_words(r.decision, r.defer_until, lang);
                y += draw_wrapped(ui.draw, body_semi, ImVec2(left, y), width, c.ink, head) + ui.px(4.0F);
                const std::string by = text::tr(lang, "practitioner.submission.by",
                                                {{"name", r.practitioner},
                                                 {"date", text::local_short_day(r.decided_at_ms, lang)},
                                                 {"time", text::local_clock_time(r.decided_at_ms)}});
                y += draw_wrapped(ui.draw, meta_font, ImVec2(left, y), width, c.ink2, by) + ui.px(4.0F);
                if (!r.note.empty()) y += draw_wrapped(ui.draw, body, ImVec2(left, y), width, c.ink, r.note) + ui.px(4.0F);
                y += ui.px(16.0F);
            }
        }

        // Every answer, page by page.
        const float answer_w = std::floor(width * 0.36F);
        const float question_w = width - answer_w - ui.px(24.0F);
        const ImU32 flag = severity_colors(sub.meta.disposition).dot;
        for (const practitioner::ShownPage& page : sub.pages) {
            if (page.answers.empty()) continue;
            y += ui.px(16.0F);
            y += draw_section(ui, text::tr(lang, "practitioner.submission.answers", {{"page", page.title}}), ImVec2(left, y), width) +
                 ui.px(8.0F);
            for (const practitioner::ShownAnswer& a : page.answers) {
                const float qh = wrapped_height(body, a.question, question_w);
                const float ah = wrapped_height(body_semi, a.answer, answer_w - ui.px(20.0F));
                const float h = std::max(qh, ah) + ui.px(24.0F);
                if (y + h >= min.y && y <= footer_top) {
                    draw_wrapped(ui.draw, body, ImVec2(left, y + ui.px(12.0F)), question_w, c.ink, a.question);
                    const float aw = std::min(answer_w - ui.px(20.0F), text_size(body_semi, a.answer).x);
                    const float ax = right - aw;
                    draw_wrapped(ui.draw, body_semi, ImVec2(ax, y + ui.px(12.0F)), answer_w - ui.px(20.0F),
                                 a.flagged ? c.ink : c.ink, a.answer);
                    if (a.flagged)
                        ui.draw->AddCircleFilled(ImVec2(ax - ui.px(14.0F), y + ui.px(12.0F) + first_line_cap_center(body_semi)),
                                                 ui.px(5.0F), flag, 16);
                    ui.draw->AddLine(ImVec2(left, y + h), ImVec2(right, y + h), c.line, ui.px(1.0F));
                }
                y += h;
            }
        }

        // The signature as drawn.
        y += ui.px(24.0F);
        y += draw_section(ui, text::tr(lang, "practitioner.submission.signature"), ImVec2(left, y), width) + ui.px(16.0F);
        {
            const float sw = std::min(width, ui.px(560.0F));
            const float sh = std::round(sw / 3.0F);
            const ImVec2 s0(left, y);
            const ImVec2 s1(left + sw, y + sh);
            ui.draw->AddRectFilled(s0, s1, c.background, ui.px(16.0F));
            ui.draw->AddRect(s0, s1, c.line_strong, ui.px(16.0F), ImDrawFlags_None, ui.px(1.5F));
            if (sub.signature.empty())
                draw_line_centered_y(ui.draw, body, left + ui.px(24.0F), y + sh * 0.5F, c.ink3, text::tr(lang, "practitioner.submission.no_signature"));
            draw_strokes(ui.draw, sub.signature, ImVec2(s0.x + ui.px(8.0F), s0.y + ui.px(8.0F)),
                         ImVec2(s1.x - ui.px(8.0F), s1.y - ui.px(8.0F)), c.ink, ui.px(3.0F));
            y += sh + ui.px(12.0F);
            if (!sub.printed_name.empty())
                y += draw_wrapped(ui.draw, meta_font, ImVec2(left, y), width, c.ink2, text::tr(lang, "practitioner.submission.printed_name", {{"name", sub.printed_name}}));
        }
        y += ui.px(40.0F);
        detail.end(y - top + ui.px(28.0F));
    }

    // Footer: Export PDF and Record decision.
    ui.draw->AddRectFilled(ImVec2(min.x, footer_top), max, c.paper);
    ui.draw->AddLine(ImVec2(min.x, footer_top), ImVec2(max.x, footer_top), c.line, ui.px(1.5F));
    const float bh = ui.px(72.0F);
    const float by = std::round(footer_top + (ui.px(kFooter) - bh) * 0.5F - ui.px(2.0F));
    const std::string_view export_label = text::tr(lang, "practitioner.submission.export");
    const PrimaryButton decide{"decide", text::tr(lang, "practitioner.decision.record"), TextRole::Body, false};
    const float dw = primary_button_width(ui, decide, ui.px(240.0F));
    float ew = secondary_button_width(ui, export_label, false) + ui.px(32.0F);
    if (!st.export_folder_set) {
        // No folder named in clinic.yaml: nothing is written anywhere else
        // (never into the data folder, issue 9), and the footer says why in
        // the room between the two buttons, in at most two lines; when the
        // label leaves too little room, the disabled button keeps its icon only.
        ImFont* small = ui.theme.font(TextRole::Small);
        const std::string_view note = text::tr(lang, "practitioner.submission.no_export_folder");
        const float gap = ui.px(20.0F);
        const auto note_width = [&](float button_w) { return right - dw - gap - (left + button_w + gap); };
        const auto fits = [&](float button_w) {
            const float w = note_width(button_w);
            return w > ui.px(80.0F) && wrapped_height(small, note, w) <= small->FontSize * 2.6F;
        };
        const bool icon_only = !fits(ew);
        if (icon_only) ew = bh;
        const ImVec2 e0(left, by);
        const ImVec2 e1(left + ew, by + bh);
        const float r = ui.px(16.0F);
        ui.draw->AddRectFilled(e0, e1, c.disabled_fill, r);
        const float cy = (e0.y + e1.y) * 0.5F;
        const float ix = icon_only ? (e0.x + e1.x) * 0.5F : e0.x + ui.px(36.0F);
        icons::download(ui.draw, ImVec2(ix, cy), ui.px(20.0F), c.disabled_text, ui.px(2.5F));
        if (!icon_only) draw_line_centered_y(ui.draw, body_semi, ix + ui.px(24.0F), cy, c.disabled_text, export_label);
        const float note_w = std::max(ui.px(80.0F), note_width(ew));
        const float note_h = wrapped_height(small, note, note_w);
        draw_wrapped(ui.draw, small, ImVec2(e1.x + gap, std::round(cy - note_h * 0.5F)), note_w, c.ink2, note);
    } else {
        const ImVec2 e0(left, by);
        const ImVec2 e1(left + ew, by + bh);
        if (secondary_button(ui, "export", "", e0, e1)) intent.export_pdf = true;
        // The download icon and the label, drawn over the plain button.
        const bool pressed = ImGui::IsItemActive() && !pointer_dragged();
        const float drop = pressed ? ui.px(4.0F) : 0.0F;
        const float cy = (e0.y + e1.y) * 0.5F + drop;
        const float ix = e0.x + ui.px(36.0F);
        icons::download(ui.draw, ImVec2(ix, cy), ui.px(20.0F), c.ink, ui.px(2.5F));
        draw_line_centered_y(ui.draw, body_semi, ix + ui.px(24.0F), cy, c.ink, export_label);
    }
    if (primary_button(ui, decide, ImVec2(right - dw, by), ImVec2(right, by + bh))) {
        st.decision.scrub_all();
        st.decision.open = true;
        st.notice.clear();
    }
    return intent;
}

bool draw_decision_dialog(UiContext& page_ui, DecisionState& st, Date today, std::string_view client_name,
                          std::string_view lang) {
    // A layer above the page: nothing underneath can be tapped.
    Overlay overlay(page_ui, "##decision");
    UiContext& ui = overlay.ui();
    const Palette& c = ui.colors();
    ui.draw->AddRectFilled(ui.origin, ImVec2(ui.origin.x + ui.size.x, ui.origin.y + ui.size.y), c.scrim);

    ImFont* title_font = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* body = ui.theme.font(TextRole::Body);
    ImFont* body_semi = ui.theme.font(TextRole::Body, Weight::SemiBold);
    ImFont* small = ui.theme.font(TextRole::Small);
    ImFont* small_semi = ui.theme.font(TextRole::Small, Weight::SemiBold);

    const float width = std::min(ui.px(880.0F), ui.size.x - ui.px(48.0F));
    const float pad = ui.px(36.0F);
    const float inner = width - 2.0F * pad;
    const bool typing = st.note_focused;
    const float kb_h = typing ? keyboard_height(ui) : 0.0F;

    // The four decisions in a 2 x 2 grid, the deferral's span under them.
    constexpr std::array<storage::Decision, 4> kChoices{storage::Decision::Proceed, storage::Decision::Defer,
                                                         storage::Decision::Refer, storage::Decision::Decline};
    const float option_h = ui.px(84.0F);
    const float option_gap = ui.px(12.0F);
    const float option_w = std::floor((inner - option_gap) * 0.5F);
    const bool deferring = st.choice == storage::Decision::Defer;
    const float defer_h = deferring ? ui.px(4.0F + 48.0F + 12.0F) + text_size(body, "X").y + ui.px(4.0F) : 0.0F;
    const float note_h = ui.px(104.0F);
    const std::string_view title = text::tr(lang, "practitioner.decision.record");
    const std::string sub =
        client_name.empty() ? std::string() : text::tr(lang, "practitioner.decision.for", {{"name", client_name}});
    const float error_h = st.error.empty() ? 0.0F : inline_error_height(ui, st.error, inner) + ui.px(12.0F);
    const float head_h = wrapped_height(title_font, title, inner) + ui.px(4.0F) +
                         (sub.empty() ? 0.0F : wrapped_height(body, sub, inner)) + ui.px(20.0F);
    const float note_top_rel = pad + head_h + 2.0F * option_h + option_gap + ui.px(12.0F) + defer_h + ui.px(12.0F) +
                               text_size(small_semi, "X").y + ui.px(8.0F);
    const float height = note_top_rel + note_h + ui.px(20.0F) + error_h + ui.px(72.0F) + pad;
    const float cx = std::round(ui.origin.x + ui.size.x * 0.5F);
    float top = std::round(ui.origin.y + std::max(ui.px(16.0F), (ui.size.y - height) * 0.5F));
    if (typing) {
        // The note field stays above the keyboard.
        const float note_bottom = top + note_top_rel + note_h + ui.px(16.0F);
        const float limit = ui.origin.y + ui.size.y - kb_h;
        if (note_bottom > limit) top -= note_bottom - limit;
    }
    const ImVec2 d0(std::round(cx - width * 0.5F), top);
    const ImVec2 d1(d0.x + width, top + height);
    ui.draw->AddRectFilled(d0, d1, c.paper, ui.px(28.0F));

    float y = top + pad;
    const float x = d0.x + pad;
    y += draw_wrapped(ui.draw, title_font, ImVec2(x, y), inner, c.ink, title) + ui.px(4.0F);
    if (!sub.empty()) y += draw_wrapped(ui.draw, body, ImVec2(x, y), inner, c.ink2, sub);
    y += ui.px(20.0F);

    for (size_t i = 0; i < kChoices.size(); ++i) {
        const storage::Decision d = kChoices[i];
        const bool sel = st.choice == d;
        const std::string id = "decision=" + std::string(storage::to_string(d));
        const float ox = x + static_cast<float>(i % 2) * (option_w + option_gap);
        const float oy = y + static_cast<float>(i / 2) * (option_h + option_gap);
        const ImVec2 o0(ox, oy);
        const ImVec2 o1(ox + option_w, oy + option_h);
        const TouchState t = touch_target(ui, id, o0, o1);
        ui.draw->AddRectFilled(o0, o1, sel ? c.primary_tint : (t.pressed ? c.sand : c.paper), ui.px(16.0F));
        ui.draw->AddRect(o0, o1, sel ? c.primary : c.line_strong, ui.px(16.0F), ImDrawFlags_None,
                         ui.px(sel ? 3.0F : 2.0F));
        const float cy = (o0.y + o1.y) * 0.5F;
        const ImVec2 rc(ox + ui.px(30.0F), cy);
        ui.draw->AddCircle(rc, ui.px(12.0F), sel ? c.primary : c.outline, 32, ui.px(2.5F));
        if (sel) ui.draw->AddCircleFilled(rc, ui.px(6.5F), c.primary, 24);
        draw_line_centered_y(ui.draw, body_semi, ox + ui.px(56.0F), cy - ui.px(12.0F), c.ink, decision_label(d, lang));
        draw_line_centered_y(ui.draw, small, ox + ui.px(56.0F), cy + ui.px(16.0F), c.ink2, decision_hint(d, lang));
        if (t.tapped && !sel) {
            st.choice = d;
            st.error.clear();
        }
    }
    y += 2.0F * option_h + option_gap + ui.px(12.0F);
    if (deferring) {
        y += ui.px(4.0F);
        float px = x;
        for (const std::string_view key : {"1w", "2w", "1m", "3m"}) {
            const std::string_view label = text::tr(lang, "practitioner.decision.span_" + std::string(key));
            const bool on = st.defer_choice == key;
            const float w = pill_width(ui, label, on);
            if (pill_toggle(ui, "defer=" + std::string(key), label, on, ImVec2(px, y), ImVec2(px + w, y + ui.px(48.0F))) &&
                !on) {
                st.defer_choice = std::string(key);
                st.defer_until = key == "1w"   ? add_days(today, 7)
                                 : key == "2w" ? add_days(today, 14)
                                 : key == "1m" ? add_months(today, 1)
                                               : add_months(today, 3);
                st.error.clear();
            }
            px += w + ui.px(10.0F);
        }
        y += ui.px(48.0F + 12.0F);
        const std::string until = st.defer_until
                                      ? text::tr(lang, "practitioner.decision.until", {{"date", text::weekday_date(*st.defer_until, lang)}})
                                      : std::string(text::tr(lang, "practitioner.decision.choose_span"));
        draw_wrapped(ui.draw, st.defer_until ? body_semi : body, ImVec2(x, y), inner, st.defer_until ? c.primary : c.ink2,
                     until);
        y += text_size(body, "X").y + ui.px(4.0F);
    }

    y += ui.px(12.0F);
    y += draw_wrapped(ui.draw, small_semi, ImVec2(x, y), inner, c.ink, text::tr(lang, "practitioner.decision.note")) +
         ui.px(8.0F);
    const TextFieldView note{"note", st.note, st.note_focused, false, true};
    if (text_field(ui, note, ImVec2(x, y), ImVec2(x + inner, y + note_h)) && !st.note_focused) {
        st.note_focused = true;
        st.keyboard = {};
        st.keyboard.shift = st.note.empty();
    }
    y += note_h + ui.px(20.0F);
    if (!st.error.empty()) y += draw_inline_error(ui, st.error, ImVec2(x, y), inner) + ui.px(12.0F);

    bool save = false;
    KeyPress key;
    if (typing) {
        key = keyboard(ui, st.keyboard, KeyboardMode::Text, lang);
    } else {
        const std::string_view cancel = text::tr(lang, "practitioner.cancel");
        const float cw = secondary_button_width(ui, cancel, false);
        if (secondary_button(ui, "decision.cancel", cancel, ImVec2(x, y), ImVec2(x + cw, y + ui.px(72.0F))))
            st.scrub_all();
        const PrimaryButton ok{"decision.save", text::tr(lang, "practitioner.decision.save"), TextRole::Body, false};
        const float ow = primary_button_width(ui, ok, ui.px(240.0F));
        if (primary_button(ui, ok, ImVec2(x + inner - ow, y), ImVec2(x + inner, y + ui.px(72.0F)))) {
            if (!st.choice) st.error = text::tr(lang, "practitioner.decision.choose_decision");
            else if (*st.choice == storage::Decision::Defer && !st.defer_until) st.error = text::tr(lang, "practitioner.decision.choose_defer_date");
            else save = true;
        }
    }
    if (typing && key.kind == KeyPress::Kind::Done) {
        st.note_focused = false;
        st.keyboard = {};
    } else if (typing) {
        (void)apply_key(st.note, key, kMaxNoteBytes);
    }
    return save;
}

}  // namespace kiosk::ui
