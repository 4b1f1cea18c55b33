#include "screens/consent.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "session/scrub.hpp"
#include "theme/flow_strings.hpp"
#include "theme/review_strings.hpp"
#include "widgets/checkbox_row.hpp"
#include "widgets/field_error.hpp"
#include "widgets/flow_icons.hpp"
#include "widgets/icons.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/signature_pad.hpp"
#include "widgets/text.hpp"
#include "widgets/text_field.hpp"
#include "widgets/touch.hpp"
#include "widgets/yes_no.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1 (04-consent.png).
constexpr float kTitleTop = 14.0F;
constexpr float kIntroGap = 4.0F;
constexpr float kColumnsTop = 24.0F;
constexpr float kColumnGap = 48.0F;
constexpr float kTwoColumnsMin = 900.0F;
constexpr float kCardHeight = 268.0F;
constexpr float kCardRadius = 28.0F;
constexpr float kCardPadX = 30.0F;
constexpr float kCardPadY = 18.0F;
constexpr float kCardScrollbar = 28.0F;  // room kept for the card's scrollbar
constexpr float kFadeBand = 40.0F;
constexpr float kSolidBand = 60.0F;
constexpr float kPillHeight = 44.0F;
constexpr float kGap = 16.0F;
constexpr float kSectionGap = 24.0F;
constexpr float kLabelRow = 56.0F;
constexpr float kClearHeight = 56.0F;
constexpr float kYesNoWidthMin = 240.0F;

constexpr const char* kPageRegion = "consent.page";

// How much larger than the mockups the text is (the clinic's font_scale, the
// client's text size).
float text_grow(const UiContext& ui) {
    return std::max(1.0F, font_em(ui.theme.font(TextRole::Body)) / ui.px(role_px(TextRole::Body)));
}
constexpr const char* kCardRegion = "consent.text";

bool is_tick(const kiosk::Item& item) {
    return item.type == ItemType::YesNo && item.validation.must_be == std::optional<bool>(true);
}

bool in_right_column(const kiosk::Item& item) {
    return item.type == ItemType::Signature || item.type == ItemType::Text || item.type == ItemType::LongText;
}

std::optional<bool> yes_no_answer(const session::IntakeSession& s, std::string_view id) {
    const kiosk::Answer* a = s.answer(id);
    if (a == nullptr) return std::nullopt;
    if (const bool* b = std::get_if<bool>(a)) return *b;
    return std::nullopt;
}

// A view of the session's own copy: valid until the next intent. Never a
// null view: ImGui reads a null end as "up to the terminating zero".
std::string_view text_answer(const session::IntakeSession& s, std::string_view id) {
    const kiosk::Answer* a = s.answer(id);
    if (a == nullptr) return "";
    if (const std::string* t = std::get_if<std::string>(a)) return *t;
    return "";
}

// The first problem of an item, in the client's words ("" when none is shown).
std::string problem_of(const session::IntakeSession& s, const kiosk::Item& item) {
    const auto problems = s.problems_for(item.id);
    return problems.empty() ? std::string() : problem_text(problems.front(), item, s.language());
}

// Where each field went, in content coordinates, to keep one in view.
struct Span {
    std::string id;
    float top = 0;
    float bottom = 0;
};

struct Frame {
    UiContext& ui;
    session::IntakeSession& s;
    ConsentState& st;
    std::string_view lang;
    float content_origin = 0;  // screen y of content coordinate 0
    std::vector<Span> spans;
    bool input = false;      // something on the page was tapped (not the keyboard)
    bool focus_tap = false;  // ... and it was a text field

    void span(std::string_view id, float top, float bottom) {
        spans.push_back({std::string(id), top - content_origin, bottom - content_origin});
    }
};

// ---- The consent text card ------------------------------------------------------

