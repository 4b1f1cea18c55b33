#include "widgets/signature_pad.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <imgui_internal.h>

#include "questionnaire/answer_limits.hpp"
#include "theme/review_strings.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kRadius = 16.0F;
constexpr float kBaseline = 0.72F;  // of the pad's height, from its top
constexpr float kSideInset = 32.0F;
constexpr float kInk = 3.0F;
constexpr float kMinStep = 1.5F;  // px between kept points
constexpr float kDrop = 4.0F;

void scrub_stroke(std::vector<kiosk::Point>& stroke) {
    std::fill(stroke.begin(), stroke.end(), kiosk::Point{});
    stroke.clear();
}

kiosk::Point normalised(ImVec2 p, ImVec2 min, ImVec2 max) {
    const float w = std::max(1.0F, max.x - min.x);
    const float h = std::max(1.0F, max.y - min.y);
    return {std::clamp((p.x - min.x) / w, 0.0F, 1.0F), std::clamp((p.y - min.y) / h, 0.0F, 1.0F)};
}

void draw_stroke(ImDrawList* dl, const std::vector<kiosk::Point>& stroke, ImVec2 min, ImVec2 max, ImU32 color,
                 float width) {
    if (stroke.empty()) return;
    std::vector<ImVec2> pts;
    pts.reserve(stroke.size());
    for (const kiosk::Point& p : stroke)
        pts.emplace_back(min.x + p.x * (max.x - min.x), min.y + p.y * (max.y - min.y));
    if (pts.size() == 1) {
        dl->AddCircleFilled(pts[0], width * 0.5F, color, 12);
        return;
    }
    // Range-checked size_t -> int (a stroke is bounded by kSignaturePoints anyway).
    const int n = static_cast<int>(std::min(pts.size(), static_cast<size_t>(std::numeric_limits<int>::max())));
    dl->AddPolyline(pts.data(), n, color, ImDrawFlags_None, width);
}

void draw_cross(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float h = size * 0.5F;
    dl->AddLine(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), color, stroke);
    dl->AddLine(ImVec2(c.x - h, c.y + h), ImVec2(c.x + h, c.y - h), color, stroke);
}

const kiosk::Signature* signature_of(const session::IntakeSession& s, std::string_view id) {
    const kiosk::Answer* a = s.answer(id);
    return a == nullptr ? nullptr : std::get_if<kiosk::Signature>(a);
}

}  // namespace

void draw_signature(ImDrawList* dl, const kiosk::Signature& sig, ImVec2 min, ImVec2 max, ImU32 color, float stroke) {
    for (const auto& s : sig.strokes) draw_stroke(dl, s, min, max, color, stroke);
}

void SignaturePadState::reset() {
    scrub_stroke(stroke);
    active = false;
    item.clear();
}

