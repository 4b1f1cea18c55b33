#include "widgets/date_picker.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "theme/flow_strings.hpp"
#include "theme/review_strings.hpp"
#include "widgets/flow_icons.hpp"
#include "widgets/text.hpp"
#include "widgets/touch.hpp"

namespace kiosk::ui {

namespace {

// Mockup px at scale 1.
constexpr float kField = 72.0F;
constexpr float kFieldRadius = 16.0F;
constexpr float kPanelGap = 8.0F;
constexpr float kPad = 16.0F;
constexpr float kTabs = 64.0F;
constexpr float kTabsGap = 12.0F;
constexpr float kGrid = 232.0F;  // 4 rows of 52 day cells and their gaps
constexpr float kCellGap = 8.0F;
constexpr float kCellRadius = 12.0F;
constexpr int kDayColumns = 8;
constexpr float kPanelMaxWidth = 720.0F;

// Larger text (the clinic's font_scale, the client's text size) gets a
// larger panel: taller tabs and cells, so two lines of a tab and the longest
// month name still fit.
float grow(const UiContext& ui) {
    return std::max(1.0F, font_em(ui.theme.font(TextRole::Body)) / ui.px(role_px(TextRole::Body)));
}

using Tab = DateTab;
using PickerState = DatePickerState;

void scrub(PickerState& st) {
    st.year = st.month = st.day = 0;
    if (st.shown) *st.shown = Date{};
    st = PickerState{};
}

PickerState& state_for(DatePickers& p, std::string_view item_id) {
    auto it = p.by_item.find(item_id);
    if (it == p.by_item.end()) it = p.by_item.emplace(std::string(item_id), PickerState{}).first;
    return it->second;
}

struct Range {
    Date lo;
    Date hi;
};

Range range_of(const kiosk::Item& item, const Date& today) {
    const kiosk::Validation& v = item.validation;
    Range r{v.min_date.value_or(Date{today.year - 120, 1, 1}),
            v.max_date.value_or(v.not_future ? today : Date{today.year + 10, 12, 31})};
    if (v.not_future) r.hi = std::min(r.hi, today);
    if (r.hi < r.lo) r.hi = r.lo;
    return r;
}

bool year_ok(const Range& r, int y) { return y >= r.lo.year && y <= r.hi.year; }

bool month_ok(const Range& r, int y, int m) {
    if (y == 0) return true;
    return Date{y, m, days_in_month(y, m)} >= r.lo && Date{y, m, 1} <= r.hi;
}

int month_length(int y, int m) {
    if (m == 0) return 31;
    return days_in_month(y == 0 ? 2000 : y, m);  // 2000: a leap year, so 29 February can be picked first
}

bool day_ok(const Range& r, int y, int m, int d) {
    if (d > month_length(y, m)) return false;
    if (y == 0 || m == 0) return true;
    const Date date{y, m, d};
    return date >= r.lo && date <= r.hi;
}

int decade_of(int y) { return y - ((y % 10) + 10) % 10; }

bool decade_ok(const Range& r, int decade) { return decade + 9 >= r.lo.year && decade <= r.hi.year; }

// Where the year grid opens with no answer: an item whose configured range
// spans a lifetime (a date of birth: min_date 1900) starts a generation
// back; others (a last dose, a recent event) at the range's end.
int default_year(const kiosk::Item& item, const Range& r, const Date& today) {
    const auto& min = item.validation.min_date;
    if (min && r.hi.year - min->year > 60) return std::clamp(today.year - 30, r.lo.year, r.hi.year);
    return std::min(r.hi.year, std::max(r.lo.year, today.year));
}

const Date* date_answer(const session::IntakeSession& s, std::string_view id) {
    const kiosk::Answer* a = s.answer(id);
    return a == nullptr ? nullptr : std::get_if<Date>(a);
}

// Stores the draft once it is a whole date (day clamped to its month, the
// date to the range). Returns true when the answer changed.
bool commit(session::IntakeSession& s, const kiosk::Item& item, PickerState& st, const Range& r) {
    if (st.year == 0 || st.month == 0 || st.day == 0) return false;
    st.day = std::min(st.day, days_in_month(st.year, st.month));
    const Date date = std::clamp(Date{st.year, st.month, st.day}, r.lo, r.hi);
    st.year = date.year;
    st.month = date.month;
    st.day = date.day;
    const Date* before = date_answer(s, item.id);
    if (before != nullptr && *before == date) return false;
    return s.set_answer(item.id, date);
}

void close(PickerState& st) {
    st.open = false;
    st.year = st.month = st.day = 0;
}

// ---- Drawing -------------------------------------------------------------------

struct Cell {
    std::string id;
    std::string_view label;
    bool selected = false;
    bool enabled = true;
};

// A grid button; disabled cells have no id and cannot be tapped.
bool draw_cell(UiContext& ui, const Cell& cell, ImVec2 min, ImVec2 max, TextRole role = TextRole::Body) {
    const Palette& c = ui.colors();
    const float r = ui.px(kCellRadius);
    if (!cell.enabled) {
        ui.draw->AddRectFilled(min, max, c.disabled_fill, r);
        ImFont* font = ui.theme.font(role);
        const float w = text_size(font, cell.label).x;
        draw_line_centered_y(ui.draw, font, std::round((min.x + max.x - w) * 0.5F), (min.y + max.y) * 0.5F,
                             c.disabled_text, cell.label);
        return false;
    }
    const TouchState touch = touch_target(ui, cell.id, min, max);
    const ImU32 fill = cell.selected ? (touch.pressed ? c.primary_pressed : c.primary) : touch.pressed ? c.sand : c.paper;
    ui.draw->AddRectFilled(min, max, fill, r);
    if (!cell.selected) {
        const float half = ui.px(0.75F);
        ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half), c.line_strong,
                         r - half, ImDrawFlags_None, ui.px(1.5F));
    }
    ImFont* font = ui.theme.font(role, cell.selected ? Weight::SemiBold : Weight::Regular);
    const float w = text_size(font, cell.label).x;
    ui.draw->PushClipRect(min, max, true);
    draw_line_centered_y(ui.draw, font, std::round((min.x + max.x - w) * 0.5F), (min.y + max.y) * 0.5F,
                         cell.selected ? c.on_primary : c.ink, cell.label);
    ui.draw->PopClipRect();
    return touch.tapped;
}