void draw_keep_reading(Frame& f, ScrollRegion& card, ImVec2 min, ImVec2 max) {
    UiContext& ui = f.ui;
    const Palette& c = ui.colors();
    // The fade: two flat bands, Paper at 60 % and then Paper.
    const float solid_top = max.y - ui.px(kSolidBand);
    const ImU32 paper60 = (c.paper & ~IM_COL32_A_MASK) | (static_cast<ImU32>(153) << IM_COL32_A_SHIFT);
    ui.draw->AddRectFilled(ImVec2(min.x, solid_top - ui.px(kFadeBand)), ImVec2(max.x, solid_top), paper60);
    ui.draw->AddRectFilled(ImVec2(min.x, solid_top), max, c.paper);

    ImFont* font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const std::string_view label = review_text(ReviewText::KeepReading, f.lang);
    const float chevron = ui.px(14.0F);
    const float w = text_size(font, label).x + ui.px(24.0F + 10.0F + 24.0F) + chevron;
    const float h = ui.px(kPillHeight);
    const float cx = (min.x + max.x) * 0.5F;
    const ImVec2 a(std::round(cx - w * 0.5F), std::round(max.y - ui.px(8.0F) - h));
    const ImVec2 b(a.x + w, a.y + h);
    // A 48 px target around the 44 px pill.
    const TouchState touch = touch_target(ui, "consent.more", ImVec2(a.x, a.y - ui.px(2.0F)), ImVec2(b.x, b.y + ui.px(2.0F)));
    ui.draw->AddRectFilled(a, b, touch.pressed ? c.sand : c.primary_tint, h * 0.5F);
    const float cy = (a.y + b.y) * 0.5F;
    draw_line_centered_y(ui.draw, font, a.x + ui.px(24.0F), cy, c.primary, label);
    const float ix = b.x - ui.px(24.0F) - chevron * 0.5F;
    ui.draw->PathLineTo(ImVec2(ix - chevron * 0.5F, cy - chevron * 0.22F));
    ui.draw->PathLineTo(ImVec2(ix, cy + chevron * 0.28F));
    ui.draw->PathLineTo(ImVec2(ix + chevron * 0.5F, cy - chevron * 0.22F));
    ui.draw->PathStroke(c.primary, ImDrawFlags_None, ui.px(2.5F));
    if (touch.tapped) card.scroll_by((max.y - min.y) * 0.8F);
}

// Returns the height used.
float draw_consent_card(Frame& f, ImVec2 pos, float width) {
    UiContext& ui = f.ui;
    const Palette& c = ui.colors();
    const kiosk::Consent& consent = f.s.config().questionnaire.consent;
    const float height = ui.px(kCardHeight) * text_grow(ui);
    const ImVec2 min = pos;
    const ImVec2 max(pos.x + width, pos.y + height);
    const float r = ui.px(kCardRadius);
    const bool unread_error = f.s.consent_unread_shown() && !f.s.consent_read();

    if (unread_error) {
        const float halo = ui.px(4.0F);
        ui.draw->AddRectFilled(ImVec2(min.x - halo, min.y - halo), ImVec2(max.x + halo, max.y + halo), c.error_tint,
                               r + halo);
    } else {
        ui.draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(4.0F)), ImVec2(max.x, max.y + ui.px(4.0F)), c.shadow, r);
    }
    ui.draw->AddRectFilled(min, max, c.paper, r);
    const float half = ui.px(1.0F);
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half),
                     unread_error ? c.error : c.line, r - half, ImDrawFlags_None, ui.px(2.0F));

    // The viewport keeps clear of the rounded corners.
    const ImVec2 view_min(min.x + ui.px(2.0F), min.y + ui.px(kCardPadY * 0.5F));
    const ImVec2 view_max(max.x - ui.px(2.0F), max.y - ui.px(kCardPadY * 0.5F));
    ui.registry.add(kCardRegion, view_min, view_max);
    ScrollRegion card(ui, kCardRegion, f.st.card, view_min, view_max);
    const float text_x = min.x + ui.px(kCardPadX);
    const float text_w = width - ui.px(kCardPadX) - ui.px(kCardScrollbar);
    float y = view_min.y + ui.px(kCardPadY * 0.5F) - card.offset();
    const float top = y;
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Body, Weight::SemiBold), ImVec2(text_x, y), text_w, c.ink,
                      consent.title.in(f.lang));
    y += ui.px(6.0F);
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Body), ImVec2(text_x, y), text_w, c.ink,
                      consent.body.in(f.lang), kReadingLineHeight);
    y += ui.px(kCardPadY);
    const bool at_end = card.at_end();
    card.end(y - top);
    if (at_end && !f.s.consent_read()) f.s.mark_consent_read();
    if (!f.s.consent_read() && !at_end) draw_keep_reading(f, card, view_min, view_max);

    float used = height;
    if (unread_error) {
        used += ui.px(10.0F);
        used += draw_inline_error(ui, review_text(ReviewText::ReadToTheEnd, f.lang), ImVec2(min.x, pos.y + used), width);
    }
    f.span(kCardRegion, pos.y, pos.y + used);
    return used;
}

