#include "theme/display_prefs.hpp"

#include <algorithm>
#include <array>

namespace kiosk::ui {

float text_step_factor(int step) {
    constexpr std::array<float, kTextSteps> kFactors{1.0F, 1.25F, 1.5F};
    return kFactors[static_cast<size_t>(std::clamp(step, 1, kTextSteps) - 1)];
}

float text_scale(float clinic_font_scale, int step) {
    const float clinic = clinic_font_scale > 0.0F ? clinic_font_scale : 1.0F;
    return std::min(clinic * text_step_factor(step), std::max(kMaxTextScale, clinic));
}

DisplayPrefs clinic_display_prefs(const kiosk::Theme& clinic) { return {1, clinic.high_contrast}; }

}  // namespace kiosk::ui
