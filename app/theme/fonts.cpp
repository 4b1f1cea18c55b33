#include "theme/fonts.hpp"

#include <cmath>
#include <fstream>
#include <iterator>

#include <imgui_freetype.h>

namespace kiosk::ui {

namespace {

constexpr const char* kInterRegular = "/usr/share/fonts/opentype/inter/Inter-Regular.otf";
constexpr const char* kInterSemiBold = "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf";

constexpr std::array<TextRole, 6> kAllRoles{TextRole::Small,    TextRole::Body,  TextRole::Lead,
                                            TextRole::Question, TextRole::Title, TextRole::Display};

// Typographic punctuation clinics paste into their texts, beyond Latin-1.
constexpr std::array<ImWchar, 13> kExtraChars{0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                              0x2026, 0x20AC, 0x2122, 0x00A0, 0x2009, 0x202F};

size_t index_of(TextRole role) { return static_cast<size_t>(role); }

std::vector<unsigned char> read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ImFont* add_from(ImFontAtlas& atlas, std::vector<unsigned char>& file, ImFontConfig config) {
    config.FontDataOwnedByAtlas = false;
    return atlas.AddFontFromMemoryTTF(file.data(), static_cast<int>(file.size()), config.SizePixels, &config);
}

}  // namespace

float role_px(TextRole role) {
    switch (role) {
        case TextRole::Small: return 20.0F;
        case TextRole::Body: return 24.0F;
        case TextRole::Lead: return 28.0F;
        case TextRole::Question: return 32.0F;
        case TextRole::Title: return 40.0F;
        case TextRole::Display: return 60.0F;
    }
    return 24.0F;
}

ImFont* Fonts::get(TextRole role, Weight weight) const {
    const size_t i = index_of(role);
    if (weight == Weight::Regular && m_regular[i] != nullptr) return m_regular[i];
    return m_semibold[i];
}

void Fonts::add_to(ImFontAtlas& atlas, float size_scale, const std::vector<std::string_view>& text,
                   std::string& warning) {
    ImFontGlyphRangesBuilder ranges;
    ranges.AddRanges(atlas.GetGlyphRangesDefault());  // Basic Latin + Latin-1
    for (const ImWchar c : kExtraChars) ranges.AddChar(c);
    for (const std::string_view s : text) ranges.AddText(s.data(), s.data() + s.size());
    m_ranges.clear();
    ranges.BuildRanges(&m_ranges);

    m_regular_file = read_file(kInterRegular);
    m_semibold_file = read_file(kInterSemiBold);
    m_inter = !m_regular_file.empty() && !m_semibold_file.empty();
    if (!m_inter)
        warning = std::string("Inter not found (") + kInterRegular +
                  "); install the fonts-inter package. Using ImGui's built-in font.";

    add_sizes(atlas, size_scale);
}

void Fonts::rebuild(ImFontAtlas& atlas, float size_scale) {
    atlas.Clear();
    m_regular.fill(nullptr);
    m_semibold.fill(nullptr);
    add_sizes(atlas, size_scale);
}

void Fonts::add_sizes(ImFontAtlas& atlas, float size_scale) {
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    for (const TextRole role : kAllRoles) {
        const float px = std::round(role_px(role) * size_scale * kInterHeightPerEm);
        ImFontConfig config;
        config.SizePixels = px;
        config.GlyphRanges = m_ranges.Data;
        config.OversampleH = 1;  // FreeType renders at the exact size; no oversampling
        config.OversampleV = 1;
        if (!m_inter) {
            ImFont* font = atlas.AddFontDefault(&config);
            m_regular[index_of(role)] = font;
            m_semibold[index_of(role)] = font;
            continue;
        }
        if (role != TextRole::Title && role != TextRole::Display)
            m_regular[index_of(role)] = add_from(atlas, m_regular_file, config);
        m_semibold[index_of(role)] = add_from(atlas, m_semibold_file, config);
    }
}

}  // namespace kiosk::ui
