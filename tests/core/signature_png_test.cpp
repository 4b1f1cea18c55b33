// The signature PNG read back with cairo's own PNG reader: the size asked
// for, ink along the stroke, white away from it.
#include <gtest/gtest.h>

#include <cairo.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "export/signature_png.hpp"

namespace kiosk {
namespace {

struct Reader {
    const std::vector<std::uint8_t>& bytes;
    size_t at = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->bytes.size() - r->at < length) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, r->bytes.data() + r->at, length);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
}

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

Surface decode(const std::vector<std::uint8_t>& png) {
    Reader r{png};
    return {cairo_image_surface_create_from_png_stream(read_bytes, &r), cairo_surface_destroy};
}

// The green channel of an opaque pixel: the ink is grey, so any channel is its level.
int level(cairo_surface_t* s, int x, int y) {
    const unsigned char* row = cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s);
    std::uint32_t px = 0;
    std::memcpy(&px, row + 4 * x, sizeof px);
    return static_cast<int>((px >> 8) & 0xFFU);
}

TEST(SignaturePng, DecodesToTheSizeWithInkAlongTheStrokeOnly) {
    // An L: across the middle from 10% to 90%, then down to the bottom.
    const Signature sig{{{{0.1F, 0.5F}, {0.9F, 0.5F}, {0.9F, 0.95F}}}};
    const Surface s = decode(exporting::signature_png(sig));
    ASSERT_EQ(cairo_surface_status(s.get()), CAIRO_STATUS_SUCCESS);
    ASSERT_EQ(cairo_image_surface_get_width(s.get()), 600);
    ASSERT_EQ(cairo_image_surface_get_height(s.get()), 200);
    cairo_surface_flush(s.get());
    for (const int x : {61, 150, 300, 450, 539}) EXPECT_LT(level(s.get(), x, 100), 64) << "on the stroke at x " << x;
    for (const int y : {110, 150, 185}) EXPECT_LT(level(s.get(), 540, y), 64) << "on the down stroke at y " << y;
    // Round caps: ink a pixel past the first point, none a few pixels on.
    EXPECT_LT(level(s.get(), 59, 100), 200);
    EXPECT_EQ(level(s.get(), 54, 100), 255);
    for (const int x : {0, 30, 300, 599}) {
        EXPECT_EQ(level(s.get(), x, 10), 255) << "far above the stroke at x " << x;
        EXPECT_EQ(level(s.get(), x, 92), 255) << "beside the line's width at x " << x;
    }
    EXPECT_EQ(level(s.get(), 300, 180), 255) << "inside the L's corner";
}

TEST(SignaturePng, ALargerImageDrawsAThickerLine) {
    const Signature line{{{{0.1F, 0.5F}, {0.9F, 0.5F}}}};
    const Surface s = decode(exporting::signature_png(line, 1200, 400));
    ASSERT_EQ(cairo_image_surface_get_width(s.get()), 1200);
    ASSERT_EQ(cairo_image_surface_get_height(s.get()), 400);
    cairo_surface_flush(s.get());
    int inked = 0;
    for (int y = 180; y < 220; ++y) inked += level(s.get(), 600, y) < 128 ? 1 : 0;
    EXPECT_GE(inked, 5) << "about 6 px at twice the default size";
    EXPECT_LE(inked, 7);
}

}  // namespace
}  // namespace kiosk