// ---- Items --------------------------------------------------------------------

float draw_tick(Frame& f, const kiosk::Item& item, ImVec2 pos, float width) {
    const bool checked = yes_no_answer(f.s, item.id) == std::optional<bool>(true);
    const std::string id = item.id + (checked ? "=no" : "=yes");
    // An unticked acknowledgement reads "please tick", never "please answer".
    std::string error;
    if (const auto problems = f.s.problems_for(item.id); !problems.empty()) {
        kiosk::Problem p = problems.front();
        if (p.code == ProblemCode::Missing) p.code = ProblemCode::MustBeYes;
        error = problem_text(p, item, f.lang);
    }
    const CheckboxRow row{id, item.text.in(f.lang), checked, error};
    const float h = checkbox_row_height(f.ui, row, width);
    if (checkbox_row(f.ui, row, pos, width)) {
        f.input = true;
        // Unticking leaves the acknowledgement unanswered, not "no".
        if (checked) f.s.clear_answer(item.id);
        else f.s.set_answer(item.id, true);
    }
    f.span(item.id, pos.y, pos.y + h);
    return h;
}

float draw_yes_no_item(Frame& f, const kiosk::Item& item, ImVec2 pos, float width) {
    UiContext& ui = f.ui;
    const Palette& c = ui.colors();
    float y = pos.y;
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Body, Weight::SemiBold), ImVec2(pos.x, y), width, c.ink,
                      item.text.in(f.lang));
    if (const std::string& hint = item.hint.in(f.lang); !hint.empty()) {
        y += ui.px(4.0F);
        y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Small), ImVec2(pos.x, y), width, c.ink2, hint);
    }
    y += ui.px(12.0F);
    const std::string error = problem_of(f.s, item);
    const float w = std::min(width, std::max(ui.px(kYesNoWidthMin), ui.px(kYesNoWidth)));
    const YesNoView view{item.id, yes_no_answer(f.s, item.id), !error.empty(), flow_text(FlowText::Yes, f.lang),
                         flow_text(FlowText::No, f.lang)};
    if (const auto tapped = yes_no(ui, view, ImVec2(pos.x, y), ImVec2(pos.x + w, y + ui.px(kYesNoHeight)))) {
        f.input = true;
        f.s.set_answer(item.id, *tapped);
    }
    y += ui.px(kYesNoHeight);
    if (!error.empty()) {
        y += ui.px(10.0F);
        y += draw_inline_error(ui, error, ImVec2(pos.x, y), width);
    }
    f.span(item.id, pos.y, y);
    return y - pos.y;
}

float draw_info_item(Frame& f, const kiosk::Item& item, ImVec2 pos, float width) {
    return draw_wrapped(f.ui.draw, f.ui.theme.font(TextRole::Body), pos, width, f.ui.colors().ink2,
                        item.text.in(f.lang));
}

