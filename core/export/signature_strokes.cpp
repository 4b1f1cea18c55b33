#include "export/signature_strokes.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::exporting {

void stroke_signature(cairo_t* cr, const Signature& sig, double x, double y, double width, double height) {
    cairo_save(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const auto& stroke : sig.strokes) {
        bool started = false;
        for (const auto& p : stroke) {
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
            // Clamped before scaling: answers files hold points to 0..1, and
            // this keeps any Signature's coordinates inside cairo's range.
            const double px = x + std::clamp(static_cast<double>(p.x), 0.0, 1.0) * width;
            const double py = y + std::clamp(static_cast<double>(p.y), 0.0, 1.0) * height;
            if (started) cairo_line_to(cr, px, py);
            else cairo_move_to(cr, px, py);
            started = true;
        }
        if (started) {
            cairo_rel_line_to(cr, 0, 0);  // a one-point stroke still shows as a dot (round cap)
            cairo_stroke(cr);
        }
    }
    cairo_restore(cr);
}

}  // namespace kiosk::exporting
