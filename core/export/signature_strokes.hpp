#pragma once
// A signature's strokes as cairo paths, shared by the PNG (FHIR) and the PDF
// so both draw the same ink from the same points.
#include <cairo.h>

#include "questionnaire/answer.hpp"

namespace kiosk::exporting {

// Strokes each of `sig`'s strokes (0..1 pad coordinates) over the box at
// (x, y) of `width` x `height`, with round caps and joins in the source and
// line width `cr` already has. Points that are not finite are skipped and
// points off the pad are drawn at its edge, so every coordinate handed to
// cairo is inside the box; a one-point stroke is a dot.
void stroke_signature(cairo_t* cr, const Signature& sig, double x, double y, double width, double height);

}  // namespace kiosk::exporting
