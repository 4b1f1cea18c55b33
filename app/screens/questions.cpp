#include "screens/questions.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "screens/question_card.hpp"
#include "session/scrub.hpp"
#include "theme/flow_strings.hpp"
#include "theme/fonts.hpp"
#include "widgets/flow_icons.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

constexpr float kTitleTop = 12.0F;
constexpr float kIntroGap = 8.0F;
constexpr float kCardGap = 36.0F;
constexpr float kBottomPad = 32.0F;
constexpr float kRevealMargin = 24.0F;
constexpr float kHintBand = 56.0F;  // the accent hint above the keyboard

// "For accents, like the í in García, tap [á é ñ] then the letter." (03-keyboard.png)
void draw_accent_hint(UiContext& ui, float top, std::string_view lang) {
    const Palette& c = ui.colors();
    const float cy = top + ui.px(kHintBand) * 0.5F;
    ui.draw->AddRectFilled(ImVec2(ui.origin.x, top), ImVec2(ui.origin.x + ui.size.x, top + ui.px(kHintBand)),
                           c.background);
    const std::string_view text = flow_text(FlowText::AccentHint, lang);
    const size_t at = text.find("{key}");
    const std::string_view before = text.substr(0, at);
    const std::string_view after = at == std::string_view::npos ? std::string_view() : text.substr(at + 5);
    ImFont* font = ui.theme.font(TextRole::Small);
    ImFont* key_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
    float x = ui.origin.x + ui.px(80.0F);
    const float icon = ui.px(22.0F);
    icons::info(ui.draw, ImVec2(x + icon * 0.5F, cy), icon, c.ink2, ui.px(2.0F));
    x += icon + ui.px(14.0F);
    draw_line_centered_y(ui.draw, font, x, cy, c.ink2, before);
    x += text_size(font, before).x + ui.px(4.0F);
    if (at == std::string_view::npos) return;
    constexpr std::string_view kKey = "á é ñ";
    const float key_w = text_size(key_font, kKey).x + ui.px(24.0F);
    const float key_h = ui.px(34.0F);
    ui.draw->AddRectFilled(ImVec2(x, cy - key_h * 0.5F), ImVec2(x + key_w, cy + key_h * 0.5F), c.line, ui.px(8.0F));
    draw_line_centered_y(ui.draw, key_font, x + ui.px(12.0F), cy, c.ink, kKey);
    x += key_w + ui.px(4.0F);
    draw_line_centered_y(ui.draw, font, x, cy, c.ink2, after);
}

bool takes_keyboard(const Item& item) {
    return item.type == ItemType::Text || item.type == ItemType::LongText || item.type == ItemType::Number;
}

const Item* find_visible(const std::vector<const Item*>& items, std::string_view id) {
    for (const Item* i : items)
        if (i->id == id) return i;
    return nullptr;
}

void focus(const session::IntakeSession& s, QuestionsState& st, const Item& item) {
    if (st.focused == item.id) return;
    session::scrub(st.number_text);
    st.focused = item.id;
    st.keyboard = {};
    const Answer* a = s.answer(item.id);
    if (item.type == ItemType::Number && a != nullptr && std::holds_alternative<double>(*a)) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, std::get<double>(*a));
        st.number_text.assign(buf, r.ptr);
    }
    const bool empty = a == nullptr;
    // Names and sentences start with a capital, as on a phone.
    st.keyboard.shift = empty && keyboard_mode_for(item) == KeyboardMode::Text;
    st.reveal_focused = true;
}

void blur(QuestionsState& st) {
    st.focused.clear();
    session::scrub(st.number_text);
    st.keyboard = {};
}

// A key goes straight into the session: it validates and holds the only copy.
void type_key(session::IntakeSession& s, QuestionsState& st, const Item& item, const KeyPress& key) {
    if (item.type == ItemType::Number) {
        if (!apply_key(st.number_text, key)) return;
        // "7." is 7 on its way to 7.5: the answer follows what the field shows.
        std::string_view typed = st.number_text;
        if (typed.ends_with('.')) typed.remove_suffix(1);
        double value = 0;
        const auto [end, ec] = std::from_chars(typed.data(), typed.data() + typed.size(), value);
        if (!typed.empty() && ec == std::errc() && end == typed.data() + typed.size()) s.set_answer(item.id, value);
        else s.clear_answer(item.id);
        return;
    }
    const Answer* a = s.answer(item.id);
    std::string text = a != nullptr && std::holds_alternative<std::string>(*a) ? std::get<std::string>(*a) : "";
    if (apply_key(text, key)) s.set_answer(item.id, text);
    if (text.empty() && keyboard_mode_for(item) == KeyboardMode::Text) st.keyboard.shift = true;
    session::scrub(text);
}

void apply(session::IntakeSession& s, QuestionsState& st, const std::vector<const Item*>& items,
           const CardIntent& intent) {
    switch (intent.kind) {
        case CardIntent::Kind::None: return;
        case CardIntent::Kind::Focus:
            if (const Item* item = find_visible(items, intent.item_id)) focus(s, st, *item);
            return;
        case CardIntent::Kind::Answer:
            blur(st);
            s.set_answer(intent.item_id, intent.value);
            return;
        case CardIntent::Kind::Toggle:
            blur(st);
            s.toggle_choice(intent.item_id, intent.option);
            return;
    }
}

const ItemSpan* span_of(const std::vector<ItemSpan>& spans, std::string_view id) {
    for (const ItemSpan& sp : spans)
        if (sp.item_id == id) return &sp;
    return nullptr;
}

