#include "widgets/text.hpp"

#include <algorithm>
#include <stdexcept>

#include "session/scrub.hpp"
#include "theme/fonts.hpp"

#include <cmath>

namespace kiosk::ui {

std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0U) != 0x80U; }));
}

std::string masked(std::string_view text, std::string_view dot) {
    std::string out;
    for (std::size_t i = code_points(text); i > 0; --i) out += dot;
    return out;
}

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

std::size_t* g_measurements = nullptr;
std::size_t g_measurement_limit = 0;

std::vector<std::string>* g_recorder = nullptr;
std::vector<ImVec2>* g_positions = nullptr;

void record(std::string_view text, ImVec2 pos) {
    if (g_recorder == nullptr || text.empty()) return;
    g_recorder->emplace_back(text);
    if (g_positions != nullptr) g_positions->push_back(pos);
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Calls `line(begin, end, index)` for every wrapped line; returns the count.
template <typename Fn>
int for_each_line(ImFont* font, std::string_view text, float width, Fn&& line) {
    if (text.empty()) return 0;
    const char* s = text.data();
    const char* const end = text.data() + text.size();
    int count = 0;
    while (s <= end) {
        const char* para_end = s;
        while (para_end < end && *para_end != '\n') ++para_end;
        const char* p = s;
        do {
            const char* wrap = font->CalcWordWrapPositionA(1.0F, p, para_end, width);
            if (wrap <= p) wrap = p + 1 <= para_end ? p + 1 : para_end;  // a word wider than the line
            const char* trimmed = wrap;
            while (trimmed > p && is_blank(trimmed[-1])) --trimmed;
            line(p, trimmed, count++);
            p = wrap;
            while (p < para_end && is_blank(*p)) ++p;
        } while (p < para_end);
        if (para_end == end) break;
        s = para_end + 1;
    }
    return count;
}

}  // namespace

ImVec2 text_size(ImFont* font, std::string_view text) {
    if (g_measurements != nullptr && ++*g_measurements > g_measurement_limit)
        throw std::logic_error("text_size: more measurements than the test allows");
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0F, text.data(), text.data() + text.size());
}

float wrapped_height(ImFont* font, std::string_view text, float width, float line_height) {
    const int lines = for_each_line(font, text, width, [](const char*, const char*, int) {});
    return static_cast<float>(lines) * std::round(font_em(font) * line_height);
}

float first_line_cap_center(ImFont* font, float line_height) {
    const float step = std::round(font_em(font) * line_height);
    return std::floor((step - font->FontSize) * 0.5F) + cap_center(font);
}

void count_text_measurements(std::size_t* counter, std::size_t limit) {
    g_measurements = counter;
    g_measurement_limit = limit;
}

std::string fit_with_ellipsis(ImFont* font, std::string_view text, float width) {
    if (text_size(font, text).x <= width) return std::string(text);
    // ends[k]: the byte length of the first k characters (ends[0] = 0).
    std::vector<std::size_t> ends{0};
    for (std::size_t i = 1; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ends.push_back(i);
    // One buffer, reserved up front, so the client's name is copied once and wiped once.
    std::string probe;
    probe.reserve(text.size() + kEllipsis.size());
    const auto cut = [&](std::size_t k) {
        std::string_view head = text.substr(0, ends[k]);
        while (!head.empty() && is_blank(head.back())) head.remove_suffix(1);
        probe.assign(head);
        probe += kEllipsis;
    };
    // The widest k whose cut fits; widths grow with k (no negative advances).
    std::size_t lo = 0;
    std::size_t hi = ends.size() - 1;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo + 1) / 2;
        cut(mid);
        if (text_size(font, probe).x <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    cut(lo);
    std::string out = probe;
    session::scrub(probe);
    return out;
}

void record_drawn_text(std::vector<std::string>* sink, std::vector<ImVec2>* positions) {
    g_recorder = sink;
    g_positions = sink != nullptr ? positions : nullptr;
}

float draw_wrapped(ImDrawList* dl, ImFont* font, ImVec2 pos, float width, ImU32 color, std::string_view text,
                   float line_height) {
    record(text, pos);
    const float step = std::round(font_em(font) * line_height);
    const float inset = std::floor((step - font->FontSize) * 0.5F);
    const int lines = for_each_line(font, text, width, [&](const char* b, const char* e, int i) {
        dl->AddText(font, font->FontSize, ImVec2(pos.x, pos.y + inset + step * static_cast<float>(i)), color, b, e);
    });
    return static_cast<float>(lines) * step;
}

float cap_center(ImFont* font) {
    // The middle of a capital, from the top of the line: what the eye centres.
    if (const ImFontGlyph* g = font->FindGlyphNoFallback('H')) return (g->Y0 + g->Y1) * 0.5F;
    return font->FontSize * 0.5F;
}

void draw_line_centered_y(ImDrawList* dl, ImFont* font, float x, float center_y, ImU32 color, std::string_view text) {
    const float top = std::round(center_y - cap_center(font));
    record(text, ImVec2(x, top));
    dl->AddText(font, font->FontSize, ImVec2(x, top), color, text.data(), text.data() + text.size());
}

std::string initial_of(std::string_view s) {
    if (s.empty()) return "";
    const auto lead = static_cast<unsigned char>(s[0]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::string out(s.substr(0, std::min(len, s.size())));
    if (len == 1 && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

}  // namespace kiosk::ui
