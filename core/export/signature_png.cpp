#include "export/signature_png.hpp"

#include <cairo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "export/signature_strokes.hpp"

namespace kiosk::exporting {

namespace {

constexpr int kMaxSide = 4096;
constexpr double kInk = 28.0 / 255.0;  // near-black, a little softer than pure black on paper

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

// The strokes in ink on white, on an opaque image surface of the clamped size.
Surface draw(const Signature& sig, int width, int height) {
    Surface s{cairo_image_surface_create(CAIRO_FORMAT_RGB24, std::clamp(width, 1, kMaxSide),
                                         std::clamp(height, 1, kMaxSide)),
              cairo_surface_destroy};
    const double w = cairo_image_surface_get_width(s.get()), h = cairo_image_surface_get_height(s.get());
    cairo_t* cr = cairo_create(s.get());
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, kInk, kInk, kInk);
    // ~3 px at the default 600 x 200; thicker in proportion on larger images.
    cairo_set_line_width(cr, 3.0 * std::max(1.0, std::min(w / 600.0, h / 200.0)));
    stroke_signature(cr, sig, 0, 0, w, h);
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(s.get());
    if (status != CAIRO_STATUS_SUCCESS || cairo_surface_status(s.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("signature image: ") + cairo_status_to_string(status));
    return s;
}

// Appends to the std::vector in `closure`: the PNG stays in memory (it is
// client data), never a temporary file.
cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::vector<std::uint8_t> render_signature(const Signature& sig, int width, int height) {
    const Surface s = draw(sig, width, height);
    const int w = cairo_image_surface_get_width(s.get()), h = cairo_image_surface_get_height(s.get());
    const int stride = cairo_image_surface_get_stride(s.get());
    const unsigned char* data = cairo_image_surface_get_data(s.get());
    std::vector<std::uint8_t> gray;
    gray.reserve(static_cast<size_t>(w) * static_cast<size_t>(h));
    // RGB24 pixels are native-endian 32-bit words; the ink is grey, so any
    // channel is the grey level.
    for (int y = 0; y < h; ++y) {
        const unsigned char* row = data + static_cast<size_t>(y) * static_cast<size_t>(stride);
        for (int x = 0; x < w; ++x) {
            std::uint32_t px = 0;
            std::memcpy(&px, row + 4 * static_cast<size_t>(x), sizeof px);
            gray.push_back(static_cast<std::uint8_t>(px & 0xFFU));
        }
    }
    return gray;
}

std::vector<std::uint8_t> signature_png(const Signature& sig, int width, int height) {
    const Surface s = draw(sig, width, height);
    std::vector<std::uint8_t> png;
    if (const cairo_status_t st = cairo_surface_write_to_png_stream(s.get(), append_bytes, &png);
        st != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("signature_png: ") + cairo_status_to_string(st));
    return png;
}

}  // namespace kiosk::exporting
