#include "screens/thanks.hpp"

#include <algorithm>
#include <cmath>

#include "theme/fonts.hpp"
#include "theme/review_strings.hpp"
#include "widgets/buttons.hpp"
#include "widgets/centered_text.hpp"
#include "widgets/icons.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1.
constexpr float kMark = 112.0F;
constexpr float kMarkGap = 32.0F;
constexpr float kTitleGap = 16.0F;
constexpr float kBodyGap = 40.0F;
constexpr float kButtonHeight = 72.0F;
constexpr float kButtonMinWidth = 240.0F;
constexpr float kHintGap = 20.0F;
constexpr float kColumn = 760.0F;

}  // namespace

void draw_thanks(UiContext& ui, session::IntakeSession& s) {
    const Palette& c = ui.colors();
    const std::string_view lang = s.language();
    const kiosk::Clinic& clinic = s.config().clinic;
    const std::string& title = clinic.thanks_title.in(lang);
    const std::string& body = clinic.thanks_body.in(lang);

    draw_wordmark_small(ui, clinic.name, ui.origin.x + ui.size.x - ui.px(48.0F), ui.origin.y + ui.px(52.0F));

    ImFont* title_font = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* body_font = ui.theme.font(TextRole::Lead);
    // Larger text (the clinic's font_scale, the client's text size) gets a
    // wider column, so the page still fits on one screen.
    const float grow = std::max(1.0F, font_em(body_font) / ui.px(role_px(TextRole::Lead)));
    const float width = std::min(ui.px(kColumn) * grow, ui.size.x - ui.px(2.0F * 80.0F));
    const float cx = std::round(ui.origin.x + ui.size.x * 0.5F);
    ImFont* hint_font = ui.theme.font(TextRole::Small);
    const std::string_view hint = review_text(ReviewText::ThanksHint, lang);
    const float title_h = wrapped_height(title_font, title, width);
    const float body_h = wrapped_height(body_font, body, width, kReadingLineHeight);
    const float hint_h = wrapped_height(hint_font, hint, width);
    const float words = title_h + ui.px(kTitleGap) + body_h + ui.px(kBodyGap) + ui.px(kButtonHeight) +
                        ui.px(kHintGap) + hint_h;
    // Short of room (very large text, a long thank-you), the mark gives way first.
    const bool mark = ui.px(104.0F + kMark + kMarkGap + 24.0F) + words <= ui.size.y;
    const float total = (mark ? ui.px(kMark + kMarkGap) : 0.0F) + words;
    float y = std::round(ui.origin.y + std::max(ui.px(104.0F), (ui.size.y - total) * 0.5F));

    // A calm "done" mark: the answers were saved, nothing more is said.
    if (mark) {
        const float r = ui.px(kMark) * 0.5F;
        ui.draw->AddCircleFilled(ImVec2(cx, y + r), r, c.primary_tint, 96);
        ui.draw->AddCircle(ImVec2(cx, y + r), r - ui.px(1.5F), c.primary, 96, ui.px(3.0F));
        icons::check(ui.draw, ImVec2(cx, y + r), ui.px(48.0F), c.primary, ui.px(5.0F));
        y += ui.px(kMark + kMarkGap);
    }

    y += draw_wrapped_centered(ui.draw, title_font, cx, y, width, c.ink, title);
    y += ui.px(kTitleGap);
    y += draw_wrapped_centered(ui.draw, body_font, cx, y, width, c.ink2, body, kReadingLineHeight);
    y += ui.px(kBodyGap);

    const PrimaryButton done{.id = "done", .label = review_text(ReviewText::Done, lang), .role = TextRole::Body};
    const float w = primary_button_width(ui, done, ui.px(kButtonMinWidth));
    const ImVec2 min(std::round(cx - w * 0.5F), y);
    if (primary_button(ui, done, min, ImVec2(min.x + w, min.y + ui.px(kButtonHeight)))) s.finish();
    y += ui.px(kButtonHeight) + ui.px(kHintGap);
    draw_wrapped_centered(ui.draw, hint_font, cx, y, width, c.ink3, hint);
}

}  // namespace kiosk::ui