// "You changed an answer, so please sign again": calm, in the Teal tint.
float draw_sign_again(Frame& f, ImVec2 pos, float width) {
    UiContext& ui = f.ui;
    const Palette& c = ui.colors();
    ImFont* font = ui.theme.font(TextRole::Body);
    const float icon = ui.px(22.0F);
    const float pad = ui.px(14.0F);
    const float text_x = pos.x + pad + icon + ui.px(12.0F);
    const float text_w = width - (text_x - pos.x) - pad;
    const std::string_view text = review_text(ReviewText::SignAgain, f.lang);
    const float h = wrapped_height(font, text, text_w) + 2.0F * pad;
    ui.draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), c.primary_tint, ui.px(12.0F));
    icons::info(ui.draw, ImVec2(pos.x + pad + icon * 0.5F, pos.y + pad + first_line_cap_center(font)), icon, c.primary,
                ui.px(2.0F));
    draw_wrapped(ui.draw, font, ImVec2(text_x, pos.y + pad), text_w, c.ink, text);
    return h;
}

float draw_signature_item(Frame& f, const kiosk::Item& item, ImVec2 pos, float width) {
    UiContext& ui = f.ui;
    const Palette& c = ui.colors();
    float y = pos.y;
    const float row = ui.px(kLabelRow);
    const float clear_w = signature_clear_width(ui, f.lang);
    ImFont* label_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    ui.draw->PushClipRect(ImVec2(pos.x, y), ImVec2(pos.x + width - clear_w - ui.px(kGap), y + row), true);
    draw_line_centered_y(ui.draw, label_font, pos.x, y + row * 0.5F, c.ink, item.text.in(f.lang));
    ui.draw->PopClipRect();
    const ImVec2 clear_min(pos.x + width - clear_w, y + (row - ui.px(kClearHeight)) * 0.5F);
    if (signature_clear_button(ui, f.s, f.st.pad, item, clear_min, ImVec2(clear_min.x + clear_w, clear_min.y + ui.px(kClearHeight))))
        f.input = true;
    y += row + ui.px(8.0F);

    if (f.s.signature_cleared_by_edit()) {
        y += draw_sign_again(f, ImVec2(pos.x, y), width);
        y += ui.px(12.0F);
    }
    const float pad_h = std::round(width / kSignatureAspect);
    const ImVec2 pad_min(pos.x, y);
    const ImVec2 pad_max(pos.x + width, y + pad_h);
    if (signature_pad(ui, f.s, f.st.pad, item, pad_min, pad_max)) f.input = true;
    if (owns_pointer(ui, item.id) && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) f.input = true;
    y += pad_h;
    // A missing signature reads "please sign", not "please answer".
    std::string error;
    if (const auto problems = f.s.problems_for(item.id); !problems.empty()) {
        kiosk::Problem p = problems.front();
        if (p.code == ProblemCode::Missing) p.code = ProblemCode::NoSignature;
        error = problem_text(p, item, f.lang);
    }
    if (!error.empty()) {
        y += ui.px(10.0F);
        y += draw_inline_error(ui, error, ImVec2(pos.x, y), width);
    }
    f.span(item.id, pos.y, y);
    return y - pos.y;
}

float draw_text_item(Frame& f, const kiosk::Item& item, ImVec2 pos, float width) {
    UiContext& ui = f.ui;
    const Palette& c = ui.colors();
    float y = pos.y;
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Body, Weight::SemiBold), ImVec2(pos.x, y), width, c.ink,
                      item.text.in(f.lang));
    y += ui.px(8.0F);
    const bool multiline = item.type == ItemType::LongText;
    const float h = text_field_height(ui, multiline);
    const std::string error = problem_of(f.s, item);
    const std::string_view text = text_answer(f.s, item.id);
    const TextFieldView view{item.id, text, f.st.focused == item.id, !error.empty(), multiline};
    if (text_field(ui, view, ImVec2(pos.x, y), ImVec2(pos.x + width, y + h))) {
        f.input = true;
        f.focus_tap = true;
        if (f.st.focused != item.id) {
            f.st.focused = item.id;
            f.st.keyboard = {};
            // A name starts with a capital, as on a phone.
            f.st.keyboard.shift = text.empty() && keyboard_mode_for(item) == KeyboardMode::Text;
        }
        f.st.reveal_focused = true;
    }
    const float field_top = y;
    y += h;
    if (!error.empty()) {
        y += ui.px(10.0F);
        y += draw_inline_error(ui, error, ImVec2(pos.x, y), width);
    } else if (const std::string& hint = item.hint.in(f.lang); !hint.empty()) {
        y += ui.px(8.0F);
        y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Small), ImVec2(pos.x, y), width, c.ink2, hint);
    }
    f.span(item.id, field_top - ui.px(40.0F), y);
    return y - pos.y;
}

