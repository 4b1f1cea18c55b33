#include "session/scrub.hpp"

#include <sodium.h>

#include <type_traits>

namespace kiosk::session {

void scrub(std::string& s) {
    // Growing to the capacity (no reallocation) makes the bytes past size()
    // (left over from longer values) addressable, so they are zeroed too.
    s.resize(s.capacity());
    sodium_memzero(s.data(), s.size());
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
                for (auto& stroke : v.strokes) sodium_memzero(stroke.data(), stroke.size() * sizeof(Point));
                v.strokes.clear();
            } else {
                sodium_memzero(&v, sizeof v);  // bool, double, Date: trivially copyable
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
