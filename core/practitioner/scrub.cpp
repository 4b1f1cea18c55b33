#include "practitioner/scrub.hpp"

#include <sodium.h>

#include "session/scrub.hpp"

namespace kiosk::practitioner {

using session::scrub;

void scrub(nlohmann::json& j) {
    if (j.is_string()) {
        scrub(j.get_ref<std::string&>());
    } else if (j.is_array() || j.is_object()) {
        for (auto& v : j) scrub(v);
    } else if (j.is_number_float()) {
        j.get_ref<double&>() = 0;
    } else if (j.is_number_unsigned()) {
        j.get_ref<std::uint64_t&>() = 0;
    } else if (j.is_number_integer()) {
        j.get_ref<std::int64_t&>() = 0;
    } else if (j.is_boolean()) {
        j.get_ref<bool&>() = false;
    }
    j = nullptr;
}

void scrub(records::OpenedSubmission& s) {
    scrub(s.answers);
    scrub(s.findings);
}

void scrub(OpenSubmission& s) {
    scrub(s.name);
    scrub(s.date_of_birth);
    scrub(s.printed_name);
    for (auto& f : s.findings)
        for (auto& t : f.triggers) scrub(t.answer);
    s.findings.clear();
    for (auto& p : s.pages)
        for (auto& a : p.answers) scrub(a.answer);
    s.pages.clear();
    for (auto& stroke : s.signature) sodium_memzero(stroke.data(), stroke.size() * sizeof(stroke.front()));
    s.signature.clear();
    for (auto& r : s.reviews) scrub(r.note);
    s.reviews.clear();
}

void scrub(exporting::PdfSubmission& s) {
    scrub(s.submission);
    for (auto& r : s.reviews)
        if (r.note) scrub(*r.note);
    s.reviews.clear();
}

}  // namespace kiosk::practitioner