float draw_item(Frame& f, const kiosk::Item& item, ImVec2 pos, float width) {
    switch (item.type) {
        case ItemType::YesNo: return is_tick(item) ? draw_tick(f, item, pos, width) : draw_yes_no_item(f, item, pos, width);
        case ItemType::Signature: return draw_signature_item(f, item, pos, width);
        case ItemType::Text:
        case ItemType::LongText: return draw_text_item(f, item, pos, width);
        case ItemType::Info: return draw_info_item(f, item, pos, width);
        default: return 0.0F;  // the loader keeps other types off the consent page's own items
    }
}

// Tick rows sit close together; anything else gets a section's space.
float gap_between(const Frame& f, const kiosk::Item& a, const kiosk::Item& b) {
    return f.ui.px(is_tick(a) && is_tick(b) ? 4.0F : kSectionGap);
}

float draw_column(Frame& f, const std::vector<const kiosk::Item*>& items, ImVec2 pos, float width) {
    float y = pos.y;
    const kiosk::Item* previous = nullptr;
    for (const kiosk::Item* item : items) {
        if (previous != nullptr) y += gap_between(f, *previous, *item);
        y += draw_item(f, *item, ImVec2(pos.x, y), width);
        previous = item;
    }
    return y - pos.y;
}

// The focused text item, if it is still on the page.
const kiosk::Item* focused_item(const session::IntakeSession& s, const ConsentState& st) {
    if (st.focused.empty()) return nullptr;
    for (const kiosk::Item* item : s.visible_items())
        if (item->id == st.focused) return item;
    return nullptr;
}

void handle_key(session::IntakeSession& s, ConsentState& st, const kiosk::Item& item, const KeyPress& key) {
    if (key.kind == KeyPress::Kind::Done) {
        st.focused.clear();
        return;
    }
    std::string text(text_answer(s, item.id));
    if (apply_key(text, key)) {
        s.set_answer(item.id, text);
        st.reveal_focused = true;
    }
    if (text.empty() && keyboard_mode_for(item) == KeyboardMode::Text) st.keyboard.shift = true;
    session::scrub(text);
}

}  // namespace

void ConsentState::reset() {
    focused.clear();
    keyboard = {};
    page = {};
    card = {};
    pad.reset();
    reveal_focused = false;
    reveal_problem = false;
}

