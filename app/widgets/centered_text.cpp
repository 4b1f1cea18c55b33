#include "widgets/centered_text.hpp"

#include <cmath>

#include "theme/fonts.hpp"

namespace kiosk::ui {

float draw_wrapped_centered(ImDrawList* dl, ImFont* font, float center_x, float top, float width, ImU32 color,
                            std::string_view text, float line_height) {
    const float step = std::round(font_em(font) * line_height);
    const float inset = std::floor((step - font->FontSize) * 0.5F);
    const char* p = text.data();
    const char* const end = text.data() + text.size();
    int lines = 0;
    while (p < end) {
        const char* para_end = p;
        while (para_end < end && *para_end != '\n') ++para_end;
        if (p == para_end) ++lines;  // a blank line keeps its height
        while (p < para_end) {
            const char* wrap = font->CalcWordWrapPositionA(1.0F, p, para_end, width);
            if (wrap <= p) wrap = p + 1;
            const char* trimmed = wrap;
            while (trimmed > p && (trimmed[-1] == ' ' || trimmed[-1] == '\t')) --trimmed;
            const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, p, trimmed).x;
            // Through draw_line_centered_y, so tests that read the drawn text see it.
            draw_line_centered_y(dl, font, std::round(center_x - w * 0.5F),
                                 top + inset + step * static_cast<float>(lines) + cap_center(font), color,
                                 std::string_view(p, static_cast<size_t>(trimmed - p)));
            ++lines;
            p = wrap;
            while (p < para_end && (*p == ' ' || *p == '\t')) ++p;
        }
        p = para_end + 1;
    }
    return static_cast<float>(lines) * step;
}

}  // namespace kiosk::ui
