#include "screens/about.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "theme/flow_strings.hpp"
#include "theme/fonts.hpp"
#include "widgets/icons.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1.
constexpr float kTop = 16.0F;
constexpr float kPad = 48.0F;
constexpr float kRadius = 28.0F;
constexpr float kShadow = 4.0F;
constexpr float kEyebrowGap = 12.0F;
constexpr float kBodyGap = 16.0F;
constexpr float kBulletsGap = 28.0F;
constexpr float kBulletGap = 18.0F;
constexpr float kBulletIcon = 36.0F;
constexpr float kBulletIndent = 56.0F;
constexpr float kDotsGap = 28.0F;
constexpr float kSwipe = 96.0F;  // a horizontal drag this long turns the card

struct CardText {
    std::string_view eyebrow;
    std::string_view title;
    std::string_view body;
    std::vector<std::string_view> bullets;
};

float card_height(const UiContext& ui, const CardText& t, float inner) {
    float h = 2.0F * ui.px(kPad);
    h += wrapped_height(ui.theme.font(TextRole::Small, Weight::SemiBold), t.eyebrow, inner) + ui.px(kEyebrowGap);
    h += wrapped_height(ui.theme.font(TextRole::Title, Weight::SemiBold), t.title, inner);
    if (!t.body.empty())
        h += ui.px(kBodyGap) + wrapped_height(ui.theme.font(TextRole::Lead), t.body, inner, kReadingLineHeight);
    if (!t.bullets.empty()) h += ui.px(kBulletsGap);
    for (size_t i = 0; i < t.bullets.size(); ++i)
        h += (i > 0 ? ui.px(kBulletGap) : 0.0F) +
             std::max(ui.px(kBulletIcon), wrapped_height(ui.theme.font(TextRole::Lead), t.bullets[i],
                                                         inner - ui.px(kBulletIndent)));
    return h;
}

void draw_card(UiContext& ui, const CardText& t, ImVec2 pos, float width, float height) {
    const Palette& c = ui.colors();
    const float r = ui.px(kRadius);
    ui.draw->AddRectFilled(ImVec2(pos.x, pos.y + ui.px(kShadow)), ImVec2(pos.x + width, pos.y + height + ui.px(kShadow)),
                           c.shadow, r);
    ui.draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), c.paper, r);
    ui.draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), c.line, r, ImDrawFlags_None, ui.px(1.5F));

    const float x = pos.x + ui.px(kPad);
    const float inner = width - 2.0F * ui.px(kPad);
    float y = pos.y + ui.px(kPad);
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Small, Weight::SemiBold), ImVec2(x, y), inner, c.primary,
                      t.eyebrow);
    y += ui.px(kEyebrowGap);
    y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Title, Weight::SemiBold), ImVec2(x, y), inner, c.ink, t.title);
    if (!t.body.empty()) {
        y += ui.px(kBodyGap);
        y += draw_wrapped(ui.draw, ui.theme.font(TextRole::Lead), ImVec2(x, y), inner, c.ink2, t.body,
                          kReadingLineHeight);
    }
    if (!t.bullets.empty()) y += ui.px(kBulletsGap);
    ImFont* font = ui.theme.font(TextRole::Lead);
    for (size_t i = 0; i < t.bullets.size(); ++i) {
        if (i > 0) y += ui.px(kBulletGap);
        const float icon = ui.px(kBulletIcon);
        const float text_h = wrapped_height(font, t.bullets[i], inner - ui.px(kBulletIndent));
        const float first = first_line_cap_center(font);
        const ImVec2 center(x + icon * 0.5F, y + std::max(first, icon * 0.5F));
        ui.draw->AddCircleFilled(center, icon * 0.5F, c.primary_tint, 32);
        icons::check(ui.draw, center, icon * 0.45F, c.primary, ui.px(2.5F));
        const float text_y = center.y - first;
        draw_wrapped(ui.draw, font, ImVec2(x + ui.px(kBulletIndent), text_y), inner - ui.px(kBulletIndent), c.ink,
                     t.bullets[i]);
        y = std::max(y + icon, text_y + text_h);
    }
}

