#include "widgets/progress_ring.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiosk::ui {

void draw_progress_ring(ImDrawList* dl, const ProgressRing& ring) {
    constexpr float kPi = std::numbers::pi_v<float>;
    const float r = (ring.diameter - ring.thickness) * 0.5F;
    dl->AddCircle(ring.center, r, ring.track, 128, ring.thickness);
    const float f = std::clamp(ring.fraction, 0.0F, 1.0F);
    if (f <= 0.0F) return;
    if (f >= 1.0F) {
        dl->AddCircle(ring.center, r, ring.arc, 128, ring.thickness);
        return;
    }
    // Clockwise on screen (y down) from 12 o'clock: angles grow from -pi/2.
    const float a0 = -kPi * 0.5F;
    const float a1 = a0 + 2.0F * kPi * f;
    const int segments = std::max(4, static_cast<int>(std::ceil(96.0F * f)));
    dl->PathArcTo(ring.center, r, a0, a1, segments);
    dl->PathStroke(ring.arc, ImDrawFlags_None, ring.thickness);
    // Round ends, as the mockup's arc has.
    const float cap = ring.thickness * 0.5F;
    dl->AddCircleFilled(ImVec2(ring.center.x + r * std::cos(a0), ring.center.y + r * std::sin(a0)), cap, ring.arc, 24);
    dl->AddCircleFilled(ImVec2(ring.center.x + r * std::cos(a1), ring.center.y + r * std::sin(a1)), cap, ring.arc, 24);
}

}  // namespace kiosk::ui