void draw_calendar_icon(ImDrawList* dl, ImVec2 c, float size, ImU32 color, float stroke) {
    const float h = size * 0.5F;
    const ImVec2 a(c.x - h, c.y - h * 0.75F);
    const ImVec2 b(c.x + h, c.y + h);
    dl->AddRect(a, b, color, size * 0.12F, ImDrawFlags_None, stroke);
    dl->AddLine(ImVec2(a.x, a.y + size * 0.3F), ImVec2(b.x, a.y + size * 0.3F), color, stroke);
    dl->AddLine(ImVec2(c.x - h * 0.5F, c.y - h), ImVec2(c.x - h * 0.5F, a.y + size * 0.12F), color, stroke);
    dl->AddLine(ImVec2(c.x + h * 0.5F, c.y - h), ImVec2(c.x + h * 0.5F, a.y + size * 0.12F), color, stroke);
}

struct Ctx {
    UiContext& ui;
    session::IntakeSession& s;
    const kiosk::Item& item;
    PickerState& st;
    Range range;
    std::string_view lang;
    bool changed = false;
};

bool draw_field(Ctx& x, ImVec2 min, float width) {
    UiContext& ui = x.ui;
    const Palette& c = ui.colors();
    const ImVec2 max(min.x + width, min.y + ui.px(kField));
    const TouchState touch = touch_target(ui, x.item.id, min, max);
    const bool error = !x.s.problems_for(x.item.id).empty();
    const float r = ui.px(kFieldRadius);
    if (x.st.open) {
        const float ring = ui.px(5.0F);
        ui.draw->AddRectFilled(ImVec2(min.x - ring, min.y - ring), ImVec2(max.x + ring, max.y + ring), c.primary_tint,
                               r + ring);
    } else if (error) {
        const float halo = ui.px(4.0F);
        ui.draw->AddRectFilled(ImVec2(min.x - halo, min.y - halo), ImVec2(max.x + halo, max.y + halo), c.error_tint,
                               r + halo);
    }
    ui.draw->AddRectFilled(min, max, touch.pressed ? c.sand : c.paper, r);
    const float border = ui.px(x.st.open ? 3.0F : 2.0F);
    const float half = border * 0.5F;
    ui.draw->AddRect(ImVec2(min.x + half, min.y + half), ImVec2(max.x - half, max.y - half),
                     x.st.open ? c.primary : error ? c.error : c.outline, r - half, ImDrawFlags_None, border);

    const float cy = (min.y + max.y) * 0.5F;
    const float icon = ui.px(26.0F);
    const float icon_x = max.x - ui.px(24.0F) - icon * 0.5F;
    draw_calendar_icon(ui.draw, ImVec2(icon_x, cy), icon, x.st.open ? c.primary : c.ink2, ui.px(2.0F));
    ui.draw->PushClipRect(min, ImVec2(icon_x - icon, max.y), true);
    const float tx = min.x + ui.px(24.0F);
    if (const Date* d = date_answer(x.s, x.item.id))
        draw_line_centered_y(ui.draw, ui.theme.font(TextRole::Lead), tx, cy, c.ink, long_date(*d, x.lang));
    else
        draw_line_centered_y(ui.draw, ui.theme.font(TextRole::Lead), tx, cy, c.ink3,
                             review_text(ReviewText::ChooseDate, x.lang));
    ui.draw->PopClipRect();
    return touch.tapped;
}