void draw_dots(UiContext& ui, size_t count, size_t current, float center_x, float center_y) {
    const Palette& c = ui.colors();
    const float dot = ui.px(10.0F);
    const float wide = ui.px(28.0F);
    const float gap = ui.px(10.0F);
    const float total = wide + static_cast<float>(count - 1) * (dot + gap);
    float x = std::round(center_x - total * 0.5F);
    for (size_t i = 0; i < count; ++i) {
        const float w = i == current ? wide : dot;
        ui.draw->AddRectFilled(ImVec2(x, center_y - dot * 0.5F), ImVec2(x + w, center_y + dot * 0.5F),
                               i == current ? c.primary : c.line_strong, dot * 0.5F);
        x += w + gap;
    }
}

}  // namespace

void draw_about(UiContext& ui, session::IntakeSession& s, AboutState& st) {
    const auto& cards = s.config().questionnaire.cards;
    st.redraw = false;
    if (cards.empty()) return;
    st.card = std::min(st.card, cards.size() - 1);
    const std::string_view lang = s.language();
    const InfoCard& card = cards[st.card];
    CardText text{s.config().questionnaire.title.in(lang), card.title.in(lang), card.body.in(lang), {}};
    for (const Localized& b : card.bullets) text.bullets.push_back(b.in(lang));
    const std::string counter = fill(fill(flow_text(FlowText::CardOf, lang), "i", std::to_string(st.card + 1)), "n",
                                     std::to_string(cards.size()));
    const std::string eyebrow = std::string(text.eyebrow) + "  ·  " + counter;
    text.eyebrow = eyebrow;

    const PageLayout layout = page_layout(ui);
    const float h = card_height(ui, text, layout.width() - 2.0F * ui.px(kPad));
    const float content_h = ui.px(kTop) + h + ui.px(kDotsGap + 5.0F + 32.0F);
    st.scroll.begin(ui, ImVec2(ui.origin.x, layout.content_min.y), ImVec2(ui.origin.x + ui.size.x, layout.content_max.y),
                    content_h);
    // A horizontal drag carries the card with the finger; on release it turns.
    const ImGuiIO& io = ImGui::GetIO();
    float dx = 0;
    bool swiped_left = false;
    bool swiped_right = false;
    const bool pressed_in = io.MouseClickedPos[0].y >= layout.content_min.y && io.MouseClickedPos[0].y < layout.content_max.y;
    if (pressed_in && pointer_dragged() && (io.MouseDown[0] || ImGui::IsMouseReleased(ImGuiMouseButton_Left))) {
        const float mx = io.MousePos.x - io.MouseClickedPos[0].x;
        const float my = io.MousePos.y - io.MouseClickedPos[0].y;
        if (std::abs(mx) > 2.0F * std::abs(my)) {
            if (io.MouseDown[0]) dx = mx;
            else if (mx <= -ui.px(kSwipe)) swiped_left = true;
            else if (mx >= ui.px(kSwipe)) swiped_right = true;
        }
    }
    const float top = layout.content_min.y - st.scroll.offset() + ui.px(kTop);
    draw_card(ui, text, ImVec2(layout.content_min.x + dx, top), layout.width(), h);
    const float dots_y = top + h + ui.px(kDotsGap) + ui.px(5.0F);
    draw_dots(ui, cards.size(), st.card, ui.origin.x + ui.size.x * 0.5F, dots_y);
    st.scroll.end(ui, content_h);

    bool back = false;
    draw_top_bar(ui, s, back);
    const bool last = st.card + 1 == cards.size();
    const std::string_view label = flow_text(last ? FlowText::Continue : FlowText::Next, lang);
    const bool next = draw_bottom_bar(ui, "", label, "next");
    const std::string_view skip_label = flow_text(FlowText::Skip, lang);
    const float skip_w = std::max(ui.px(160.0F), secondary_button_width(ui, skip_label, false));
    const float skip_right = bottom_bar_primary_left(ui, label) - ui.px(16.0F);
    const float cy = bottom_bar_center_y(ui);
    const bool skip = secondary_button(ui, "skip", skip_label, ImVec2(skip_right - skip_w, cy - ui.px(36.0F)),
                                       ImVec2(skip_right, cy + ui.px(36.0F)));

    if (dx != 0.0F) st.redraw = true;
    if (back || swiped_right) {
        if (st.card > 0) {
            --st.card;
            st.scroll.reset();
        } else if (back) {
            s.back();
        }
        st.redraw = true;
    } else if (next || swiped_left) {
        if (!last) {
            ++st.card;
            st.scroll.reset();
        } else if (next) {
            s.skip_about();
        }
        st.redraw = true;
    } else if (skip) {
        s.skip_about();
    }
}

}  // namespace kiosk::ui
