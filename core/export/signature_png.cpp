#include "export/signature_png.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kiosk::exporting {

namespace {

constexpr int kMaxSide = 4096;
constexpr float kInk = 28.0F;  // near-black, a little softer than pure black on paper

struct Canvas {
    int width;
    int height;
    std::vector<float> cover;  // 0..1 ink coverage per pixel

    float& at(int x, int y) { return cover[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)]; }
};

float distance_to_segment(float px, float py, float ax, float ay, float bx, float by) {
    const float dx = bx - ax, dy = by - ay;
    const float len2 = dx * dx + dy * dy;
    float t = len2 > 0.0F ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0.0F;
    t = std::clamp(t, 0.0F, 1.0F);
    const float ex = ax + t * dx - px, ey = ay + t * dy - py;
    return std::sqrt(ex * ex + ey * ey);
}

// A pixel index 0..size-1 from a float, clamped before the conversion: a
// float outside int's range converted to int is undefined behaviour.
int pixel_in(float v, int size) {
    return static_cast<int>(std::clamp(v, 0.0F, static_cast<float>(size - 1)));
}

// A round-capped line of half width `r`, coverage falling off over one pixel
// at its edge; a zero-length segment is a dot.
void draw_segment(Canvas& c, float ax, float ay, float bx, float by, float r) {
    const float reach = r + 1.0F;
    const int x0 = pixel_in(std::floor(std::min(ax, bx) - reach), c.width);
    const int x1 = pixel_in(std::ceil(std::max(ax, bx) + reach), c.width);
    const int y0 = pixel_in(std::floor(std::min(ay, by) - reach), c.height);
    const int y1 = pixel_in(std::ceil(std::max(ay, by) + reach), c.height);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const float d = distance_to_segment(static_cast<float>(x) + 0.5F, static_cast<float>(y) + 0.5F, ax, ay, bx, by);
            const float cov = std::clamp(r + 0.5F - d, 0.0F, 1.0F);
            float& px = c.at(x, y);
            px = std::max(px, cov);
        }
    }
}

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

std::vector<std::uint8_t> render_signature(const Signature& sig, int width, int height) {
    Canvas c{std::clamp(width, 1, kMaxSide), std::clamp(height, 1, kMaxSide), {}};
    c.cover.assign(static_cast<size_t>(c.width) * static_cast<size_t>(c.height), 0.0F);
    const float w = static_cast<float>(c.width), h = static_cast<float>(c.height);
    // ~3 px at the default 600 x 200; thicker in proportion on larger images.
    const float r = 1.5F * std::max(1.0F, std::min(w / 600.0F, h / 200.0F));
    for (const auto& stroke : sig.strokes) {
        std::vector<Point> pts;
        // Points off the pad are drawn at its edge (answers files are held to
        // 0..1; this keeps the image defined whatever a Signature holds).
        for (const auto& p : stroke)
            if (std::isfinite(p.x) && std::isfinite(p.y))
                pts.push_back({std::clamp(p.x, 0.0F, 1.0F) * w, std::clamp(p.y, 0.0F, 1.0F) * h});
        if (pts.size() == 1) draw_segment(c, pts[0].x, pts[0].y, pts[0].x, pts[0].y, r);
        for (size_t i = 1; i < pts.size(); ++i) draw_segment(c, pts[i - 1].x, pts[i - 1].y, pts[i].x, pts[i].y, r);
    }
    std::vector<std::uint8_t> gray(c.cover.size());
    for (size_t i = 0; i < gray.size(); ++i)
        gray[i] = static_cast<std::uint8_t>(std::lround(255.0F - c.cover[i] * (255.0F - kInk)));
    return gray;
}

std::vector<std::uint8_t> signature_png(const Signature& sig, int width, int height) {
    const int w = std::clamp(width, 1, kMaxSide), h = std::clamp(height, 1, kMaxSide);
    const auto gray = render_signature(sig, w, h);
    std::vector<std::uint8_t> png;
    if (stbi_write_png_to_func(append_bytes, &png, w, h, 1, gray.data(), w) == 0)
        throw std::runtime_error("signature_png: the PNG encoder failed");
    return png;
}

}  // namespace kiosk::exporting