void draw_consent(UiContext& ui, session::IntakeSession& s, ConsentState& st) {
    const kiosk::Page* page = s.current_page();
    if (page == nullptr) return;
    const std::string_view lang = s.language();
    const Palette& c = ui.colors();

    const kiosk::Item* focused = focused_item(s, st);
    if (focused == nullptr) st.focused.clear();
    const bool keyboard_open = focused != nullptr;
    const PageLayout layout = page_layout(ui, !keyboard_open);
    const float view_bottom = keyboard_open ? ui.origin.y + ui.size.y - keyboard_height(ui) : layout.content_max.y;

    // The page scrolls as a whole, its scrollbar in the right margin.
    const ImVec2 page_min(ui.origin.x, layout.content_min.y);
    const ImVec2 page_max(ui.origin.x + ui.size.x, view_bottom);
    ScrollRegion region(ui, kPageRegion, st.page, page_min, page_max);
    Frame f{ui, s, st, lang, page_min.y - region.offset(), {}, false};

    const float left = layout.content_min.x;
    const float width = layout.width();
    float y = f.content_origin + ui.px(kTitleTop);
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Title, Weight::SemiBold), ImVec2(left, y), width, c.ink,
                      page->title.in(lang));
    if (const std::string& intro = page->intro.in(lang); !intro.empty()) {
        y += ui.px(kIntroGap);
        y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Body), ImVec2(left, y), width, c.ink2, intro);
    }
    y += ui.px(kColumnsTop);

    std::vector<const kiosk::Item*> left_items;
    std::vector<const kiosk::Item*> right_items;
    // Larger text reads better in one column: the consent text and the
    // signature pad get the page's whole width.
    const bool two_columns = width >= ui.px(kTwoColumnsMin) * text_grow(ui);
    for (const kiosk::Item* item : s.visible_items())
        (two_columns && in_right_column(*item) ? right_items : left_items).push_back(item);

    float bottom = y;
    if (two_columns) {
        const float left_w = std::round((width - ui.px(kColumnGap)) * 0.53F);
        const float right_w = width - ui.px(kColumnGap) - left_w;
        float ly = y + draw_consent_card(f, ImVec2(left, y), left_w);
        if (!left_items.empty()) ly += ui.px(kSectionGap) + draw_column(f, left_items, ImVec2(left, ly + ui.px(kSectionGap)), left_w);
        const float ry = y + draw_column(f, right_items, ImVec2(left + left_w + ui.px(kColumnGap), y), right_w);
        bottom = std::max(ly, ry);
    } else {
        bottom = y + draw_consent_card(f, ImVec2(left, y), width);
        if (!left_items.empty()) bottom += ui.px(kSectionGap) + draw_column(f, left_items, ImVec2(left, bottom + ui.px(kSectionGap)), width);
    }
    bottom += ui.px(kSectionGap);
    const float content = bottom - f.content_origin;

    // Keep the focused field above the keyboard, or the first problem in view.
    auto span_of = [&](std::string_view id) -> const Span* {
        for (const Span& sp : f.spans)
            if (sp.id == id) return &sp;
        return nullptr;
    };
    if (st.reveal_focused && focused != nullptr) {
        if (const Span* sp = span_of(focused->id)) region.reveal(sp->top - ui.px(16.0F), sp->bottom + ui.px(16.0F));
        st.reveal_focused = false;
    }
    if (st.reveal_problem) {
        st.reveal_problem = false;
        const Span* first = nullptr;
        if (s.consent_unread_shown() && !s.consent_read()) first = span_of(kCardRegion);
        for (const kiosk::Item* item : s.visible_items())
            if (first == nullptr && !s.problems_for(item->id).empty()) first = span_of(item->id);
        if (first != nullptr) region.reveal(first->top - ui.px(16.0F), first->bottom + ui.px(16.0F));
    }
    region.end(content);

    bool back = false;
    draw_top_bar(ui, s, back);
    if (keyboard_open) {
        const KeyPress key = keyboard(ui, st.keyboard, keyboard_mode_for(*focused), lang);
        if (key.kind != KeyPress::Kind::None) handle_key(s, st, *focused, key);
    } else {
        const std::string_view note = s.returning_to_review() ? flow_text(FlowText::ReturnToReviewNote, lang)
                                                              : review_text(ReviewText::ConsentNote, lang);
        const std::string_view label = flow_text(FlowText::Continue, lang);
        bool next = false;
        const size_t problems = s.shown_problems().size() + (s.consent_unread_shown() && !s.consent_read() ? 1 : 0);
        if (s.show_errors() && problems > 0) {
            const std::string many = fill(flow_text(FlowText::ProblemsNoteMany, lang), "n", std::to_string(problems));
            next = draw_bottom_bar_problem(ui, problems == 1 ? flow_text(FlowText::ProblemsNoteOne, lang) : many, label,
                                           "next");
        } else {
            next = draw_bottom_bar(ui, note, label, "next");
        }
        if (next && !s.next()) st.reveal_problem = true;
    }
    // A tap anywhere on the page but the focused field puts the keyboard away.
    if (f.input && !f.focus_tap) st.focused.clear();
    if (back) {
        st.focused.clear();
        s.back();
    }
}

}  // namespace kiosk::ui
