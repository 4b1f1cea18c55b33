#include "screens/question_card.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "questionnaire/follow_up.hpp"
#include "theme/flow_strings.hpp"
#include "theme/fonts.hpp"
#include "widgets/choice_chips.hpp"
#include "widgets/date_picker.hpp"
#include "widgets/field_error.hpp"
#include "widgets/text.hpp"
#include "widgets/text_field.hpp"
#include "widgets/touch.hpp"
#include "widgets/yes_no.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1 (02-question.png).
constexpr float kRadius = 28.0F;
constexpr float kPadX = 34.0F;
constexpr float kPadY = 20.0F;
constexpr float kFollowGap = 20.0F;
constexpr float kRuleX = 24.0F;
constexpr float kRuleWidth = 4.0F;
constexpr float kIndent = 52.0F;
constexpr float kAnswerGap = 32.0F;
constexpr float kLabelGap = 12.0F;
constexpr float kHintGap = 4.0F;
constexpr float kErrorGap = 10.0F;
constexpr float kChipsGap = 16.0F;
constexpr float kPairGap = 32.0F;
constexpr float kShadow = 4.0F;

struct Block {
    const Item* main = nullptr;
    const Item* pair = nullptr;  // a second short field beside the first
    std::vector<const Item*> followups;
};

bool is_field(const Item& item) {
    return item.type == ItemType::Text || item.type == ItemType::LongText || item.type == ItemType::Number ||
           item.type == ItemType::Date;
}

bool is_choice(const Item& item) {
    return item.type == ItemType::SingleChoice || item.type == ItemType::MultiChoice;
}

// The item on this page whose answer shows `item`, if any.
const Item* parent_of(const Item& item, const std::vector<const Item*>& before) {
    if (!item.show_if) return nullptr;
    for (const std::string& id : item.show_if->items())
        for (const Item* b : before)
            if (b->id == id) return b;
    return nullptr;
}

class Card {
public:
    Card(UiContext& ui, session::IntakeSession& s, const CardInput& in, CardResult& out)
        : m_ui(ui), m_s(s), m_in(in), m_out(out), m_lang(s.language()) {}

    std::vector<Block> blocks(const std::vector<const Item*>& items, float inner) const;
    float block_height(const Block& b, float inner) const;
    void draw_block(const Block& b, ImVec2 pos, float inner);

private:
    struct Heading {
        std::string because;
        std::string_view question;
        std::string_view hint;
        std::string error;  // drawn under the heading (yes/no rows)
        ImFont* font = nullptr;
    };

    [[nodiscard]] Heading heading(const Item& item, bool follow, bool with_error) const;
    [[nodiscard]] float heading_height(const Heading& h, float width) const;
    float draw_heading(const Heading& h, ImVec2 pos, float width) const;
    [[nodiscard]] std::string error_of(const Item& item) const;
    [[nodiscard]] std::string because(const Item& item) const;

    [[nodiscard]] float item_height(const Item& item, float width, bool follow) const;
    void draw_item(const Item& item, ImVec2 pos, float width, bool follow);
    [[nodiscard]] bool yes_no_stacked(float width) const { return width - m_ui.px(kYesNoWidth + kAnswerGap) < width * 0.45F; }
    [[nodiscard]] std::vector<ChipOption> chips_of(const Item& item) const;
    [[nodiscard]] std::string field_text(const Item& item) const;
    [[nodiscard]] float field_height(const Item& item, float width) const;

    void span(const Item& item, float top, float bottom) {
        const float t = top - m_in.content_top;
        const float b = bottom - m_in.content_top;
        m_out.spans.push_back({item.id, t, b, t, b});
    }
    void field_span(float top, float bottom) {
        m_out.spans.back().field_top = top - m_in.content_top;
        m_out.spans.back().field_bottom = bottom - m_in.content_top;
    }

    UiContext& m_ui;
    session::IntakeSession& m_s;
    const CardInput& m_in;
    CardResult& m_out;
    std::string_view m_lang;
};

std::vector<Block> Card::blocks(const std::vector<const Item*>& items, float inner) const {
    std::vector<Block> out;
    std::vector<const Item*> before;
    const float half = (inner - m_ui.px(kPairGap)) * 0.5F;
    const auto pairable = [&](const Item& i) {
        if (i.type != ItemType::Text && i.type != ItemType::Number && i.type != ItemType::Date) return false;
        // An open date panel needs more room than half a card.
        return i.type != ItemType::Date || half >= m_ui.px(kDatePickerMinWidth);
    };
    for (const Item* item : items) {
        const Item* parent = parent_of(*item, before);
        before.push_back(item);
        if (parent != nullptr && !out.empty()) {
            const Block& last = out.back();
            const bool in_last = last.main == parent || last.pair == parent ||
                                 std::find(last.followups.begin(), last.followups.end(), parent) != last.followups.end();
            if (in_last) {
                out.back().followups.push_back(item);
                continue;
            }
        }
        Block& last = out.empty() ? out.emplace_back() : out.back();
        if (parent == nullptr && last.main != nullptr && last.pair == nullptr && last.followups.empty() &&
            pairable(*last.main) && pairable(*item) && half >= m_ui.px(300.0F)) {
            last.pair = item;
            continue;
        }
        out.push_back({item, nullptr, {}});
    }
    if (!out.empty() && out.front().main == nullptr) out.erase(out.begin());
    return out;
}

