// The queue (06-queue.png): the Teal header (clinic, practitioner, Lock) and
// the list pane: search by name, a chip per disposition with its count, the
// "not reviewed only" switch, and the submissions newest first (time, an
// unread dot, the name, the review state, the severity badge). Only the rows
// in view are drawn; more than a page is loaded by "Show more".
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "screens/practitioner_mode.hpp"
#include "session/scrub.hpp"
#include "text/date_words.hpp"
#include "text/outcome_words.hpp"
#include "text/text_catalogue.hpp"
#include "theme/fonts.hpp"
#include "widgets/buttons.hpp"
#include "widgets/icons.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/page_chrome.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/severity_badge.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

constexpr float kRowHeight = 80.0F;
constexpr float kChipHeight = 48.0F;
constexpr float kSearchHeight = 56.0F;
constexpr std::size_t kMaxSearchBytes = 60;

ImU32 with_alpha(ImU32 color, int alpha) {
    return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

std::string initials(std::string_view name) {
    std::string out;
    bool start = true;
    for (size_t i = 0; i < name.size() && out.size() < 8; ++i) {
        if (name[i] == ' ') {
            start = true;
        } else if (start) {
            out += initial_of(name.substr(i));
            start = false;
        }
    }
    return out.empty() ? "?" : out;
}

// The Teal bar across the top of every unlocked screen; notes Lock or a language tapped.
void draw_header(UiContext& ui, const practitioner::PractitionerSession& s, std::string_view clinic_name, Date today,
                 std::string_view lang, QueueIntent& intent) {
    const Palette& c = ui.colors();
    const float h = ui.px(kPracHeader);
    const ImVec2 a = ui.origin;
    const ImVec2 b(ui.origin.x + ui.size.x, ui.origin.y + h);
    ui.draw->AddRectFilled(a, b, c.primary);
    const float cy = a.y + h * 0.5F;
    const float m = ui.px(kPracMargin);
    ImFont* semi = ui.theme.font(TextRole::Small, Weight::SemiBold);
    ImFont* small = ui.theme.font(TextRole::Small);

    // Wordmark: a ringed initial and the clinic's name.
    const float ring = ui.px(20.0F);
    float x = a.x + m;
    ui.draw->AddCircle(ImVec2(x + ring, cy), ring, c.on_primary, 40, ui.px(2.0F));
    const std::string initial = initial_of(clinic_name.empty() ? std::string_view("K") : clinic_name);
    const float iw = text_size(semi, initial).x;
    draw_line_centered_y(ui.draw, semi, std::round(x + ring - iw * 0.5F), cy, c.on_primary, initial);
    x += 2.0F * ring + ui.px(16.0F);
    if (!clinic_name.empty()) {
        draw_line_centered_y(ui.draw, semi, x, cy, c.on_primary, clinic_name);
        x += text_size(semi, clinic_name).x + ui.px(20.0F);
        ui.draw->AddLine(ImVec2(x, cy - ui.px(16.0F)), ImVec2(x, cy + ui.px(16.0F)), with_alpha(c.on_primary, 110),
                         ui.px(1.5F));
        x += ui.px(20.0F);
    }
    const std::string where = text::tr(lang, "practitioner.header.where", {{"date", text::weekday_date(today, lang)}});

    // Right: the practitioner and Lock.
    const std::string_view lock_label = text::tr(lang, "practitioner.header.lock");
    ImFont* label_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float lock_w = ui.px(28.0F + 24.0F + 12.0F + 24.0F) + text_size(label_font, lock_label).x;
    const float lock_h = ui.px(56.0F);
    const ImVec2 l0(b.x - m - lock_w, cy - lock_h * 0.5F);
    const ImVec2 l1(b.x - m, cy + lock_h * 0.5F);
    const TouchState t = touch_target(ui, "lock", l0, l1);
    const float drop = t.pressed ? ui.px(3.0F) : 0.0F;
    if (!t.pressed)
        ui.draw->AddRectFilled(ImVec2(l0.x, l0.y + ui.px(3.0F)), ImVec2(l1.x, l1.y + ui.px(3.0F)), c.primary_pressed,
                               ui.px(14.0F));
    ui.draw->AddRectFilled(ImVec2(l0.x, l0.y + drop), ImVec2(l1.x, l1.y + drop), t.pressed ? c.sand : c.paper,
                           ui.px(14.0F));
    icons::lock(ui.draw, ImVec2(l0.x + ui.px(28.0F + 12.0F), cy + drop), ui.px(24.0F), c.primary, ui.px(2.5F));
    draw_line_centered_y(ui.draw, label_font, l0.x + ui.px(28.0F + 24.0F + 12.0F), cy + drop, c.primary, lock_label);

    const std::string& who = s.practitioner();
    ImFont* name_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    const float name_w = text_size(name_font, who).x;
    // The practitioner's language, left of Lock.
    float toggle_w = 0.0F;
    intent.lang = draw_language_toggle(ui, lang, l0.x - ui.px(20.0F), cy, toggle_w);
    const float name_x = l0.x - ui.px(20.0F) - toggle_w - ui.px(24.0F) - name_w;
    draw_line_centered_y(ui.draw, name_font, name_x, cy, c.on_primary, who);
    const float av = ui.px(20.0F);
    const ImVec2 av_c(name_x - ui.px(12.0F) - av, cy);
    ui.draw->AddCircleFilled(av_c, av, c.primary_tint, 40);
    const std::string ini = initials(who);
    draw_line_centered_y(ui.draw, semi, std::round(av_c.x - text_size(semi, ini).x * 0.5F), cy, c.primary, ini);

    // The date line, when there is room for it.
    if (x + text_size(small, where).x < av_c.x - av - ui.px(24.0F))
        draw_line_centered_y(ui.draw, ui.theme.font(TextRole::Body), x, cy, with_alpha(c.on_primary, 220), where);
    if (t.tapped) intent.lock = true;
}

struct Chip {
    std::string id;
    std::string label;
    std::int64_t count;
    std::optional<Severity> severity;
};

float chip_width(const UiContext& ui, const Chip& chip) {
    ImFont* semi = ui.theme.font(TextRole::Small, Weight::SemiBold);
    ImFont* reg = ui.theme.font(TextRole::Small);
    const float dot = chip.severity ? ui.px(10.0F + 10.0F) : 0.0F;
    return std::round(ui.px(18.0F) + dot + text_size(semi, chip.label).x + ui.px(8.0F) +
                      text_size(reg, std::to_string(chip.count)).x + ui.px(18.0F));
}

bool draw_chip(UiContext& ui, const Chip& chip, bool selected, ImVec2 pos) {
    const Palette& c = ui.colors();
    const ImVec2 max(pos.x + chip_width(ui, chip), pos.y + ui.px(kChipHeight));
    const TouchState t = touch_target(ui, chip.id, pos, max);
    const float r = (max.y - pos.y) * 0.5F;
    const ImU32 fill = selected ? (t.pressed ? c.primary_pressed : c.primary) : (t.pressed ? c.sand : c.paper);
    ui.draw->AddRectFilled(pos, max, fill, r);
    if (!selected) ui.draw->AddRect(pos, max, c.line_strong, r, ImDrawFlags_None, ui.px(2.0F));
    const float cy = (pos.y + max.y) * 0.5F;
    float x = pos.x + ui.px(18.0F);
    if (chip.severity) {
        ui.draw->AddCircleFilled(ImVec2(x + ui.px(5.0F), cy), ui.px(5.0F),
                                 selected ? c.on_primary : severity_colors(*chip.severity).dot, 16);
        x += ui.px(20.0F);
    }
    ImFont* semi = ui.theme.font(TextRole::Small, Weight::SemiBold);
    draw_line_centered_y(ui.draw, semi, x, cy, selected ? c.on_primary : c.ink, chip.label);
    x += text_size(semi, chip.label).x + ui.px(8.0F);
    draw_line_centered_y(ui.draw, ui.theme.font(TextRole::Small), x, cy, selected ? c.on_primary : c.ink2,
                         std::to_string(chip.count));
    return t.tapped;
}

// An on/off switch with its label to the left; true when tapped.
bool draw_switch(UiContext& ui, std::string_view id, std::string_view label, bool on, float right, float cy) {
    const Palette& c = ui.colors();
    ImFont* semi = ui.theme.font(TextRole::Small, Weight::SemiBold);
    const float tw = ui.px(52.0F);
    const float th = ui.px(32.0F);
    const float lw = text_size(semi, label).x;
    const ImVec2 t0(right - tw, cy - th * 0.5F);
    const ImVec2 t1(right, cy + th * 0.5F);
    // The whole line is the target (at least 48 px tall).
    const TouchState t = touch_target(ui, id, ImVec2(t0.x - ui.px(12.0F) - lw, cy - ui.px(24.0F)),
                                      ImVec2(right, cy + ui.px(24.0F)));
    draw_line_centered_y(ui.draw, semi, t0.x - ui.px(12.0F) - lw, cy, c.ink, label);
    ui.draw->AddRectFilled(t0, t1, on ? c.primary : (t.pressed ? c.line_strong : c.line), th * 0.5F);
    const float knob = th * 0.5F - ui.px(4.0F);
    ui.draw->AddCircleFilled(ImVec2(on ? t1.x - th * 0.5F : t0.x + th * 0.5F, cy), knob, c.paper, 24);
    return t.tapped;
}

std::string_view review_state(const storage::SubmissionMeta& m, std::string_view lang) {
    return text::tr(lang, m.reviewed ? "practitioner.queue.reviewed" : "practitioner.queue.not_reviewed");
}

}  // namespace

