#pragma once
// Inter, baked at the mockups' type scale (Regular 20/24/28/32, SemiBold
// 20/24/28/32/40/60) times the display scale and the clinic's font_scale.
// Inter ships as CFF (.otf), so the atlas is built with imgui_freetype.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

enum class TextRole { Small, Body, Lead, Question, Title, Display };
enum class Weight { Regular, SemiBold };

// Size in px at scale 1.0 (mockups/README.md, "Type"): the em size, as a
// browser or design tool means it.
[[nodiscard]] float role_px(TextRole role);

// ImGui (and its FreeType builder) sizes a font by ascender + descender, not
// by the em; for Inter that is 1.21 em. Fonts are baked at em x this, so
// "Display 60" is as large as in the mockups.
inline constexpr float kInterHeightPerEm = 1.21F;

// The em size of a baked font, in px.
[[nodiscard]] inline float font_em(const ImFont* font) { return font->FontSize / kInterHeightPerEm; }

class Fonts {
public:
    // Regular is only baked up to Question; asking for a larger Regular gives
    // the SemiBold of that size.
    [[nodiscard]] ImFont* get(TextRole role, Weight weight) const;
    [[nodiscard]] bool using_inter() const { return m_inter; }

    // Adds the fonts to `atlas` (not built yet: the caller or the renderer
    // builds it). `text` is every string the kiosk may show, so the atlas holds
    // exactly the glyphs it needs beyond Latin-1. Falls back to ImGui's own font,
    // with a warning in `warning`, when Inter is not installed.
    void add_to(ImFontAtlas& atlas, float size_scale, const std::vector<std::string_view>& text, std::string& warning);

    // Clears `atlas` and adds the same fonts again at `size_scale` (the
    // client chose another text size), with the glyphs and font files of the
    // last add_to. Only between frames; the caller builds the atlas.
    void rebuild(ImFontAtlas& atlas, float size_scale);

private:
    void add_sizes(ImFontAtlas& atlas, float size_scale);

    static constexpr size_t kRoles = 6;
    std::array<ImFont*, kRoles> m_regular{};
    std::array<ImFont*, kRoles> m_semibold{};
    ImVector<ImWchar> m_ranges;  // must outlive the atlas build
    // Each file is read once and shared by all its sizes (the atlas does not own them).
    std::vector<unsigned char> m_regular_file;
    std::vector<unsigned char> m_semibold_file;
    bool m_inter = false;
};

}  // namespace kiosk::ui