std::string Card::error_of(const Item& item) const {
    if (!m_s.show_errors()) return "";
    const auto problems = m_s.problems_for(item.id);
    return problems.empty() ? "" : problem_text(problems.front(), item, m_lang);
}

std::string Card::because(const Item& item) const {
    const FollowUpCause cause = follow_up_cause(m_s.config().questionnaire, item,
                                                [this](std::string_view id) { return m_s.answer(id); });
    switch (cause.kind) {
        case FollowUpCause::Kind::Yes: return std::string(flow_text(FlowText::BecauseYes, m_lang));
        case FollowUpCause::Kind::No: return std::string(flow_text(FlowText::BecauseNo, m_lang));
        case FollowUpCause::Kind::Chose:
            return fill(flow_text(FlowText::BecauseChose, m_lang), "option", cause.option->label.in(m_lang));
        case FollowUpCause::Kind::Earlier: break;
    }
    return std::string(flow_text(FlowText::BecauseAbove, m_lang));
}

Card::Heading Card::heading(const Item& item, bool follow, bool with_error) const {
    Heading h;
    if (follow) h.because = because(item);
    h.question = item.text.in(m_lang);
    if (!item.hint.empty()) h.hint = item.hint.in(m_lang);
    if (with_error) h.error = error_of(item);
    // Short fields take a label (03-keyboard.png); questions keep the question style.
    const bool label = is_field(item) && item.type != ItemType::LongText;
    h.font = m_ui.theme.font(follow ? TextRole::Lead : label ? TextRole::Body : TextRole::Question, Weight::SemiBold);
    return h;
}

float Card::heading_height(const Heading& h, float width) const {
    float y = 0;
    if (!h.because.empty()) y += wrapped_height(m_ui.theme.font(TextRole::Small, Weight::SemiBold), h.because, width);
    y += wrapped_height(h.font, h.question, width);
    if (!h.hint.empty()) y += m_ui.px(kHintGap) + wrapped_height(m_ui.theme.font(TextRole::Small), h.hint, width);
    if (!h.error.empty()) y += m_ui.px(kErrorGap) + inline_error_height(m_ui, h.error, width);
    return y;
}

float Card::draw_heading(const Heading& h, ImVec2 pos, float width) const {
    const Palette& c = m_ui.colors();
    float y = pos.y;
    if (!h.because.empty())
        y += draw_wrapped(m_ui.draw, m_ui.theme.font(TextRole::Small, Weight::SemiBold), ImVec2(pos.x, y), width,
                          c.primary, h.because);
    y += draw_wrapped(m_ui.draw, h.font, ImVec2(pos.x, y), width, c.ink, h.question);
    if (!h.hint.empty()) {
        y += m_ui.px(kHintGap);
        y += draw_wrapped(m_ui.draw, m_ui.theme.font(TextRole::Small), ImVec2(pos.x, y), width, c.ink2, h.hint);
    }
    if (!h.error.empty()) {
        y += m_ui.px(kErrorGap);
        y += draw_inline_error(m_ui, h.error, ImVec2(pos.x, y), width);
    }
    return y - pos.y;
}

std::vector<ChipOption> Card::chips_of(const Item& item) const {
    const Answer* a = m_s.answer(item.id);
    std::vector<ChipOption> out;
    for (const Option& o : item.options) {
        bool on = false;
        if (a != nullptr) {
            if (const auto* one = std::get_if<std::string>(a)) on = *one == o.id;
            if (const auto* many = std::get_if<Choices>(a)) on = std::ranges::find(*many, o.id) != many->end();
        }
        out.push_back({o.id, o.label.in(m_lang), on});
    }
    return out;
}

std::string Card::field_text(const Item& item) const {
    if (item.type == ItemType::Number && item.id == m_in.focused) return std::string(m_in.number_text);
    const Answer* a = m_s.answer(item.id);
    if (a == nullptr) return "";
    if (const auto* s = std::get_if<std::string>(a)) return *s;
    if (const auto* d = std::get_if<double>(a)) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, *d);
        return std::string(buf, r.ptr);
    }
    return "";
}