// The label and the field when they fit, else the field alone.
void reveal_field(DragScroll& scroll, const ItemSpan& sp, float view_h, float margin) {
    if (sp.field_bottom - sp.top + 2.0F * margin <= view_h) scroll.reveal_in(view_h, sp.top, sp.field_bottom, margin);
    else scroll.reveal_in(view_h, sp.field_top, sp.field_bottom, std::min(margin, view_h * 0.1F));
}

}  // namespace

QuestionsState::~QuestionsState() { session::scrub(number_text); }

void QuestionsState::reset() {
    focused.clear();
    session::scrub(number_text);
    keyboard = {};
    scroll.reset();
    dates.reset();
    spans.clear();
    reveal_focused = false;
    reveal_problem = false;
}

void draw_questions(UiContext& ui, session::IntakeSession& s, QuestionsState& st) {
    st.redraw = false;
    if (s.page_index() >= s.page_count()) return;  // a questionnaire without pages
    const Page* page = s.current_page();
    if (page == nullptr) return;
    const std::string_view lang = s.language();
    const std::vector<const Item*> items = s.visible_items();
    const Item* focused = st.focused.empty() ? nullptr : find_visible(items, st.focused);
    if (focused == nullptr || !takes_keyboard(*focused)) {
        if (!st.focused.empty()) blur(st);  // its follow-up condition went away
        focused = nullptr;
    }

    const PageLayout layout = page_layout(ui, focused == nullptr);
    // Over the letters, a line on how to type accents (names like García).
    const bool accent_hint = focused != nullptr && keyboard_mode_for(*focused) == KeyboardMode::Text;
    const float tray_top = ui.origin.y + ui.size.y - keyboard_height(ui);
    const float hint_top = tray_top - (accent_hint ? ui.px(kHintBand) : 0.0F);
    const float bottom = focused != nullptr ? hint_top : layout.content_max.y;
    const Palette& c = ui.colors();

    const float x = layout.content_min.x;
    const float w = layout.width();
    ImFont* title_font = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* intro_font = ui.theme.font(TextRole::Body);
    const std::string_view intro = page->intro.empty() ? std::string_view() : page->intro.in(lang);
    const float head_h = ui.px(kTitleTop) + wrapped_height(title_font, page->title.in(lang), w) +
                         (intro.empty() ? 0.0F : ui.px(kIntroGap) + wrapped_height(intro_font, intro, w)) +
                         ui.px(kCardGap);
    CardInput in{st.focused, st.number_text, st.today, st.dates, 0};
    const float content_h = head_h + question_card_height(ui, s, in, w) + ui.px(kBottomPad);

    // The field that just took the keyboard is brought into view in the very
    // frame the tray opens (items keep their content positions meanwhile).
    const float view_h = bottom - layout.content_min.y;
    if (st.reveal_focused && focused != nullptr) {
        if (const ItemSpan* sp = span_of(st.spans, focused->id)) reveal_field(st.scroll, *sp, view_h, ui.px(kRevealMargin));
        st.reveal_focused = false;
    }

    // The page scrolls across the whole width, so a drag in the margins works too.
    st.scroll.begin(ui, ImVec2(ui.origin.x, layout.content_min.y), ImVec2(ui.origin.x + ui.size.x, bottom), content_h);
    const float content_top = layout.content_min.y - st.scroll.offset();
    float y = content_top + ui.px(kTitleTop);
    y += draw_wrapped(ui.draw, title_font, ImVec2(x, y), w, c.ink, page->title.in(lang));
    if (!intro.empty()) {
        y += ui.px(kIntroGap);
        y += draw_wrapped(ui.draw, intro_font, ImVec2(x, y), w, c.ink2, intro);
    }
    y += ui.px(kCardGap);
    in.content_top = content_top;
    const CardResult card = draw_question_card(ui, s, in, ImVec2(x, y), w);
    y += card.height + ui.px(kBottomPad);
    st.scroll.end(ui, y - content_top);

    st.spans = card.spans;
    if (st.reveal_problem) {
        for (const ItemSpan& sp : card.spans)
            if (!s.problems_for(sp.item_id).empty()) {
                st.scroll.reveal(sp.top, sp.bottom, ui.px(kRevealMargin));
                st.redraw = true;
                break;
            }
        st.reveal_problem = false;
    }

    bool back = false;
    draw_top_bar(ui, s, back);

    bool next = false;
    KeyPress key;
    if (focused != nullptr) {
        if (accent_hint) draw_accent_hint(ui, hint_top, lang);
        key = keyboard(ui, st.keyboard, keyboard_mode_for(*focused), lang);
    } else {
        const bool returning = s.returning_to_review();
        const std::string_view label = flow_text(returning ? FlowText::Continue : FlowText::Next, lang);
        const size_t problems = s.show_errors() ? s.shown_problems().size() : 0;
        if (problems > 0) {
            const std::string note = problems == 1 ? std::string(flow_text(FlowText::ProblemsNoteOne, lang))
                                                   : fill(flow_text(FlowText::ProblemsNoteMany, lang), "n",
                                                          std::to_string(problems));
            next = draw_bottom_bar_problem(ui, note, label, "next");
        } else {
            const FlowText note = returning ? FlowText::ReturnToReviewNote : FlowText::ChangeAnswersNote;
            next = draw_bottom_bar(ui, flow_text(note, lang), label, "next");
        }
    }

    // Intents last: the frame was drawn from one consistent state.
    if (card.date_tapped) blur(st);
    apply(s, st, items, card.intent);
    if (focused != nullptr && key.kind != KeyPress::Kind::None) {
        if (key.kind == KeyPress::Kind::Done) blur(st);
        else type_key(s, st, *focused, key);
    }
    if (back) {
        blur(st);
        s.back();
    } else if (next && !s.next()) {
        st.reveal_problem = true;  // refused: show the first reason
        st.redraw = true;
    }
}

}  // namespace kiosk::ui
