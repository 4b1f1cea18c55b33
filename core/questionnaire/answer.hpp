#pragma once
// The value a client gave for one item, and the set of answers of one intake.
#include <cstddef>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "common/date.hpp"

namespace kiosk {

struct Point {
    float x = 0;
    float y = 0;
    bool operator==(const Point&) const = default;
};

// Strokes in the signature pad's own coordinates (0..1 on both axes).
struct Signature {
    std::vector<std::vector<Point>> strokes;
    [[nodiscard]] bool drawn() const;  // at least one stroke of two points or more
    [[nodiscard]] size_t points() const;  // in all strokes
    bool operator==(const Signature&) const = default;
};

using Choices = std::vector<std::string>;

// yes/no -> bool; single choice, short and long text -> std::string;
// multiple choice -> Choices (option ids, in questionnaire order);
// number -> double; date -> Date; signature -> Signature.
using Answer = std::variant<bool, std::string, Choices, double, Date, Signature>;

using AnswerMap = std::map<std::string, Answer, std::less<>>;

}  // namespace kiosk
