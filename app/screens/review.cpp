#include "screens/review.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <variant>

#include "session/scrub.hpp"
#include "theme/flow_strings.hpp"
#include "theme/review_strings.hpp"
#include "widgets/icons.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/signature_pad.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1.
constexpr float kTitleTop = 14.0F;
constexpr float kIntroGap = 4.0F;
constexpr float kHeaderGap = 20.0F;
constexpr float kCardRadius = 28.0F;
constexpr float kCardPadX = 32.0F;
constexpr float kCardPadY = 20.0F;
constexpr float kCardGap = 24.0F;
constexpr float kEditHeight = 56.0F;
constexpr float kRowPadY = 14.0F;
constexpr float kColumnGap = 32.0F;
constexpr float kSignatureWidth = 270.0F;
constexpr float kBannerPad = 20.0F;

constexpr const char* kListRegion = "review.list";

std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string out(buf);
    while (!out.empty() && out.back() == '0') out.pop_back();
    if (!out.empty() && out.back() == '.') out.pop_back();
    return out;
}

// The answer in the client's words; empty for a signature (drawn instead).
std::string answer_text(const kiosk::Item& item, const kiosk::Answer& answer, std::string_view lang) {
    return std::visit(
        [&](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>) {
                return std::string(flow_text(v ? FlowText::Yes : FlowText::No, lang));
            } else if constexpr (std::is_same_v<T, std::string>) {
                if (item.type == ItemType::SingleChoice)
                    if (const kiosk::Option* o = item.option(v)) return o->label.in(lang);
                return v;
            } else if constexpr (std::is_same_v<T, kiosk::Choices>) {
                std::string out;
                for (const std::string& id : v) {
                    if (!out.empty()) out += ", ";
                    const kiosk::Option* o = item.option(id);
                    out += o != nullptr ? o->label.in(lang) : id;
                }
                return out;
            } else if constexpr (std::is_same_v<T, double>) {
                return number_text(v);
            } else if constexpr (std::is_same_v<T, kiosk::Date>) {
                return long_date(v, lang);
            } else {
                return {};
            }
        },
        answer);
}

struct Columns {
    float question_x;
    float question_w;
    float answer_x;
    float answer_w;
};

Columns columns_of(const UiContext& ui, float card_x, float card_w) {
    const float inner_x = card_x + ui.px(kCardPadX);
    const float inner_w = card_w - 2.0F * ui.px(kCardPadX);
    const float question_w = std::round((inner_w - ui.px(kColumnGap)) * 0.55F);
    return {inner_x, question_w, inner_x + question_w + ui.px(kColumnGap), inner_w - question_w - ui.px(kColumnGap)};
}

// One row: the question (left) and its answer (right). Returns its height.
float draw_row(UiContext& ui, const Columns& col, float y, std::string_view question, const kiosk::Item* item,
               const kiosk::Answer* answer, std::string_view lang, bool measure_only) {
    const Palette& c = ui.colors();
    ImFont* q_font = ui.theme.font(TextRole::Body);
    ImFont* a_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float pad = ui.px(kRowPadY);
    const float q_h = wrapped_height(q_font, question, col.question_w);
    float a_h = 0;
    const kiosk::Signature* sig = answer != nullptr ? std::get_if<kiosk::Signature>(answer) : nullptr;
    std::string text;
    if (sig != nullptr) {
        a_h = std::round(std::min(col.answer_w, ui.px(kSignatureWidth)) / kSignatureAspect);
    } else if (answer != nullptr && item != nullptr) {
        text = answer_text(*item, *answer, lang);
        a_h = wrapped_height(a_font, text, col.answer_w);
    } else {
        text = std::string(review_text(ReviewText::ConsentAccepted, lang));
        a_h = wrapped_height(a_font, text, col.answer_w);
    }
    const float h = std::max(q_h, a_h) + 2.0F * pad;
    if (measure_only) {
        session::scrub(text);
        return h;
    }
    draw_wrapped(ui.draw, q_font, ImVec2(col.question_x, y + pad), col.question_w, c.ink2, question);
    if (sig != nullptr) {
        const float w = std::min(col.answer_w, ui.px(kSignatureWidth));
        const ImVec2 a(col.answer_x, y + pad);
        const ImVec2 b(a.x + w, a.y + a_h);
        ui.draw->AddRectFilled(a, b, c.background, ui.px(10.0F));
        ui.draw->AddRect(a, b, c.line, ui.px(10.0F), ImDrawFlags_None, ui.px(1.5F));
        ui.draw->PushClipRect(a, b, true);
        draw_signature(ui.draw, *sig, a, b, c.ink, ui.px(2.0F));
        ui.draw->PopClipRect();
    } else {
        draw_wrapped(ui.draw, a_font, ImVec2(col.answer_x, y + pad), col.answer_w, c.ink, text);
    }
    session::scrub(text);  // a copy of an answer: wiped before it is freed
    return h;
}

