#pragma once
// Text drawing with Inter's proportions: ImGui 1.86 spaces lines by the font
// size, which is too tight for reading, so wrapped text is laid out here with
// an explicit line height.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

// Line heights in em (see font_em).
inline constexpr float kLineHeight = 1.25F;         // Inter's own (mockups/README.md)
inline constexpr float kReadingLineHeight = 1.36F;  // lead paragraphs (welcome line)

[[nodiscard]] ImVec2 text_size(ImFont* font, std::string_view text);

// Wrapped height of `text` at `width` (no drawing).
[[nodiscard]] float wrapped_height(ImFont* font, std::string_view text, float width, float line_height = kLineHeight);

// Draws `text` left-aligned from `pos` (top-left), wrapped at `width`,
// honouring '\n'. Returns the height used.
float draw_wrapped(ImDrawList* dl, ImFont* font, ImVec2 pos, float width, ImU32 color, std::string_view text,
                   float line_height = kLineHeight);

// Offset from the top of a block drawn by draw_wrapped to the middle of the
// capitals of its first line.
[[nodiscard]] float first_line_cap_center(ImFont* font, float line_height = kLineHeight);

// Offset from a line's top to the middle of its capitals.
[[nodiscard]] float cap_center(ImFont* font);

// The first UTF-8 code point of `s`, upper-cased when it is ASCII (the
// clinic's initial in its wordmark).
[[nodiscard]] std::string initial_of(std::string_view s);

// Characters (UTF-8 code points) in `s`.
[[nodiscard]] std::size_t code_points(std::string_view s);
// `dot` once per character of `text`: a passphrase as it is shown.
[[nodiscard]] std::string masked(std::string_view text, std::string_view dot = "\xE2\x80\xA2");
// One line, no wrapping, its capitals vertically centred on `center_y`.
void draw_line_centered_y(ImDrawList* dl, ImFont* font, float x, float center_y, ImU32 color, std::string_view text);

// `text` on one line of at most `width`: whole when it fits, else its longest
// run of whole characters (trailing blanks dropped) followed by "…" (just "…"
// when even one character does not fit). A binary search: about log2(n)
// measurements for n characters.
[[nodiscard]] std::string fit_with_ellipsis(ImFont* font, std::string_view text, float width);

// Tests: every text_size() call adds one to `*counter` (nullptr turns it
// off); the call after `limit` throws std::logic_error, so a measuring loop
// that never ends fails the test instead of hanging it.
void count_text_measurements(std::size_t* counter, std::size_t limit);

// Tests: while set, every string drawn by draw_wrapped and
// draw_line_centered_y is appended to `sink` (nullptr turns it off), and
// where it was drawn (its top-left) to `positions` when given, so a test can
// read what a screen shows and where.
void record_drawn_text(std::vector<std::string>* sink, std::vector<ImVec2>* positions = nullptr);

}  // namespace kiosk::ui
