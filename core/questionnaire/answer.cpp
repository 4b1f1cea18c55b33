#include "questionnaire/answer.hpp"

namespace kiosk {

bool Signature::drawn() const {
    for (const auto& s : strokes)
        if (s.size() >= 2) return true;
    return false;
}

}  // namespace kiosk
