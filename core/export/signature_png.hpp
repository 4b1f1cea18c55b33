#pragma once
// A drawn signature as an image: the strokes (0..1 pad coordinates) in dark
// ink on white, for exports (FHIR attachment, PDF). Deterministic: the same
// strokes give the same bytes.
#include <cstdint>
#include <vector>

#include "questionnaire/answer.hpp"

namespace kiosk::exporting {

// 8-bit grayscale pixels, row by row from the top (255 white, dark ink),
// lines about 3 px wide at 600 x 200, round-capped and anti-aliased (drawn
// by cairo). Sizes are clamped to 1..4096; points that are not finite are
// skipped, points outside 0..1 drawn at the edge.
[[nodiscard]] std::vector<std::uint8_t> render_signature(const Signature& sig, int width, int height);

// The same image as a PNG (8-bit RGB, written by cairo into memory).
[[nodiscard]] std::vector<std::uint8_t> signature_png(const Signature& sig, int width = 600, int height = 200);

}  // namespace kiosk::exporting
