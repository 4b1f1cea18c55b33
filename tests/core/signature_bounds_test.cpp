// A signature's points turned into pixels: every float -> int conversion is
// range-checked, so a point far off the pad is drawn at its edge (and is no
// undefined behaviour).
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

#include "export/signature_png.hpp"

namespace kiosk {
namespace {

TEST(SignatureBounds, APointFarOffThePadIsDrawnAtItsEdge) {
    // From the middle to 1e30 pad widths to the right: the line runs to the right edge.
    const Signature far{{{{0.5F, 0.5F}, {1e30F, 0.5F}}}};
    const auto px = exporting::render_signature(far, 100, 100);
    EXPECT_LT(px[50 * 100 + 75], 128) << "inked between the middle and the edge";
    EXPECT_LT(px[50 * 100 + 99], 128) << "up to the edge";
    EXPECT_EQ(px[50 * 100 + 20], 255) << "nothing left of the start";

    const float big = std::numeric_limits<float>::max();
    const Signature corners{{{{-big, -big}, {big, big}}}};
    const auto diag = exporting::render_signature(corners, 100, 100);
    EXPECT_LT(diag[50 * 100 + 50], 128) << "clamped to the pad's corners, the diagonal is drawn";
}

}  // namespace
}  // namespace kiosk