// One page's card; returns its height (measure_only: no drawing, no ids).
float draw_page_card(UiContext& ui, session::IntakeSession& s, const session::ReviewPage& page, ImVec2 pos,
                     float width, bool measure_only) {
    const Palette& c = ui.colors();
    const std::string_view lang = s.language();
    const Columns col = columns_of(ui, pos.x, width);
    const float inner_x = pos.x + ui.px(kCardPadX);
    const float inner_w = width - 2.0F * ui.px(kCardPadX);

    // Measure first, so the card can be drawn behind its rows.
    const std::string_view edit_label = review_text(ReviewText::Edit, lang);
    const float edit_w = std::max(ui.px(120.0F), secondary_button_width(ui, edit_label, false));
    ImFont* title_font = ui.theme.font(TextRole::Lead, Weight::SemiBold);
    const float title_w = inner_w - edit_w - ui.px(16.0F);
    const float header_h = std::max(ui.px(kEditHeight), wrapped_height(title_font, page.page->title.in(lang), title_w));
    const bool consent_page = page.page->kind == PageKind::Consent;
    float rows_h = 0;
    if (consent_page && s.consent_read())
        rows_h += draw_row(ui, col, 0, s.config().questionnaire.consent.title.in(lang), nullptr, nullptr, lang, true);
    for (const session::ReviewItem& it : page.items)
        rows_h += draw_row(ui, col, 0, it.item->text.in(lang), it.item, it.answer, lang, true);
    const bool empty = page.items.empty() && !(consent_page && s.consent_read());
    if (empty) rows_h = wrapped_height(ui.theme.font(TextRole::Body), review_text(ReviewText::NothingOnPage, lang), inner_w) +
                        2.0F * ui.px(kRowPadY);
    const float height = ui.px(kCardPadY) * 2.0F + header_h + ui.px(8.0F) + rows_h;
    if (measure_only) return height;

    const float r = ui.px(kCardRadius);
    const ImVec2 max(pos.x + width, pos.y + height);
    ui.draw->AddRectFilled(ImVec2(pos.x, pos.y + ui.px(4.0F)), ImVec2(max.x, max.y + ui.px(4.0F)), c.shadow, r);
    ui.draw->AddRectFilled(pos, max, c.paper, r);
    ui.draw->AddRect(pos, max, c.line, r, ImDrawFlags_None, ui.px(1.5F));

    float y = pos.y + ui.px(kCardPadY);
    const float title_h = wrapped_height(title_font, page.page->title.in(lang), title_w);
    draw_wrapped(ui.draw, title_font, ImVec2(inner_x, y + std::round((header_h - title_h) * 0.5F)), title_w, c.ink,
                 page.page->title.in(lang));
    const ImVec2 edit_min(pos.x + width - ui.px(kCardPadX) - edit_w, y + (header_h - ui.px(kEditHeight)) * 0.5F);
    if (secondary_button(ui, "edit=" + page.page->id, edit_label, edit_min,
                         ImVec2(edit_min.x + edit_w, edit_min.y + ui.px(kEditHeight))))
        s.edit_page(page.page_index);
    y += header_h + ui.px(8.0F);

    auto divider = [&](float at) {
        ui.draw->AddLine(ImVec2(inner_x, at), ImVec2(inner_x + inner_w, at), c.line, ui.px(1.5F));
    };
    if (empty) {
        divider(y);
        draw_wrapped(ui.draw, ui.theme.font(TextRole::Body), ImVec2(inner_x, y + ui.px(kRowPadY)), inner_w, c.ink3,
                     review_text(ReviewText::NothingOnPage, lang));
        return height;
    }
    if (consent_page && s.consent_read()) {
        divider(y);
        y += draw_row(ui, col, y, s.config().questionnaire.consent.title.in(lang), nullptr, nullptr, lang, false);
    }
    for (const session::ReviewItem& it : page.items) {
        divider(y);
        y += draw_row(ui, col, y, it.item->text.in(lang), it.item, it.answer, lang, false);
    }
    return height;
}

