#include "export/pdf_flow.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiosk::exporting::pdf {

namespace {

constexpr const char* kFamily = "Inter";

double units(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }
int to_pango(double points) { return static_cast<int>(std::lround(points * PANGO_SCALE)); }

}  // namespace

Typesetter::Typesetter()
    : font_map_(pango_cairo_font_map_new()), context_(pango_font_map_create_context(font_map_.get())) {
    // Unhinted metrics and unrounded positions: the same layout on every
    // surface, and even letter spacing in the PDF.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context_.get(), options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(context_.get(), 72.0);
    pango_context_set_round_glyph_positions(context_.get(), FALSE);
}

Text::Text(const Typesetter& ts, std::string_view text, const TextStyle& style, double width)
    : layout_(pango_layout_new(ts.context())), color_(style.color) {
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family_static(font, kFamily);
    pango_font_description_set_weight(font,
                                      style.weight == Weight::SemiBold ? PANGO_WEIGHT_SEMIBOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_layout_set_font_description(layout_.get(), font);
    pango_font_description_free(font);
    if (style.line_spacing > 0) pango_layout_set_line_spacing(layout_.get(), static_cast<float>(style.line_spacing));
    if (style.letter_spacing > 0) {
        PangoAttrList* attrs = pango_attr_list_new();
        pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(to_pango(style.letter_spacing)));
        pango_layout_set_attributes(layout_.get(), attrs);
        pango_attr_list_unref(attrs);
    }
    if (width > 0) {
        pango_layout_set_width(layout_.get(), to_pango(width));
        pango_layout_set_wrap(layout_.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_text(layout_.get(), text.data(), static_cast<int>(text.size()));
}

double Text::width() const {
    PangoRectangle logical;
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return units(logical.width);
}

double Text::height() const {
    PangoRectangle logical;
    pango_layout_get_extents(layout_.get(), nullptr, &logical);
    return units(logical.height);
}

double Text::baseline() const { return units(pango_layout_get_baseline(layout_.get())); }

void set_color(cairo_t* cr, const Rgb& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double r) {
    constexpr double kQuarter = std::numbers::pi / 2;
    r = std::min({r, w / 2, h / 2});
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -kQuarter, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, kQuarter);
    cairo_arc(cr, x + r, y + h - r, r, kQuarter, 2 * kQuarter);
    cairo_arc(cr, x + r, y + r, r, 2 * kQuarter, 3 * kQuarter);
    cairo_close_path(cr);
}

Flow::Flow(cairo_t* cr, const Typesetter& ts, Hooks hooks) : cr_(cr), ts_(ts), hooks_(std::move(hooks)) {}

bool Flow::keep_together(double height) {
    if (height <= remaining()) return true;
    if (y_ > page_top_ && height <= kBodyBottom - kMarginTop) {
        page_break();
        return height <= remaining();
    }
    return false;
}

void Flow::page_break() {
    hooks_.page_end(page_);
    ++page_;
    y_ = page_top_ = hooks_.page_start(page_);
}

void Flow::finish() { hooks_.page_end(page_); }

void Flow::draw(const Text& t, double x, double y) const {
    set_color(cr_, t.color());
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, t.layout());
}

void Flow::flow(const Text& t, double x) {
    PangoLayoutIter* it = pango_layout_get_iter(t.layout());
    double origin = y_;  // page y of the layout's top, moved up by what went onto earlier pages
    bool drawn_here = y_ > page_top_;
    set_color(cr_, t.color());
    do {
        PangoRectangle line;
        pango_layout_iter_get_line_extents(it, nullptr, &line);
        const double top = units(line.y), bottom = units(line.y + line.height);
        if (origin + bottom > kBodyBottom && drawn_here) {
            page_break();
            origin = y_ - top;
            set_color(cr_, t.color());
        }
        cairo_move_to(cr_, x + units(line.x), origin + units(pango_layout_iter_get_baseline(it)));
        pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
        drawn_here = true;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    y_ = origin + t.height();
}

void Flow::rule(const Rgb& color, double width) const {
    set_color(cr_, color);
    cairo_set_line_width(cr_, width);
    cairo_move_to(cr_, kMarginX, y_);
    cairo_line_to(cr_, kMarginX + kContentWidth, y_);
    cairo_stroke(cr_);
}

}  // namespace kiosk::exporting::pdf
