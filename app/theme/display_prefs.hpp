#pragma once
// The client's own display preferences (DESIGN §2, "large-print"): a text
// size in kTextSteps steps over the clinic's font_scale, and high contrast.
// They belong to the client, like the language: the shell keeps them for one
// session and drops back to the clinic's default when the session ends; the
// platform rebuilds fonts and palette between frames when they change
// (apply_display_prefs in ui_theme.hpp).
#include "questionnaire/model.hpp"

namespace kiosk::ui {

inline constexpr int kTextSteps = 3;
// The largest text the kiosk draws, as a multiple of the mockups' sizes: the
// top of clinic.yaml's font_scale range, the size every layout is checked at.
inline constexpr float kMaxTextScale = 1.6F;

struct DisplayPrefs {
    int text_step = 1;  // 1 (the clinic's size) .. kTextSteps
    bool high_contrast = false;
    bool operator==(const DisplayPrefs&) const = default;
};

// 1.0, 1.25, 1.5 for steps 1, 2, 3 (clamped to the range).
[[nodiscard]] float text_step_factor(int step);

// The font scale for `step` over the clinic's own: clinic x factor, capped
// at kMaxTextScale (or at the clinic's own scale, when that is larger).
[[nodiscard]] float text_scale(float clinic_font_scale, int step);

// Where every session starts: the clinic's size and its contrast setting.
[[nodiscard]] DisplayPrefs clinic_display_prefs(const kiosk::Theme& clinic);

}  // namespace kiosk::ui
