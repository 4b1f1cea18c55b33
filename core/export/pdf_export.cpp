#include "export/pdf_export.hpp"

#include <cairo-pdf.h>
#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "export/pdf_sections.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::exporting {

namespace {

using pdf::Flow;
using pdf::SubmissionView;
using pdf::Typesetter;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string localized(const nlohmann::json& by_lang, std::string_view lang) {
    if (!by_lang.is_object() || by_lang.empty()) return {};
    auto it = by_lang.find(std::string(lang));
    if (it == by_lang.end()) it = by_lang.begin();  // the snapshot's first language
    return it->is_string() ? it->get<std::string>() : std::string();
}

// One submission's pages onto `cr`; returns how many there were. With
// `total` 0 this is the counting pass and nothing needs to be right but the
// layout, which both passes share.
int lay_out(cairo_t* cr, const Typesetter& ts, const SubmissionView& v, int total) {
    Flow::Hooks hooks{
        [&](int page) {
            pdf::draw_footer(cr, ts, v, page, total);
            cairo_show_page(cr);
        },
        [&](int) { return pdf::draw_running_header(cr, ts, v); },
    };
    Flow f(cr, ts, std::move(hooks));
    pdf::draw_summary(f, v);
    pdf::draw_findings(f, v);
    pdf::draw_answers(f, v);
    pdf::draw_consent(f, v);
    pdf::draw_signatures(f, v);
    pdf::draw_reviews(f, v);
    f.finish();
    return f.pages();
}

int count_pages(const Typesetter& ts, const SubmissionView& v) {
    cairo_rectangle_t page{0, 0, pdf::kPageWidth, pdf::kPageHeight};
    cairo_surface_t* surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &page);
    cairo_t* cr = cairo_create(surface);
    const int pages = lay_out(cr, ts, v, 0);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    return pages;
}

void empty_page(cairo_t* cr, const Typesetter& ts) {
    const pdf::Text t(ts, std::string(text::tr("en", "pdf.no_submissions")), pdf::kBodySecondary);
    pdf::set_color(cr, t.color());
    cairo_move_to(cr, pdf::kMarginX, pdf::kMarginTop);
    pango_cairo_show_layout(cr, t.layout());
    cairo_show_page(cr);
}

}  // namespace

// fontconfig 2.14 (Debian 12) leaks a few hundred bytes parsing its own
// config the first time pango asks it for a font: nothing of ours, but under
// LeakSanitizer (./kiosk.sh test-asan) it would fail every program that
// writes a PDF. Read only by LeakSanitizer; other builds ignore it.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

std::optional<PdfConsent> consent_from_snapshot(std::string_view snapshot_json, std::string_view lang) {
    const auto doc = nlohmann::json::parse(snapshot_json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("version") || !doc["version"].is_string())
        return std::nullopt;
    PdfConsent c;
    c.version = doc["version"].get<std::string>();
    if (doc.contains("title")) c.title = localized(doc["title"], lang);
    if (doc.contains("body")) c.body = localized(doc["body"], lang);
    return c;
}

PdfReview pdf_review(const storage::Review& r, std::optional<std::string> note) {
    return {r.practitioner, r.decided_at_ms, r.decision, r.defer_until, std::move(note)};
}

std::string pdf_document(const std::vector<PdfSubmission>& subs) {
    std::string out;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(append_bytes, &out, pdf::kPageWidth, pdf::kPageHeight);
    const std::string title(text::tr(subs.empty() ? std::string_view("en") : subs.front().words_lang, "pdf.intake_summary"));
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "intake-kiosk");
    cairo_t* cr = cairo_create(surface);
    const Typesetter ts;
    if (subs.empty()) empty_page(cr, ts);
    for (const auto& s : subs) {
        const SubmissionView v = pdf::view_of(s);
        lay_out(cr, ts, v, count_pages(ts, v));
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t written = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawn != CAIRO_STATUS_SUCCESS || written != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("pdf_document: cairo failed: ") +
                                 cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : written));
    return out;
}

bool write_pdf(const std::string& path, const std::vector<PdfSubmission>& subs) {
    std::string bytes = pdf_document(subs);
    const std::string tmp = path + ".partial";
    bool ok = false;
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (out) {
            ::chmod(tmp.c_str(), 0600);  // client data in the clear
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            ok = static_cast<bool>(out.flush());
        }
    }
    sodium_memzero(bytes.data(), bytes.size());
    std::error_code ec;
    if (ok) std::filesystem::rename(tmp, path, ec);
    ok = ok && !ec;
    if (!ok) std::filesystem::remove(tmp, ec);
    return ok;
}

}  // namespace kiosk::exporting
