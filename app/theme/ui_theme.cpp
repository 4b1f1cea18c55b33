#include "theme/ui_theme.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

void set_no_clipboard(void* /*user_data*/, const char* /*text*/) {}
const char* get_no_clipboard(void* /*user_data*/) { return ""; }

ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

void apply_io_policy(ImGuiIO& io, float dpi_scale) {
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.SetClipboardTextFn = set_no_clipboard;
    io.GetClipboardTextFn = get_no_clipboard;
    io.ClipboardUserData = nullptr;
    // A finger wobbles more than a mouse: a press that moves further than
    // this is a drag (scroll), never a tap.
    io.MouseDragThreshold = 10.0F * dpi_scale;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.ConfigInputTextCursorBlink = false;  // blinking would need redraws while idle
}

void apply_style(const Palette& palette, float dpi_scale) {
    ImGuiStyle style;
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.FrameRounding = 16;
    style.PopupRounding = 28;
    style.ChildRounding = 28;
    style.GrabRounding = 10;
    style.ScrollbarRounding = 6;
    style.ScrollbarSize = 12;
    style.FramePadding = ImVec2(16, 12);
    style.ItemSpacing = ImVec2(16, 16);
    style.TouchExtraPadding = ImVec2(0, 0);
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
    style.CircleTessellationMaxError = 0.2F;  // smooth large circles (arches, rings)

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = vec(palette.ink);
    c[ImGuiCol_TextDisabled] = vec(palette.disabled_text);
    c[ImGuiCol_WindowBg] = vec(palette.background);
    c[ImGuiCol_ChildBg] = vec(palette.paper);
    c[ImGuiCol_PopupBg] = vec(palette.paper);
    c[ImGuiCol_Border] = vec(palette.line);
    c[ImGuiCol_FrameBg] = vec(palette.paper);
    c[ImGuiCol_FrameBgHovered] = vec(palette.paper);
    c[ImGuiCol_FrameBgActive] = vec(palette.sand);
    c[ImGuiCol_Button] = vec(palette.primary);
    c[ImGuiCol_ButtonHovered] = vec(palette.primary);
    c[ImGuiCol_ButtonActive] = vec(palette.primary_pressed);
    c[ImGuiCol_ScrollbarBg] = vec(palette.sand);
    c[ImGuiCol_ScrollbarGrab] = vec(palette.line_strong);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(palette.line_strong);
    c[ImGuiCol_ScrollbarGrabActive] = vec(palette.outline);
    c[ImGuiCol_CheckMark] = vec(palette.on_primary);
    c[ImGuiCol_Separator] = vec(palette.line);
    c[ImGuiCol_TextSelectedBg] = vec(palette.primary_tint);
    c[ImGuiCol_NavHighlight] = vec(palette.primary);
    c[ImGuiCol_ModalWindowDimBg] = vec(palette.scrim);

    style.ScaleAllSizes(dpi_scale);
    ImGui::GetStyle() = style;
}

std::string init_ui_theme(UiTheme& theme, const kiosk::Theme& clinic, float dpi_scale,
                          const std::vector<std::string_view>& text) {
    ImGuiIO& io = ImGui::GetIO();
    theme.scale = dpi_scale;
    theme.clinic = clinic;
    theme.prefs = clinic_display_prefs(clinic);
    theme.palette = make_palette(clinic);
    std::string warning;
    theme.fonts.add_to(*io.Fonts, dpi_scale * text_scale(clinic.font_scale, theme.prefs.text_step), text, warning);
    io.FontDefault = theme.font(TextRole::Body);
    apply_style(theme.palette, dpi_scale);
    apply_io_policy(io, dpi_scale);
    return warning;
}

bool apply_display_prefs(UiTheme& theme, const DisplayPrefs& prefs) {
    const DisplayPrefs want{std::clamp(prefs.text_step, 1, kTextSteps), prefs.high_contrast};
    if (want.high_contrast != theme.prefs.high_contrast) {
        kiosk::Theme look = theme.clinic;
        look.high_contrast = want.high_contrast;
        theme.palette = make_palette(look);
        apply_style(theme.palette, theme.scale);
    }
    // Steps that the cap makes equal keep the fonts as they are.
    const bool new_size = text_scale(theme.clinic.font_scale, want.text_step) !=
                          text_scale(theme.clinic.font_scale, theme.prefs.text_step);
    theme.prefs = want;
    if (!new_size) return false;
    ImGuiIO& io = ImGui::GetIO();
    theme.fonts.rebuild(*io.Fonts, theme.scale * text_scale(theme.clinic.font_scale, want.text_step));
    io.FontDefault = theme.font(TextRole::Body);
    return true;
}

}  // namespace kiosk::ui