float Card::field_height(const Item& item, float width) const {
    if (item.type == ItemType::Date) return date_field_height(m_ui, m_in.dates, item, width);
    return text_field_height(m_ui, item.type == ItemType::LongText);
}

float Card::item_height(const Item& item, float width, bool follow) const {
    if (item.type == ItemType::Info)
        return wrapped_height(m_ui.theme.font(TextRole::Body), item.text.in(m_lang), width);
    if (item.type == ItemType::YesNo) {
        const float yn = m_ui.px(kYesNoHeight);
        if (yes_no_stacked(width)) return heading_height(heading(item, follow, true), width) + m_ui.px(kChipsGap) + yn;
        const float text_w = width - m_ui.px(kYesNoWidth + kAnswerGap);
        return std::max(heading_height(heading(item, follow, true), text_w), yn);
    }
    const std::string err = error_of(item);
    const float err_h = err.empty() ? 0.0F : m_ui.px(kErrorGap) + inline_error_height(m_ui, err, width);
    const float head = heading_height(heading(item, follow, false), width);
    if (is_choice(item)) {
        const std::vector<ChipOption> chips = chips_of(item);
        return head + m_ui.px(kChipsGap) + choice_chips_height(m_ui, {item.id, chips, false}, width) + err_h;
    }
    if (is_field(item)) return head + m_ui.px(kLabelGap) + field_height(item, width) + err_h;
    return 0;  // signatures belong to the consent page
}

void Card::draw_item(const Item& item, ImVec2 pos, float width, bool follow) {
    const Palette& c = m_ui.colors();
    const float h = item_height(item, width, follow);
    span(item, pos.y, pos.y + h);
    if (follow) {
        const float rule_x = pos.x - m_ui.px(kIndent - kRuleX);
        m_ui.draw->AddRectFilled(ImVec2(rule_x, pos.y), ImVec2(rule_x + m_ui.px(kRuleWidth), pos.y + h), c.primary,
                                 m_ui.px(2.0F));
    }
    if (item.type == ItemType::Info) {
        draw_wrapped(m_ui.draw, m_ui.theme.font(TextRole::Body), pos, width, c.ink2, item.text.in(m_lang));
        return;
    }
    if (item.type == ItemType::YesNo) {
        const Heading head = heading(item, follow, true);
        const bool stacked = yes_no_stacked(width);
        const float yn_w = m_ui.px(kYesNoWidth);
        const float yn_h = m_ui.px(kYesNoHeight);
        const float text_w = stacked ? width : width - yn_w - m_ui.px(kAnswerGap);
        const float text_h = heading_height(head, text_w);
        draw_heading(head, ImVec2(pos.x, stacked ? pos.y : pos.y + std::round((h - text_h) * 0.5F)), text_w);
        const ImVec2 min = stacked ? ImVec2(pos.x, pos.y + text_h + m_ui.px(kChipsGap))
                                   : ImVec2(pos.x + width - yn_w, pos.y + std::round((h - yn_h) * 0.5F));
        const Answer* a = m_s.answer(item.id);
        std::optional<bool> value;
        if (a != nullptr && std::holds_alternative<bool>(*a)) value = std::get<bool>(*a);
        const YesNoView view{item.id, value, !head.error.empty(), flow_text(FlowText::Yes, m_lang),
                             flow_text(FlowText::No, m_lang)};
        if (const auto tapped = yes_no(m_ui, view, min, ImVec2(min.x + yn_w, min.y + yn_h)))
            m_out.intent = {CardIntent::Kind::Answer, item.id, *tapped, ""};
        return;
    }

    const std::string err = error_of(item);
    float y = pos.y + draw_heading(heading(item, follow, false), pos, width);
    if (is_choice(item)) {
        y += m_ui.px(kChipsGap);
        const std::vector<ChipOption> chips = chips_of(item);
        const ChipsView view{item.id, chips, !err.empty()};
        if (const auto tapped = choice_chips(m_ui, view, ImVec2(pos.x, y), width)) {
            const ChipOption& o = chips[*tapped];
            if (item.type == ItemType::MultiChoice)
                m_out.intent = {CardIntent::Kind::Toggle, item.id, {}, std::string(o.id)};
            else  // tapping the chosen option again takes the answer back
                m_out.intent = {CardIntent::Kind::Answer, item.id, o.selected ? std::string() : std::string(o.id), ""};
        }
        y += choice_chips_height(m_ui, view, width);
    } else if (item.type == ItemType::Date) {
        y += m_ui.px(kLabelGap);
        const float fh = field_height(item, width);
        // Hover is clipped to the page's view: the keys over a hidden field do not count.
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !pointer_dragged() &&
            ImGui::IsMouseHoveringRect(ImVec2(pos.x, y), ImVec2(pos.x + width, y + fh)))
            m_out.date_tapped = true;
        field_span(y, y + fh);
        DatePickerOptions options;
        options.today = m_in.today;
        date_field(m_ui, m_s, m_in.dates, item, ImVec2(pos.x, y), width, options);
        y += fh;
    } else if (is_field(item)) {
        y += m_ui.px(kLabelGap);
        const bool multiline = item.type == ItemType::LongText;
        const float fh = field_height(item, width);
        field_span(y, y + fh);
        std::string text = field_text(item);
        const TextFieldView view{item.id, text, m_in.focused == item.id, !err.empty(), multiline};
        if (text_field(m_ui, view, ImVec2(pos.x, y), ImVec2(pos.x + width, y + fh)))
            m_out.intent = {CardIntent::Kind::Focus, item.id, {}, ""};
        std::fill(text.begin(), text.end(), '\0');
        y += fh;
    }
    if (!err.empty()) draw_inline_error(m_ui, err, ImVec2(pos.x, y + m_ui.px(kErrorGap)), width);
}