void draw_tabs(Ctx& x, ImVec2 min, float width) {
    UiContext& ui = x.ui;
    const Palette& c = ui.colors();
    const std::string& id = x.item.id;
    const bool can_clear = !x.item.required && date_answer(x.s, id) != nullptr;
    const float gap = ui.px(kCellGap);
    const float clear_w = can_clear ? ui.px(120.0F) * grow(ui) : 0.0F;
    const float tab_w = (width - clear_w - (can_clear ? gap : 0.0F) - 2.0F * gap) / 3.0F;
    const float h = ui.px(kTabs) * grow(ui);

    struct TabSpec {
        Tab tab;
        const char* suffix;
        ReviewText name;
        std::string value;
    };
    const std::string month(x.st.month > 0 ? std::string(month_name(x.st.month, x.lang)) : std::string());
    const TabSpec tabs[3] = {
        {Tab::Day, ".day", ReviewText::Day, x.st.day > 0 ? std::to_string(x.st.day) : std::string()},
        {Tab::Month, ".month", ReviewText::Month, month},
        {Tab::Year, ".year", ReviewText::Year, x.st.year > 0 ? std::to_string(x.st.year) : std::string()},
    };
    ImFont* small = ui.theme.font(TextRole::Small);
    ImFont* value_font = ui.theme.font(TextRole::Body, Weight::SemiBold);
    for (int i = 0; i < 3; ++i) {
        const TabSpec& t = tabs[i];
        const ImVec2 a(min.x + static_cast<float>(i) * (tab_w + gap), min.y);
        const ImVec2 b(a.x + tab_w, a.y + h);
        const bool selected = x.st.tab == t.tab;
        const TouchState touch = touch_target(ui, id + t.suffix, a, b);
        const float r = ui.px(kCellRadius);
        ui.draw->AddRectFilled(a, b, touch.pressed ? c.sand : selected ? c.primary_tint : c.paper, r);
        const float border = ui.px(selected ? 2.0F : 1.5F);
        const float half = border * 0.5F;
        ui.draw->AddRect(ImVec2(a.x + half, a.y + half), ImVec2(b.x - half, b.y - half),
                         selected ? c.primary : c.line_strong, r - half, ImDrawFlags_None, border);
        ui.draw->PushClipRect(a, b, true);
        const float tx = a.x + ui.px(16.0F);
        const std::string_view name = review_text(t.name, x.lang);
        if (t.value.empty()) {
            draw_line_centered_y(ui.draw, value_font, tx, (a.y + b.y) * 0.5F, c.ink3, name);
        } else {
            draw_line_centered_y(ui.draw, small, tx, a.y + h * 0.3F, selected ? c.primary : c.ink2, name);
            draw_line_centered_y(ui.draw, value_font, tx, a.y + h * 0.68F, c.ink, t.value);
        }
        ui.draw->PopClipRect();
        if (touch.tapped) x.st.tab = t.tab;
    }
    if (can_clear) {
        const ImVec2 a(min.x + width - clear_w, min.y);
        const Cell cell{id + ".clear", review_text(ReviewText::Clear, x.lang), false, true};
        if (draw_cell(ui, cell, a, ImVec2(a.x + clear_w, a.y + h))) {
            x.changed = x.s.clear_answer(id) || x.changed;
            close(x.st);
        }
    }
}

