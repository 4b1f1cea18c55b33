// Three-valued evaluation of a compiled expression: an unanswered item (or an
// answer of the wrong kind) is Unknown, and Unknown propagates per Kleene.
#include <algorithm>
#include <string_view>

#include "questionnaire/expression_ast.hpp"

namespace kiosk::expr_detail {

namespace {

Truth truth_of(bool b) { return b ? Truth::True : Truth::False; }

// What a value term evaluates to. Which member is set follows from the type
// checker: both sides of a comparison have the same tag unless one is Unknown.
struct Scalar {
    enum class Tag : std::uint8_t { Unknown, Number, Text, Truth };
    Tag tag = Tag::Unknown;
    double number = 0;
    std::string_view text;
    Truth truth = Truth::Unknown;
};

Scalar number_value(double v) { return Scalar{Scalar::Tag::Number, v, {}, Truth::Unknown}; }

template <typename T>
bool ordered(CmpOp op, const T& l, const T& r) {
    switch (op) {
        case CmpOp::Eq: return l == r;
        case CmpOp::Ne: return l != r;
        case CmpOp::Lt: return l < r;
        case CmpOp::Le: return l <= r;
        case CmpOp::Gt: return l > r;
        case CmpOp::Ge: return l >= r;
    }
    return false;
}

class Evaluator {
public:
    Evaluator(const Node& node, const AnswerMap& answers, const Date& today)
        : node_(node), answers_(answers), today_(today) {}

    Truth truth(std::uint32_t i) const {
        const Term& t = node_.terms[i];
        switch (t.kind) {
            case Kind::And: {
                const Truth l = truth(t.a);
                if (l == Truth::False) return Truth::False;
                const Truth r = truth(t.b);
                if (r == Truth::False) return Truth::False;
                return l == Truth::Unknown || r == Truth::Unknown ? Truth::Unknown : Truth::True;
            }
            case Kind::Or: {
                const Truth l = truth(t.a);
                if (l == Truth::True) return Truth::True;
                const Truth r = truth(t.b);
                if (r == Truth::True) return Truth::True;
                return l == Truth::Unknown || r == Truth::Unknown ? Truth::Unknown : Truth::False;
            }
            case Kind::Not: {
                const Truth v = truth(t.a);
                return v == Truth::Unknown ? v : truth_of(v == Truth::False);
            }
            case Kind::Constant: return t.truth;
            case Kind::BoolItem: {
                const bool* b = answer<bool>(t.a);
                return b ? truth_of(*b) : Truth::Unknown;
            }
            case Kind::Answered: return truth_of(find(t.a) != nullptr);
            case Kind::Contains: {
                const Choices* set = answer<Choices>(t.a);
                if (!set) return Truth::Unknown;
                return truth_of(std::find(set->begin(), set->end(), t.text) != set->end());
            }
            case Kind::Compare: return compare(t);
            default: return Truth::Unknown;  // a value where a condition belongs: the checker prevents it
        }
    }

private:
    const Answer* find(std::uint32_t item) const {
        const auto it = answers_.find(node_.items[item]);
        return it == answers_.end() ? nullptr : &it->second;
    }

    template <typename T>
    const T* answer(std::uint32_t item) const {
        const Answer* a = find(item);
        return a ? std::get_if<T>(a) : nullptr;
    }

    Truth compare(const Term& t) const {
        const Scalar l = value(t.a);
        const Scalar r = value(t.b);
        if (l.tag == Scalar::Tag::Unknown || r.tag == Scalar::Tag::Unknown || l.tag != r.tag) return Truth::Unknown;
        switch (l.tag) {
            case Scalar::Tag::Number: return truth_of(ordered(t.op, l.number, r.number));
            case Scalar::Tag::Text: return truth_of(ordered(t.op, l.text, r.text));
            case Scalar::Tag::Truth: return truth_of(ordered(t.op, l.truth, r.truth));
            case Scalar::Tag::Unknown: break;
        }
        return Truth::Unknown;
    }

    Scalar value(std::uint32_t i) const {
        const Term& t = node_.terms[i];
        switch (t.kind) {
            case Kind::Number: return number_value(t.number);
            case Kind::Text: return Scalar{Scalar::Tag::Text, 0, t.text, Truth::Unknown};
            case Kind::NumberItem: {
                const double* v = answer<double>(t.a);
                return v ? number_value(*v) : Scalar{};
            }
            case Kind::TextItem: {
                const std::string* v = answer<std::string>(t.a);
                return v ? Scalar{Scalar::Tag::Text, 0, *v, Truth::Unknown} : Scalar{};
            }
            case Kind::DateItem:
            case Kind::Age:
            case Kind::MonthsSince:
            case Kind::DaysSince: {
                const Date* d = answer<Date>(t.a);
                return d ? number_value(date_value(t.kind, *d)) : Scalar{};
            }
            default: {
                const Truth v = truth(i);
                if (v == Truth::Unknown) return Scalar{};
                return Scalar{Scalar::Tag::Truth, 0, {}, v};
            }
        }
    }

    double date_value(Kind kind, const Date& d) const {
        switch (kind) {
            case Kind::Age: return whole_years_between(d, today_);
            case Kind::MonthsSince: return whole_months_between(d, today_);
            case Kind::DaysSince: return static_cast<double>(today_.days() - d.days());
            default: return static_cast<double>(d.days());
        }
    }

    const Node& node_;
    const AnswerMap& answers_;
    const Date& today_;
};

}  // namespace

Truth Node::evaluate(const AnswerMap& answers, const Date& today) const {
    if (root >= terms.size()) return Truth::Unknown;
    return Evaluator(*this, answers, today).truth(root);
}

}  // namespace kiosk::expr_detail