QueueIntent draw_queue(UiContext& ui, QueueState& st, const practitioner::PractitionerSession& s,
                       std::string_view clinic_name, Date today, float pane_right, std::string_view lang) {
    QueueIntent intent;
    const Palette& c = ui.colors();
    draw_header(ui, s, clinic_name, today, lang, intent);

    const float m = ui.px(kPracMargin);
    const float left = ui.origin.x + m;
    const float right = pane_right - m;
    const float width = right - left;
    const float top = ui.origin.y + ui.px(kPracHeader);
    const float bottom = ui.origin.y + ui.size.y - (st.search_focused ? keyboard_height(ui) : 0.0F);
    ui.draw->AddRectFilled(ImVec2(ui.origin.x, top), ImVec2(pane_right, ui.origin.y + ui.size.y), c.background);
    ui.draw->AddLine(ImVec2(pane_right, top), ImVec2(pane_right, ui.origin.y + ui.size.y), c.line, ui.px(1.5F));

    // Search.
    float y = top + ui.px(24.0F);
    {
        const ImVec2 s0(left, y);
        const ImVec2 s1(right, y + ui.px(kSearchHeight));
        // The clear button (when there is text) is its own target at the right end.
        const float clear_w = st.search.empty() ? 0.0F : ui.px(56.0F);
        const TouchState t = touch_target(ui, "search", s0, ImVec2(s1.x - clear_w, s1.y));
        ui.draw->AddRectFilled(s0, s1, c.paper, ui.px(14.0F));
        ui.draw->AddRect(s0, s1, st.search_focused ? c.primary : c.outline, ui.px(14.0F), ImDrawFlags_None,
                         ui.px(st.search_focused ? 3.0F : 2.0F));
        const float cy = (s0.y + s1.y) * 0.5F;
        icons::search(ui.draw, ImVec2(left + ui.px(32.0F), cy), ui.px(24.0F), c.ink2, ui.px(2.5F));
        ImFont* f = ui.theme.font(TextRole::Body);
        const float tx = left + ui.px(60.0F);
        if (st.search.empty()) {
            draw_line_centered_y(ui.draw, f, tx, cy, c.ink3, text::tr(lang, "practitioner.queue.search"));
        } else {
            draw_line_centered_y(ui.draw, f, tx, cy, c.ink, st.search);
        }
        if (st.search_focused) {
            const float cx = tx + (st.search.empty() ? 0.0F : text_size(f, st.search).x) + ui.px(2.0F);
            ui.draw->AddLine(ImVec2(cx, cy - ui.px(14.0F)), ImVec2(cx, cy + ui.px(14.0F)), c.primary, ui.px(2.0F));
        }
        if (!st.search.empty()) {
            const ImVec2 x0(right - ui.px(56.0F), s0.y);
            const TouchState ct = touch_target(ui, "search.clear", x0, s1);
            icons::cross(ui.draw, ImVec2(x0.x + ui.px(28.0F), cy), ui.px(16.0F), ct.pressed ? c.ink : c.ink2,
                       ui.px(2.5F));
            if (ct.tapped) {
                st.search.clear();
                intent.query_changed = true;
            }
        } else if (t.tapped) {
            st.search_focused = true;
            st.keyboard = {};
            st.keyboard.shift = true;
        }
        if (t.tapped && !st.search.empty()) st.search_focused = true;
        y = s1.y + ui.px(20.0F);
    }

    // Chips with counts, most severe first.
    {
        std::vector<Chip> chips;
        chips.push_back({"filter=all", std::string(text::tr(lang, "practitioner.queue.all")), st.counts.total, std::nullopt});
        for (const Severity sev :
             {Severity::Decline, Severity::Defer, Severity::Clearance, Severity::Review, Severity::Clear})
            chips.push_back({"filter=" + std::string(to_string(sev)), std::string(text::severity_word(sev, lang)),
                             st.counts.of(sev), sev});
        float x = left;
        const float gap = ui.px(12.0F);
        for (const Chip& chip : chips) {
            const float w = chip_width(ui, chip);
            if (x > left && x + w > right) {
                x = left;
                y += ui.px(kChipHeight) + gap;
            }
            const bool selected = chip.severity == st.disposition;
            if (draw_chip(ui, chip, selected, ImVec2(x, y)) && !selected) {
                st.disposition = chip.severity;
                intent.query_changed = true;
            }
            x += w + gap;
        }
        y += ui.px(kChipHeight) + ui.px(20.0F);
    }

    // The count line (or the name index's progress) and the switch.
    {
        const float cy = y + ui.px(20.0F);
        ImFont* semi = ui.theme.font(TextRole::Small, Weight::SemiBold);
        ImFont* reg = ui.theme.font(TextRole::Small);
        const std::string_view switch_label = text::tr(lang, "practitioner.queue.unreviewed_only");
        const practitioner::IndexProgress p = s.index_progress();
        if (!p.complete() && (!st.search.empty() || p.total > 0)) {
            const float frac = p.total == 0 ? 1.0F : static_cast<float>(p.done) / static_cast<float>(p.total);
            const std::string label =
                text::tr(lang, "practitioner.queue.reading_names", {{"percent", std::to_string(static_cast<int>(frac * 100.0F))}});
            draw_line_centered_y(ui.draw, reg, left, cy - ui.px(6.0F), c.ink2, label);
            const float bw = std::min(ui.px(180.0F), width * 0.4F);
            const float by = cy + ui.px(12.0F);
            ui.draw->AddRectFilled(ImVec2(left, by), ImVec2(left + bw, by + ui.px(6.0F)), c.sand, ui.px(3.0F));
            ui.draw->AddRectFilled(ImVec2(left, by), ImVec2(left + bw * frac, by + ui.px(6.0F)), c.primary,
                                   ui.px(3.0F));
        } else {
            const std::string n = std::to_string(st.page.total);
            draw_line_centered_y(ui.draw, semi, left, cy, c.ink, n);
            // Cut short rather than run under the switch (Spanish is longer).
            const float room = right - ui.px(52.0F + 12.0F + 16.0F) - text_size(semi, switch_label).x -
                               (left + text_size(semi, n).x);
            const std::string what(
                text::tr(lang, st.search.empty() ? "practitioner.queue.shown" : "practitioner.queue.matching"));
            draw_line_centered_y(ui.draw, reg, left + text_size(semi, n).x, cy, c.ink2,
                                 fit_with_ellipsis(reg, " " + what, room));
        }
        if (draw_switch(ui, "unreviewed", switch_label, st.unreviewed_only, right, cy)) {
            st.unreviewed_only = !st.unreviewed_only;
            intent.query_changed = true;
        }
        y = cy + ui.px(32.0F);
    }

    // The list.
    ui.draw->AddLine(ImVec2(left, y), ImVec2(right, y), c.line, ui.px(1.5F));
    const float row_h = ui.px(kRowHeight);
    {
        ScrollRegion list(ui, "queue.list", st.list, ImVec2(left, y), ImVec2(right + ui.px(12.0F), bottom));
        float ry = y - list.offset();
        ImFont* time_font = ui.theme.font(TextRole::Small, Weight::SemiBold);
        ImFont* name_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
        ImFont* meta_font = ui.theme.font(TextRole::Small);
        size_t position = 0;
        for (const practitioner::QueueRow& row : st.page.rows) {
            const ImVec2 r0(left, ry);
            const ImVec2 r1(right, ry + row_h);
            const std::string id = "row=" + row.meta.id;
            // Scripts that cannot know an id aim by position: row#1 is the newest shown.
            ui.registry.add("row#" + std::to_string(++position), r0, r1);
            const TouchState t = touch_target(ui, id, r0, r1);
            if (t.tapped) intent.open = row.meta.id;
            if (r1.y >= y && r0.y <= bottom) {
                const bool sel = row.meta.id == st.selected;
                if (sel || t.pressed) {
                    ui.draw->AddRectFilled(r0, ImVec2(r1.x, r1.y - ui.px(2.0F)), sel ? c.primary_tint : c.sand,
                                           ui.px(16.0F));
                    if (sel)
                        ui.draw->AddRectFilled(r0, ImVec2(r0.x + ui.px(5.0F), r1.y - ui.px(2.0F)), c.primary,
                                               ui.px(2.0F));
                } else {
                    ui.draw->AddLine(ImVec2(left, r1.y), ImVec2(right, r1.y), c.line, ui.px(1.5F));
                }
                const float cy = (r0.y + r1.y) * 0.5F;
                draw_line_centered_y(ui.draw, time_font, left + ui.px(20.0F), cy, c.ink2,
                                     text::local_clock_time(row.meta.submitted_at_ms));
                const float dot_x = left + ui.px(104.0F);
                if (!row.meta.reviewed) ui.draw->AddCircleFilled(ImVec2(dot_x, cy - ui.px(12.0F)), ui.px(5.0F), c.primary, 16);
                const float nx = dot_x + ui.px(16.0F);
                const float badge_w = severity_badge_width(ui, row.meta.disposition, lang);
                const float name_room = right - ui.px(16.0F) - badge_w - ui.px(12.0F) - nx;
                std::string shown =
                    row.name.empty() ? std::string("\xE2\x80\xA6") : fit_with_ellipsis(name_font, row.name, name_room);
                draw_line_centered_y(ui.draw, name_font, nx, cy - ui.px(12.0F), c.ink, shown);
                session::scrub(shown);
                // The day, unless it is today.
                const std::string day = text::local_short_day(row.meta.submitted_at_ms, lang);
                const std::string meta =
                    std::string(review_state(row.meta, lang)) +
                    (day != text::short_date(today, lang) ? " \xC2\xB7 " + day : std::string());
                if (row.meta.reviewed)
                    icons::check(ui.draw, ImVec2(nx + ui.px(8.0F), cy + ui.px(16.0F)), ui.px(16.0F), c.ink2, ui.px(2.0F));
                draw_line_centered_y(ui.draw, meta_font, nx + (row.meta.reviewed ? ui.px(24.0F) : 0.0F),
                                     cy + ui.px(16.0F), c.ink2, meta);
                (void)draw_severity_badge(ui, row.meta.disposition, lang,
                                          ImVec2(right - ui.px(16.0F) - badge_w, std::round(cy - ui.px(18.0F))));
            }
            ry += row_h;
        }
        float content = row_h * static_cast<float>(st.page.rows.size());
        if (st.page.rows.empty()) {
            const std::string_view empty =
                text::tr(lang, st.search.empty() ? "practitioner.queue.empty" : "practitioner.queue.no_match");
            draw_wrapped(ui.draw, ui.theme.font(TextRole::Body), ImVec2(left + ui.px(8.0F), ry + ui.px(24.0F)),
                         width - ui.px(16.0F), c.ink2, empty);
            content = ui.px(96.0F);
        } else if (st.page.rows.size() < st.page.total) {
            const std::string label =
                text::tr(lang, "practitioner.queue.show_more", {{"n", std::to_string(st.page.total - st.page.rows.size())}});
            const float bw = secondary_button_width(ui, label, false);
            const float by = ry + ui.px(20.0F);
            if (secondary_button(ui, "queue.more", label, ImVec2(left + (width - bw) * 0.5F, by),
                                 ImVec2(left + (width + bw) * 0.5F, by + ui.px(64.0F))))
                intent.more = true;
            content += ui.px(20.0F + 64.0F + 28.0F);
        }
        list.end(content);
    }

    return intent;
}

bool draw_search_keyboard(UiContext& ui, QueueState& st, std::string_view lang) {
    if (!st.search_focused) return false;
    const KeyPress key = keyboard(ui, st.keyboard, KeyboardMode::Text, lang);
    if (key.kind == KeyPress::Kind::Done) {
        st.search_focused = false;
        st.keyboard = {};
        return false;
    }
    return apply_key(st.search, key, kMaxSearchBytes);
}

}  // namespace kiosk::ui