void draw_years(Ctx& x, ImVec2 min, float width) {
    UiContext& ui = x.ui;
    const Palette& c = ui.colors();
    const std::string& id = x.item.id;
    const float gap = ui.px(kCellGap);
    const float row = (ui.px(kGrid) * grow(ui) - 2.0F * gap) / 3.0F;
    PickerState& st = x.st;

    // The pager: ‹ 1980 – 1989 ›
    const float pager_w = row;
    const ImVec2 prev_min = min;
    const ImVec2 next_min(min.x + width - pager_w, min.y);
    const bool has_prev = decade_ok(x.range, st.decade - 10);
    const bool has_next = decade_ok(x.range, st.decade + 10);
    const Cell prev{id + ".decade-", "", false, has_prev};
    const Cell next{id + ".decade+", "", false, has_next};
    if (draw_cell(ui, prev, prev_min, ImVec2(prev_min.x + pager_w, prev_min.y + row))) st.decade -= 10;
    if (draw_cell(ui, next, next_min, ImVec2(next_min.x + pager_w, next_min.y + row))) st.decade += 10;
    const float icon = ui.px(18.0F);
    icons::chevron_left(ui.draw, ImVec2(prev_min.x + pager_w * 0.5F, min.y + row * 0.5F), icon,
                        has_prev ? c.ink : c.disabled_text, ui.px(2.5F));
    icons::chevron_right(ui.draw, ImVec2(next_min.x + pager_w * 0.5F, min.y + row * 0.5F), icon,
                         has_next ? c.ink : c.disabled_text, ui.px(2.5F));
    const std::string label = std::to_string(std::max(st.decade, x.range.lo.year)) + " \u2013 " +
                              std::to_string(std::min(st.decade + 9, x.range.hi.year));
    ImFont* font = ui.theme.font(TextRole::Lead, Weight::SemiBold);
    draw_line_centered_y(ui.draw, font, std::round(min.x + (width - text_size(font, label).x) * 0.5F),
                         min.y + row * 0.5F, c.ink, label);

    const float cell_w = (width - 4.0F * gap) / 5.0F;
    for (int i = 0; i < 10; ++i) {
        const int y = st.decade + i;
        const ImVec2 a(min.x + static_cast<float>(i % 5) * (cell_w + gap),
                       min.y + (row + gap) * static_cast<float>(1 + i / 5));
        const std::string text = std::to_string(y);
        const Cell cell{id + ".year=" + text, text, st.year == y, year_ok(x.range, y)};
        if (draw_cell(ui, cell, a, ImVec2(a.x + cell_w, a.y + row))) {
            st.year = y;
            if (st.month > 0 && !month_ok(x.range, st.year, st.month)) st.month = 0;
            x.changed = commit(x.s, x.item, st, x.range) || x.changed;
            st.tab = Tab::Month;
        }
    }
}

