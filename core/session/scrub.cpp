#include "session/scrub.hpp"

#include <cstddef>
#include <type_traits>

namespace kiosk::session {

namespace {

// Writes through a volatile pointer: the compiler may not drop stores it
// cannot prove unobserved, the way it may drop a memset before a free.
void zero_bytes(void* p, std::size_t n) {
    auto* b = static_cast<volatile unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) b[i] = 0;
}

}  // namespace

void scrub(std::string& s) {
    // Growing to the capacity (no reallocation) makes the bytes past size()
    // (left over from longer values) addressable, so they are zeroed too.
    s.resize(s.capacity());
    zero_bytes(s.data(), s.size());
    s.clear();
}

void scrub(Answer& a) {
    std::visit(
        [](auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                scrub(v);
            } else if constexpr (std::is_same_v<T, Choices>) {
                for (auto& c : v) scrub(c);
                v.clear();
            } else if constexpr (std::is_same_v<T, Signature>) {
                for (auto& stroke : v.strokes) zero_bytes(stroke.data(), stroke.size() * sizeof(Point));
                v.strokes.clear();
            } else {
                zero_bytes(&v, sizeof v);  // bool, double, Date: trivially copyable
            }
        },
        a);
}

void scrub(AnswerMap& answers) {
    for (auto& [id, answer] : answers) scrub(answer);
    answers.clear();
}

void scrub_erase(AnswerMap& answers, std::string_view item_id) {
    auto it = answers.find(item_id);
    if (it == answers.end()) return;
    scrub(it->second);
    answers.erase(it);
}

}  // namespace kiosk::session