bool signature_pad(UiContext& ui, session::IntakeSession& s, SignaturePadState& st, const kiosk::Item& item,
                   ImVec2 min, ImVec2 max) {
    const Palette& c = ui.colors();
    const std::string_view id = item.id;

    ui.registry.add(id, min, max);
    // The press belongs to the pad: no scroll region under it moves.
    claim_pointer(ui, id, min, max);
    const ImGuiID gid = ImGui::GetID(id.data(), id.data() + id.size());
    const ImRect rect(min, max);
    bool held = false;
    if (ImGui::ItemAdd(rect, gid)) {
        bool hovered = false;
        (void)ImGui::ButtonBehavior(rect, gid, &hovered, &held, ImGuiButtonFlags_None);
    }

    bool stored = false;
    const ImGuiIO& io = ImGui::GetIO();
    if (held) {
        if (!st.active || st.item != id) {
            scrub_stroke(st.stroke);
            st.item = std::string(id);
            st.active = true;
            st.stroke.push_back(normalised(io.MouseClickedPos[0], min, max));
            st.last = io.MouseClickedPos[0];
        }
        const ImVec2 p = io.MousePos;
        const float dx = p.x - st.last.x;
        const float dy = p.y - st.last.y;
        // No more points than an answers file may carry (limits.hpp): what
        // the pad draws, `check` and `submit` accept.
        const kiosk::Signature* given = signature_of(s, id);
        const bool room = (given != nullptr ? given->points() : 0) + st.stroke.size() < kiosk::limits::kSignaturePoints;
        if (room && ImGui::IsMousePosValid(&p) && dx * dx + dy * dy >= ui.px(kMinStep) * ui.px(kMinStep)) {
            st.stroke.push_back(normalised(p, min, max));
            st.last = p;
        }
    } else if (st.active && st.item == id) {
        // The finger lifted: the stroke joins the signature.
        st.active = false;
        const kiosk::Signature* given = signature_of(s, id);
        if (st.stroke.size() >= 2 && (given == nullptr || (given->strokes.size() < kiosk::limits::kSignatureStrokes &&
                                                           given->points() + st.stroke.size() <= kiosk::limits::kSignaturePoints))) {
            kiosk::Signature sig;
            if (given != nullptr) sig = *given;
            sig.strokes.push_back(st.stroke);
            stored = s.set_answer(id, std::move(sig));
        }
        scrub_stroke(st.stroke);
    }

    // The box.
    const bool error = !s.problems_for(id).empty();
    const float r = ui.px(kRadius);
    if (error) {
        const float halo = ui.px(4.0F);
        ui.draw->AddRectFilled(ImVec2(min.x - halo, min.y - halo), ImVec2(max.x + halo, max.y + halo), c.error_tint,
                               r + halo);
    }
    ui.draw->AddRectFilled(min, max, c.paper, r);
    const float half = ui.px(1.0F);
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half),
                     error ? c.error : c.outline, r - half, ImDrawFlags_None, ui.px(2.0F));

    // Baseline, the cross at its start, the hint under it.
    const float inset = ui.px(kSideInset);
    const float base_y = std::round(min.y + (max.y - min.y) * kBaseline);
    ui.draw->AddLine(ImVec2(min.x + inset, base_y), ImVec2(max.x - inset, base_y), c.line_strong, ui.px(1.5F));
    const float cross = ui.px(16.0F);
    draw_cross(ui.draw, ImVec2(min.x + inset + cross * 0.5F + ui.px(4.0F), base_y - cross * 0.5F - ui.px(8.0F)), cross,
               c.ink3, ui.px(2.0F));
    const std::string& hint = item.hint.in(s.language());
    if (!hint.empty()) {
        ImFont* small = ui.theme.font(TextRole::Small);
        ui.draw->PushClipRect(min, max, true);
        draw_line_centered_y(ui.draw, small, min.x + inset, base_y + ui.px(6.0F) + cap_center(small), c.ink3, hint);
        ui.draw->PopClipRect();
    }

    // The ink, clipped to the pad.
    ui.draw->PushClipRect(min, max, true);
    if (const kiosk::Signature* sig = signature_of(s, id)) draw_signature(ui.draw, *sig, min, max, c.ink, ui.px(kInk));
    if (st.active && st.item == id) draw_stroke(ui.draw, st.stroke, min, max, c.ink, ui.px(kInk));
    ui.draw->PopClipRect();
    return stored;
}

float signature_clear_width(const UiContext& ui, std::string_view lang) {
    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    return text_size(font, review_text(ReviewText::Clear, lang)).x + ui.px(24.0F + 16.0F + 10.0F + 24.0F);
}

bool signature_clear_button(UiContext& ui, session::IntakeSession& s, SignaturePadState& st, const kiosk::Item& item,
                            ImVec2 min, ImVec2 max) {
    const std::string id = item.id + "=clear";
    const TouchState touch = touch_target(ui, id, min, ImVec2(max.x, max.y + ui.px(kDrop)));
    const Palette& c = ui.colors();
    const float r = ui.px(kRadius);
    const float drop = touch.pressed ? ui.px(kDrop) : 0.0F;
    if (!touch.pressed)
        ui.draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(kDrop)), ImVec2(max.x, max.y + ui.px(kDrop)), c.shadow, r);
    const ImVec2 a(min.x, min.y + drop);
    const ImVec2 b(max.x, max.y + drop);
    ui.draw->AddRectFilled(a, b, touch.pressed ? c.sand : c.paper, r);
    const float half = ui.px(1.0F);
    ui.draw->AddRect(ImVec2(a.x + half, a.y + half), ImVec2(b.x - half, b.y - half), c.line_strong, r - half,
                     ImDrawFlags_None, ui.px(2.0F));
    ImFont* font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const std::string_view label = review_text(ReviewText::Clear, s.language());
    const float icon = ui.px(16.0F);
    const float total = icon + ui.px(10.0F) + text_size(font, label).x;
    const float x = std::round((a.x + b.x - total) * 0.5F);
    const float cy = (a.y + b.y) * 0.5F;
    draw_cross(ui.draw, ImVec2(x + icon * 0.5F, cy), icon, c.ink, ui.px(2.5F));
    draw_line_centered_y(ui.draw, font, x + icon + ui.px(10.0F), cy, c.ink, label);
    if (!touch.tapped) return false;
    scrub_stroke(st.stroke);
    st.active = false;
    return s.clear_answer(item.id);
}

}  // namespace kiosk::ui
