#include "screens/maintenance.hpp"

#include <algorithm>
#include <cmath>

#include "theme/ui_strings.hpp"
#include "widgets/buttons.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

constexpr float kButtonHeight = 72.0F;
constexpr float kButtonMinWidth = 240.0F;

std::string detail_text(const MaintenanceView& view) {
    switch (view.reason) {
        case MaintenanceView::Reason::DamagedData: return std::string(ui_text(UiText::DataDamaged, view.lang));
        case MaintenanceView::Reason::ScreenFailed: return std::string(ui_text(UiText::AnswersKept, view.lang));
        case MaintenanceView::Reason::Config: break;
    }
    return ui_text_n(view.problem_count == 1 ? UiText::ConfigProblemOne : UiText::ConfigProblemsMany, view.lang,
                     static_cast<long long>(view.problem_count));
}

}  // namespace

bool draw_maintenance(UiContext& ui, const MaintenanceView& view) {
    const Palette& c = ui.colors();
    ImFont* title = ui.theme.font(TextRole::Title, Weight::SemiBold);
    ImFont* lead = ui.theme.font(TextRole::Lead);
    ImFont* small = ui.theme.font(TextRole::Small);
    const bool retry = view.reason == MaintenanceView::Reason::ScreenFailed;

    const std::string_view title_text = ui_text(UiText::NeedsAttention, view.lang);
    const std::string_view lead_text = ui_text(UiText::SeeFrontDesk, view.lang);
    const std::string detail = detail_text(view);
    const PrimaryButton again{.id = "retry", .label = ui_text(UiText::TryAgain, view.lang), .role = TextRole::Body};

    const float pad = ui.px(48.0F);
    const float card_w = std::min(ui.px(720.0F), ui.size.x - 2.0F * ui.px(40.0F));
    const float text_w = card_w - 2.0F * pad;
    const float icon = ui.px(56.0F);
    const float title_h = wrapped_height(title, title_text, text_w);
    const float lead_h = wrapped_height(lead, lead_text, text_w, kReadingLineHeight);
    // The detail reads as body text when it speaks to the client (their
    // answers), as a small note for staff otherwise.
    ImFont* detail_font = retry ? ui.theme.font(TextRole::Body) : small;
    const float detail_h = wrapped_height(detail_font, detail, text_w, retry ? kReadingLineHeight : kLineHeight);
    const float button_h = retry ? ui.px(40.0F) + ui.px(kButtonHeight) : 0.0F;
    const float card_h =
        pad + icon + ui.px(32.0F) + title_h + ui.px(16.0F) + lead_h + ui.px(32.0F) + detail_h + button_h + pad;

    const ImVec2 min(std::round(ui.origin.x + (ui.size.x - card_w) * 0.5F),
                     std::round(ui.origin.y + (ui.size.y - card_h) * 0.5F));
    const ImVec2 max(min.x + card_w, min.y + card_h);
    const float radius = ui.px(28.0F);
    ui.draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(4.0F)), ImVec2(max.x, max.y + ui.px(4.0F)), c.shadow, radius);
    ui.draw->AddRectFilled(min, max, c.paper, radius);
    ui.draw->AddRect(min, max, c.line, radius, ImDrawFlags_None, ui.px(1.0F));

    const float x = min.x + pad;
    float y = min.y + pad;
    icons::alert(ui.draw, ImVec2(x + icon * 0.5F, y + icon * 0.5F), icon, c.primary, ui.px(3.0F));
    y += icon + ui.px(32.0F);
    y += draw_wrapped(ui.draw, title, ImVec2(x, y), text_w, c.ink, title_text);
    y += ui.px(16.0F);
    y += draw_wrapped(ui.draw, lead, ImVec2(x, y), text_w, c.ink2, lead_text, kReadingLineHeight);
    y += ui.px(32.0F);
    y += draw_wrapped(ui.draw, detail_font, ImVec2(x, y), text_w, retry ? c.ink2 : c.ink3, detail,
                      retry ? kReadingLineHeight : kLineHeight);
    if (!retry) return false;
    y += ui.px(40.0F);
    const float w = primary_button_width(ui, again, ui.px(kButtonMinWidth));
    return primary_button(ui, again, ImVec2(x, y), ImVec2(x + w, y + ui.px(kButtonHeight)));
}

}  // namespace kiosk::ui