void draw_months(Ctx& x, ImVec2 min, float width) {
    UiContext& ui = x.ui;
    PickerState& st = x.st;
    const float gap = ui.px(kCellGap);
    const float row = (ui.px(kGrid) * grow(ui) - 2.0F * gap) / 3.0F;
    const float cell_w = (width - 3.0F * gap) / 4.0F;
    // Long month names ("septiembre") drop to Small rather than be clipped.
    TextRole role = TextRole::Body;
    for (int m = 1; m <= 12; ++m)
        if (text_size(ui.theme.font(TextRole::Body, Weight::SemiBold), month_name(m, x.lang)).x > cell_w - ui.px(12.0F))
            role = TextRole::Small;
    for (int m = 1; m <= 12; ++m) {
        const ImVec2 a(min.x + static_cast<float>((m - 1) % 4) * (cell_w + gap),
                       min.y + static_cast<float>((m - 1) / 4) * (row + gap));
        const Cell cell{x.item.id + ".month=" + std::to_string(m), month_name(m, x.lang), st.month == m,
                        month_ok(x.range, st.year, m)};
        if (draw_cell(ui, cell, a, ImVec2(a.x + cell_w, a.y + row), role)) {
            st.month = m;
            x.changed = commit(x.s, x.item, st, x.range) || x.changed;
            st.tab = Tab::Day;
        }
    }
}

void draw_days(Ctx& x, ImVec2 min, float width) {
    UiContext& ui = x.ui;
    PickerState& st = x.st;
    const float gap = ui.px(kCellGap);
    const float row = (ui.px(kGrid) * grow(ui) - 3.0F * gap) / 4.0F;
    const float cell_w = (width - static_cast<float>(kDayColumns - 1) * gap) / static_cast<float>(kDayColumns);
    const int days = month_length(st.year, st.month);
    for (int d = 1; d <= days; ++d) {
        const ImVec2 a(min.x + static_cast<float>((d - 1) % kDayColumns) * (cell_w + gap),
                       min.y + static_cast<float>((d - 1) / kDayColumns) * (row + gap));
        const std::string text = std::to_string(d);
        const Cell cell{x.item.id + ".day=" + text, text, st.day == d, day_ok(x.range, st.year, st.month, d)};
        if (draw_cell(ui, cell, a, ImVec2(a.x + cell_w, a.y + row))) {
            st.day = d;
            x.changed = commit(x.s, x.item, st, x.range) || x.changed;
            if (st.year == 0) st.tab = Tab::Year;
            else if (st.month == 0) st.tab = Tab::Month;
            else close(st);  // a whole date: done
        }
    }
}

float panel_height(const UiContext& ui) { return ui.px(kPad + kTabsGap + kPad) + ui.px(kTabs + kGrid) * grow(ui); }

}  // namespace

void DatePickers::reset() {
    for (auto& [id, st] : by_item) scrub(st);
    by_item.clear();
}

float date_field_height(const UiContext& ui, const DatePickers& pickers, const kiosk::Item& item, float /*width*/) {
    const auto it = pickers.by_item.find(item.id);
    const bool open = it != pickers.by_item.end() && it->second.open;
    return ui.px(kField) + (open ? ui.px(kPanelGap) + panel_height(ui) : 0.0F);
}

