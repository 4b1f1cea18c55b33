#include "screens/idle_overlay.hpp"

#include <algorithm>
#include <cmath>
#include <string>


#include "theme/review_strings.hpp"
#include "widgets/buttons.hpp"
#include "widgets/centered_text.hpp"
#include "widgets/progress_ring.hpp"
#include "widgets/overlay.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1 (05-idle.png).
constexpr float kDialogWidth = 576.0F;
constexpr float kDialogRadius = 28.0F;
constexpr float kPadTop = 48.0F;
constexpr float kPadX = 56.0F;
constexpr float kPadBottom = 48.0F;
constexpr float kRing = 168.0F;
constexpr float kRingStroke = 12.0F;
constexpr float kRingGap = 32.0F;
constexpr float kTitleGap = 12.0F;
constexpr float kBodyGap = 36.0F;
constexpr float kButtonHeight = 80.0F;

}  // namespace

void draw_idle_overlay(UiContext& page_ui, session::IntakeSession& s) {
    // A layer above the page: nothing underneath can be tapped.
    Overlay overlay(page_ui, "##idle_overlay");
    UiContext& ui = overlay.ui();
    const Palette& c = ui.colors();
    const std::string_view lang = s.language();

    ui.draw->AddRectFilled(ui.origin, ImVec2(ui.origin.x + ui.size.x, ui.origin.y + ui.size.y), c.scrim);

    ImFont* title_font = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* body_font = ui.theme.font(TextRole::Body);
    // Larger text (the clinic's font_scale, the client's text size) gets a
    // wider dialog and a larger ring, so the seconds stay inside it.
    const float grow = std::max(1.0F, font_em(body_font) / ui.px(role_px(TextRole::Body)));
    const float width = std::min(ui.px(kDialogWidth) * grow, ui.size.x - ui.px(48.0F));
    const float inner = width - 2.0F * ui.px(kPadX);
    const std::string_view title = review_text(ReviewText::StillThereTitle, lang);
    const std::string_view body = review_text(ReviewText::StillThereBody, lang);
    const float title_h = wrapped_height(title_font, title, inner);
    const float body_h = wrapped_height(body_font, body, inner, kReadingLineHeight);
    const float rest = ui.px(kPadTop + kRingGap) + title_h + ui.px(kTitleGap) + body_h + ui.px(kBodyGap) +
                       ui.px(kButtonHeight) + ui.px(kPadBottom);
    const float ring = std::max(ui.px(112.0F), std::min(ui.px(kRing) * grow, ui.size.y - ui.px(32.0F) - rest));
    const float height = rest + ring;
    const float cx = std::round(ui.origin.x + ui.size.x * 0.5F);
    const ImVec2 d0(std::round(cx - width * 0.5F), std::round(ui.origin.y + (ui.size.y - height) * 0.5F));
    const ImVec2 d1(d0.x + width, d0.y + height);
    const float r = ui.px(kDialogRadius);
    const ImU32 shadow = (c.scrim & ~IM_COL32_A_MASK) | (static_cast<ImU32>(60) << IM_COL32_A_SHIFT);
    ui.draw->AddRectFilled(ImVec2(d0.x, d0.y + ui.px(6.0F)), ImVec2(d1.x, d1.y + ui.px(6.0F)), shadow, r);
    ui.draw->AddRectFilled(d0, d1, c.paper, r);

    // The ring: the Teal arc is the share of the countdown still left.
    const int left = std::max(0, s.idle_seconds_left());
    const int total = std::max(1, s.config().clinic.timeouts.countdown_seconds);
    const ImVec2 ring_c(cx, d0.y + ui.px(kPadTop) + ring * 0.5F);
    const float k = ring / ui.px(kRing);  // the ring's own growth, for what sits inside it
    draw_progress_ring(ui.draw, {.center = ring_c,
                                 .diameter = ring,
                                 .thickness = ui.px(kRingStroke),
                                 .fraction = static_cast<float>(left) / static_cast<float>(total),
                                 .track = c.sand,
                                 .arc = c.primary});
    ImFont* number_font = ui.theme.font(TextRole::Display, Weight::SemiBold);
    ImFont* unit_font = ui.theme.font(TextRole::Small);
    const std::string number = std::to_string(left);
    const std::string_view unit = review_text(left == 1 ? ReviewText::Second : ReviewText::Seconds, lang);
    const float number_w = text_size(number_font, number).x;
    draw_line_centered_y(ui.draw, number_font, std::round(cx - number_w * 0.5F), ring_c.y - ui.px(14.0F) * k, c.ink,
                         number);
    const float unit_w = text_size(unit_font, unit).x;
    draw_line_centered_y(ui.draw, unit_font, std::round(cx - unit_w * 0.5F), ring_c.y + ui.px(34.0F) * k, c.ink2, unit);

    float y = d0.y + ui.px(kPadTop + kRingGap) + ring;
    y += draw_wrapped_centered(ui.draw, title_font, cx, y, inner, c.ink, title);
    y += ui.px(kTitleGap);
    y += draw_wrapped_centered(ui.draw, body_font, cx, y, inner, c.ink2, body, kReadingLineHeight);
    y += ui.px(kBodyGap);

    const PrimaryButton button{.id = "still_here", .label = review_text(ReviewText::StillHere, lang),
                               .role = TextRole::Lead};
    const ImVec2 b0(d0.x + ui.px(kPadX), y);
    if (primary_button(ui, button, b0, ImVec2(b0.x + inner, b0.y + ui.px(kButtonHeight)))) s.still_here();
}

}  // namespace kiosk::ui