// "We couldn't save just now": calm, and it stays until a save works.
float draw_save_failed(UiContext& ui, std::string_view lang, ImVec2 pos, float width) {
    const Palette& c = ui.colors();
    const float pad = ui.px(kBannerPad);
    const float icon = ui.px(26.0F);
    const float text_x = pos.x + pad + icon + ui.px(16.0F);
    const float text_w = width - (text_x - pos.x) - pad;
    ImFont* title = ui.theme.font(TextRole::Body, Weight::SemiBold);
    ImFont* body = ui.theme.font(TextRole::Body);
    const std::string_view t = review_text(ReviewText::SaveFailedTitle, lang);
    const std::string_view b = review_text(ReviewText::SaveFailedBody, lang);
    const float h = wrapped_height(title, t, text_w) + ui.px(2.0F) + wrapped_height(body, b, text_w) + 2.0F * pad;
    const float r = ui.px(16.0F);
    ui.draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), c.error_tint, r);
    icons::alert(ui.draw, ImVec2(pos.x + pad + icon * 0.5F, pos.y + pad + first_line_cap_center(title)), icon, c.error,
                 ui.px(2.5F));
    float y = pos.y + pad;
    y += draw_wrapped(ui.draw, title, ImVec2(text_x, y), text_w, c.ink, t);
    y += ui.px(2.0F);
    draw_wrapped(ui.draw, body, ImVec2(text_x, y), text_w, c.ink, b);
    return h;
}

}  // namespace

void draw_review(UiContext& ui, session::IntakeSession& s, ReviewState& st) {
    const std::string_view lang = s.language();
    const Palette& c = ui.colors();
    const PageLayout layout = page_layout(ui);
    const float left = layout.content_min.x;
    const float width = layout.width();

    // A fixed header: the title, the intro and (after a failed save) the banner.
    float y = layout.content_min.y + ui.px(kTitleTop);
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Title, Weight::SemiBold), ImVec2(left, y), width, c.ink,
                      review_text(ReviewText::ReviewTitle, lang));
    y += ui.px(kIntroGap);
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Body), ImVec2(left, y), width, c.ink2,
                      review_text(ReviewText::ReviewIntro, lang));
    y += ui.px(kHeaderGap);
    if (s.save_failed()) {
        y += draw_save_failed(ui, lang, ImVec2(left, y), width);
        y += ui.px(16.0F);
    }

    // The list scrolls under the header; its scrollbar sits in the right margin.
    const ImVec2 list_min(ui.origin.x, y);
    const ImVec2 list_max(ui.origin.x + ui.size.x, layout.content_max.y);
    ui.registry.add(kListRegion, ImVec2(left, list_min.y), ImVec2(left + width, list_max.y));
    ScrollRegion list(ui, kListRegion, st.list, list_min, list_max);
    const float top = list_min.y + ui.px(4.0F) - list.offset();
    float cy = top;
    for (const session::ReviewPage& page : s.review_pages()) {
        // Every card is drawn (clipped), so each Edit is on screen for `tap`
        // to scroll to.
        cy += draw_page_card(ui, s, page, ImVec2(left, cy), width, false) + ui.px(kCardGap);
    }
    list.end(cy - top + ui.px(4.0F));

    bool back = false;
    draw_top_bar(ui, s, back);
    const bool submit = draw_bottom_bar(ui, review_text(ReviewText::ReviewNote, lang),
                                        review_text(ReviewText::Submit, lang), "submit");
    if (back) s.back();
    else if (submit) (void)s.submit();
}

}  // namespace kiosk::ui
