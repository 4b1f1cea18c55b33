#include "questionnaire/answer.hpp"

namespace kiosk {

bool Signature::drawn() const {
    for (const auto& s : strokes)
        if (s.size() >= 2) return true;
    return false;
}

size_t Signature::points() const {
    size_t n = 0;
    for (const auto& s : strokes) n += s.size();
    return n;
}

}  // namespace kiosk