bool date_field(UiContext& ui, session::IntakeSession& s, DatePickers& pickers, const kiosk::Item& item, ImVec2 min,
                float width, const DatePickerOptions& options) {
    PickerState& st = state_for(pickers, item.id);
    const Date today = options.today.value_or(Date::today_local());
    Ctx x{ui, s, item, st, range_of(item, today), s.language()};
    st.lo = x.range.lo;
    st.hi = x.range.hi;

    if (draw_field(x, min, width)) {
        if (st.open) {
            close(st);
        } else {
            st.open = true;
            st.tab = Tab::Year;
            const Date* d = date_answer(s, item.id);
            st.year = d != nullptr ? d->year : 0;
            st.month = d != nullptr ? d->month : 0;
            st.day = d != nullptr ? d->day : 0;
            st.decade = decade_of(d != nullptr ? d->year : default_year(item, x.range, today));
        }
    }
    if (st.open) {
        const Palette& c = ui.colors();
        // Wider than this, the grid's cells stop looking like buttons.
        const float panel_w = std::min(width, ui.px(std::max(kPanelMaxWidth, kDatePickerMinWidth)) * grow(ui));
        const ImVec2 p0(min.x, min.y + ui.px(kField + kPanelGap));
        const ImVec2 p1(min.x + panel_w, p0.y + panel_height(ui));
        const float r = ui.px(kFieldRadius);
        ui.draw->AddRectFilled(ImVec2(p0.x, p0.y + ui.px(4.0F)), ImVec2(p1.x, p1.y + ui.px(4.0F)), c.shadow, r);
        ui.draw->AddRectFilled(p0, p1, c.paper, r);
        ui.draw->AddRect(p0, p1, c.line, r, ImDrawFlags_None, ui.px(1.5F));
        const float pad = ui.px(kPad);
        const float inner = panel_w - 2.0F * pad;
        draw_tabs(x, ImVec2(p0.x + pad, p0.y + pad), inner);
        const ImVec2 grid(p0.x + pad, p0.y + pad + ui.px(kTabs) * grow(ui) + ui.px(kTabsGap));
        if (st.open) {
            switch (st.tab) {
                case Tab::Year: draw_years(x, grid, inner); break;
                case Tab::Month: draw_months(x, grid, inner); break;
                case Tab::Day: draw_days(x, grid, inner); break;
            }
        }
    }
    const Date* d = date_answer(s, item.id);
    st.shown = d != nullptr ? std::optional<Date>(*d) : std::nullopt;
    return x.changed;
}

DatePickStep date_pick_next(std::string_view item_id, const Date& target, const WidgetRegistry& widgets,
                            const DatePickers& pickers) {
    using Kind = DatePickStep::Kind;
    const std::string id(item_id);
    if (widgets.find(id) == nullptr) return {Kind::Unreachable, "", "date field '" + id + "' is not on screen"};
    const auto it = pickers.by_item.find(item_id);
    if (it == pickers.by_item.end()) return {Kind::Unreachable, "", "'" + id + "' is not a date field"};
    const PickerState& st = it->second;
    if (target < st.lo || target > st.hi)
        return {Kind::Unreachable, "",
                target.iso() + " is outside the dates '" + id + "' accepts (" + st.lo.iso() + " to " + st.hi.iso() + ")"};
    if (!st.open) {
        if (st.shown && *st.shown == target) return {Kind::Done, "", ""};
        return {Kind::Tap, id, ""};
    }
    auto tap_if_shown = [&](const std::string& control) -> DatePickStep {
        if (widgets.find(control) != nullptr) return {Kind::Tap, control, ""};
        return {Kind::Unreachable, "", "'" + control + "' cannot be tapped (outside the dates '" + id + "' accepts)"};
    };
    switch (st.tab) {
        case Tab::Year: {
            const std::string year = id + ".year=" + std::to_string(target.year);
            if (widgets.find(year) != nullptr) return {Kind::Tap, year, ""};
            return tap_if_shown(id + (target.year < st.decade ? ".decade-" : ".decade+"));
        }
        case Tab::Month: return tap_if_shown(id + ".month=" + std::to_string(target.month));
        case Tab::Day: return tap_if_shown(id + ".day=" + std::to_string(target.day));
    }
    return {Kind::Unreachable, "", "unknown picker state"};
}

}  // namespace kiosk::ui
