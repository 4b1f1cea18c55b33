#include "widgets/field_error.hpp"

#include <cmath>

#include "theme/fonts.hpp"
#include "widgets/icons.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {

namespace {

constexpr float kIcon = 22.0F;
constexpr float kIconGap = 12.0F;

}  // namespace

float inline_error_height(const UiContext& ui, std::string_view message, float width) {
    return wrapped_height(ui.theme.font(TextRole::Body), message, width - ui.px(kIcon + kIconGap));
}

float draw_inline_error(UiContext& ui, std::string_view message, ImVec2 pos, float width) {
    ImFont* font = ui.theme.font(TextRole::Body);
    const ImU32 ink = ui.colors().error;
    const float icon = ui.px(kIcon);
    icons::alert(ui.draw, ImVec2(pos.x + icon * 0.5F, pos.y + first_line_cap_center(font)), icon, ink, ui.px(2.0F));
    return draw_wrapped(ui.draw, font, ImVec2(pos.x + icon + ui.px(kIconGap), pos.y), width - icon - ui.px(kIconGap),
                        ink, message);
}

}  // namespace kiosk::ui
