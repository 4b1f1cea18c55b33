#pragma once
// Where everything on the attract screen goes, measured before drawing: the
// mockup's composition when it fits, and a graceful fallback when it does
// not (a short display, a large clinic font_scale, a long translation): first
// the wordmark goes, then the decoration (so the text gets the full width),
// then the name and welcome step down one size. Language pills and the
// privacy line always stay on screen.
#include <vector>

#include "screens/attract.hpp"
#include "theme/display_prefs.hpp"
#include "theme/fonts.hpp"
#include "widgets/display_controls.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

namespace attract_geometry {
// Mockup px at scale 1 (01-attract.png, 1280 x 800).
inline constexpr float kLeft = 112.0F;
inline constexpr float kTop = 116.0F;
inline constexpr float kColumn = 600.0F;
inline constexpr float kCornerRadius = 96.0F;
inline constexpr float kWordmarkRadius = 36.0F;
inline constexpr float kWordmarkGap = 29.0F;
inline constexpr float kNameGap = 21.0F;
inline constexpr float kWelcomeGap = 44.0F;
inline constexpr float kButtonHeight = 88.0F;
inline constexpr float kButtonMinWidth = 380.0F;
inline constexpr float kLanguagesGap = 32.0F;
inline constexpr float kDisplayGap = 16.0F;  // language row to display row
inline constexpr float kPillHeight = 64.0F;
inline constexpr float kPillGap = 16.0F;
inline constexpr float kPillsIndent = 52.0F;  // after the globe
inline constexpr float kArchWidth = 420.0F;
inline constexpr float kArchRight = 100.0F;  // from the right edge
inline constexpr float kArchTop = 112.0F;
inline constexpr float kArchBand = 70.0F;  // outer minus inner radius
inline constexpr float kNameLineHeight = 1.1F;
}  // namespace attract_geometry

struct PillSlot {
    ImVec2 offset;  // from the language row's top-left
    float width = 0;
    bool selected = false;
};

struct AttractLayout {
    float left = 0;
    float column = 0;  // text width
    bool arch = false;
    float arch_left = 0;
    bool wordmark = false;
    TextRole name_role = TextRole::Display;
    TextRole welcome_role = TextRole::Lead;
    bool welcome = true;  // false: no room for the welcome line (see kVariants)
    float top = 0;  // the wordmark's top, or the name's without it
    float button_height = 0;
    float pill_height = 0;
    std::vector<PillSlot> pills;
    DisplayRowLayout display;  // under the pills; its top-left is (left, below the pills)
    float privacy_center = 0;  // middle of the privacy block
};

[[nodiscard]] AttractLayout layout_attract(const UiContext& ui, const AttractView& view,
                                          const DisplayPrefs& prefs = {});

}  // namespace kiosk::ui
