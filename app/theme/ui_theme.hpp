#pragma once
// Everything a screen needs to look right: palette, fonts and the display
// scale (DPI), plus the ImGui style and io settings a kiosk runs with.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "questionnaire/model.hpp"
#include "theme/display_prefs.hpp"
#include "theme/fonts.hpp"
#include "theme/palette.hpp"

namespace kiosk::ui {

struct UiTheme {
    Palette palette{};
    Fonts fonts;
    float scale = 1.0F;  // display scale: every mockup px is multiplied by it
    kiosk::Theme clinic{};  // the clinic's theme, kept to rebuild from
    DisplayPrefs prefs{};   // what the palette and fonts are built for now

    [[nodiscard]] float px(float mockup_px) const { return mockup_px * scale; }
    [[nodiscard]] ImFont* font(TextRole role, Weight weight = Weight::Regular) const { return fonts.get(role, weight); }
};

// Sets up `theme` for the current ImGui context: palette from the clinic's
// theme, fonts added to io.Fonts at mockup size x dpi_scale x font_scale (the
// atlas is left for the renderer to build), a fresh style scaled by
// dpi_scale, and the kiosk io policy. `text`: every string that may be shown.
// Returns a warning to print, or "".
[[nodiscard]] std::string init_ui_theme(UiTheme& theme, const kiosk::Theme& clinic, float dpi_scale,
                                        const std::vector<std::string_view>& text);

// Rebuilds `theme` for the client's `prefs`: the palette (and ImGui's style)
// for the contrast and, when the text step changed, the fonts in io.Fonts at
// the new size. Only between frames (never between NewFrame and Render).
// Returns true when the fonts were rebuilt: the atlas is then not built yet,
// and the renderer must build it and upload a new font texture.
[[nodiscard]] bool apply_display_prefs(UiTheme& theme, const DisplayPrefs& prefs);

// No imgui.ini, no log file, no clipboard (client answers must never leave
// the app), touch-sized drag threshold, no cursor changes.
void apply_io_policy(ImGuiIO& io, float dpi_scale);

// ImGui's own style from the palette, on a fresh ImGuiStyle, scaled once.
void apply_style(const Palette& palette, float dpi_scale);

}  // namespace kiosk::ui