float Card::block_height(const Block& b, float inner) const {
    float h = 0;
    if (b.pair != nullptr) {
        const float half = (inner - m_ui.px(kPairGap)) * 0.5F;
        h = std::max(item_height(*b.main, half, false), item_height(*b.pair, half, false));
    } else {
        h = item_height(*b.main, inner, false);
    }
    for (const Item* f : b.followups)
        h += m_ui.px(kFollowGap) + item_height(*f, inner - m_ui.px(kIndent), true);
    return h + 2.0F * m_ui.px(kPadY);
}

void Card::draw_block(const Block& b, ImVec2 pos, float inner) {
    float y = pos.y + m_ui.px(kPadY);
    if (b.pair != nullptr) {
        const float half = (inner - m_ui.px(kPairGap)) * 0.5F;
        draw_item(*b.main, ImVec2(pos.x, y), half, false);
        draw_item(*b.pair, ImVec2(pos.x + half + m_ui.px(kPairGap), y), half, false);
        y += std::max(item_height(*b.main, half, false), item_height(*b.pair, half, false));
    } else {
        draw_item(*b.main, ImVec2(pos.x, y), inner, false);
        y += item_height(*b.main, inner, false);
    }
    for (const Item* f : b.followups) {
        y += m_ui.px(kFollowGap);
        const float w = inner - m_ui.px(kIndent);
        draw_item(*f, ImVec2(pos.x + m_ui.px(kIndent), y), w, true);
        y += item_height(*f, w, true);
    }
}

}  // namespace

float question_card_height(UiContext& ui, session::IntakeSession& s, const CardInput& in, float width) {
    CardResult out;
    const Card card(ui, s, in, out);
    const float inner = width - 2.0F * ui.px(kPadX);
    const std::vector<Block> blocks = card.blocks(s.visible_items(), inner);
    if (blocks.empty()) return 0;
    float total = 0;
    for (const Block& b : blocks) total += card.block_height(b, inner);
    return total + ui.px(kShadow);
}

CardResult draw_question_card(UiContext& ui, session::IntakeSession& s, const CardInput& in, ImVec2 pos, float width) {
    CardResult out;
    Card card(ui, s, in, out);
    const Palette& c = ui.colors();
    const float inner = width - 2.0F * ui.px(kPadX);
    const std::vector<const Item*> items = s.visible_items();
    const std::vector<Block> blocks = card.blocks(items, inner);
    if (blocks.empty()) return out;

    std::vector<float> heights;
    float total = 0;
    for (const Block& b : blocks) total += heights.emplace_back(card.block_height(b, inner));
    const float r = ui.px(kRadius);
    const ImVec2 max(pos.x + width, pos.y + total);
    ui.draw->AddRectFilled(ImVec2(pos.x, pos.y + ui.px(kShadow)), ImVec2(max.x, max.y + ui.px(kShadow)), c.shadow, r);
    ui.draw->AddRectFilled(pos, max, c.paper, r);
    ui.draw->AddRect(pos, max, c.line, r, ImDrawFlags_None, ui.px(1.5F));

    float y = pos.y;
    const float left = pos.x + ui.px(kPadX);
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (i > 0) ui.draw->AddLine(ImVec2(left, y), ImVec2(left + inner, y), c.line, ui.px(1.5F));
        card.draw_block(blocks[i], ImVec2(left, y), inner);
        y += heights[i];
    }
    out.height = total + ui.px(kShadow);
    return out;
}

}  // namespace kiosk::ui
