#pragma once
// The consent PDF's layout engine: wrapped pango text and a cursor that
// flows down A4 pages, breaking between lines (never through one) and
// keeping a block together when it fits on a fresh page. Content is never
// cut off: a block taller than a page flows line by line.
//
// The page count is only known at the end, yet every footer says "Page N of
// M", so a submission is laid out twice with the same fonts: once to count
// pages, once to draw. The layout is identical both times because every text
// is shaped by one PangoContext with fixed font options (no hinting), not by
// the surface it is drawn on.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <memory>
#include <string_view>

#include "export/pdf_style.hpp"

namespace kiosk::exporting::pdf {

struct GObjectUnref {
    void operator()(void* p) const { g_object_unref(p); }
};

// The one PangoContext every text of a document is shaped with.
class Typesetter {
public:
    Typesetter();
    [[nodiscard]] PangoContext* context() const { return context_.get(); }

private:
    // Our own font map rather than the per-thread default, so its caches go
    // when the document is done (the default one lives until the process ends).
    std::unique_ptr<PangoFontMap, GObjectUnref> font_map_;
    std::unique_ptr<PangoContext, GObjectUnref> context_;
};

// A paragraph of text shaped to a width (or unwrapped when width <= 0).
class Text {
public:
    Text(const Typesetter& ts, std::string_view text, const TextStyle& style, double width = 0);

    [[nodiscard]] double width() const;   // logical, of the widest line
    [[nodiscard]] double height() const;  // logical, of all lines
    [[nodiscard]] double baseline() const;  // of the first line, from the top
    [[nodiscard]] PangoLayout* layout() const { return layout_.get(); }
    [[nodiscard]] const Rgb& color() const { return color_; }

private:
    std::unique_ptr<PangoLayout, GObjectUnref> layout_;
    Rgb color_;
};

void set_color(cairo_t* cr, const Rgb& c);
void rounded_rect(cairo_t* cr, double x, double y, double w, double h, double r);

class Flow {
public:
    // page_end draws the footer and ends the page; page_start draws the
    // running header of a continuation page and returns where content starts.
    struct Hooks {
        std::function<void(int page)> page_end;
        std::function<double(int page)> page_start;
    };

    Flow(cairo_t* cr, const Typesetter& ts, Hooks hooks);

    [[nodiscard]] cairo_t* cr() const { return cr_; }
    [[nodiscard]] const Typesetter& typesetter() const { return ts_; }
    [[nodiscard]] Text text(std::string_view s, const TextStyle& style, double width = 0) const {
        return Text(ts_, s, style, width);
    }

    [[nodiscard]] double y() const { return y_; }
    void advance(double dy) { y_ += dy; }
    [[nodiscard]] double remaining() const { return kBodyBottom - y_; }
    [[nodiscard]] int page() const { return page_; }
    [[nodiscard]] int pages() const { return page_ + 1; }

    // Starts a new page when `height` does not fit here but would on a fresh
    // page; true when it now fits.
    bool keep_together(double height);
    void page_break();
    // Ends the last page (its footer).
    void finish();

    // Draws `t` with its top-left at (x, y); no page breaks.
    void draw(const Text& t, double x, double y) const;
    // Draws `t` at the cursor, line by line, breaking pages between lines; the
    // cursor ends below it.
    void flow(const Text& t, double x);
    // A horizontal rule across the content width at the cursor.
    void rule(const Rgb& color, double width = 0.75) const;

private:
    cairo_t* cr_;
    const Typesetter& ts_;
    Hooks hooks_;
    int page_ = 0;
    double y_ = kMarginTop;
    double page_top_ = kMarginTop;
};

}  // namespace kiosk::exporting::pdf
