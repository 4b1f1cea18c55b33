// Evaluation of a compiled expression. Terms are stored children before
// parents, so one loop in order evaluates every term from its children's
// cells: no recursion, whatever the shape of the tree.
//
// Three kinds of "no value" are kept apart, because the check treats them
// differently (DESIGN §5): an unanswered item is Missing and propagates per
// Kleene (it may still be decided: `no and x` is false); an answer that cannot
// be read (wrong type, impossible date, NaN) is Invalid and carries its reason.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "questionnaire/expression_ast.hpp"

namespace kiosk::expr_detail {

namespace {

// The value of one term for one set of answers.
struct Cell {
    enum class Tag : std::uint8_t { Missing, Invalid, Number, Text, Truth };
    Tag tag = Tag::Missing;
    Truth truth = Truth::Unknown;  // Truth: True or False
    double number = 0;
    std::string_view text;
    std::uint32_t problem = 0;  // Invalid: index into Evaluator::problems_
};

Cell truth_cell(bool b) {
    Cell c;
    c.tag = Cell::Tag::Truth;
    c.truth = b ? Truth::True : Truth::False;
    return c;
}

Cell number_cell(double v) {
    Cell c;
    c.tag = Cell::Tag::Number;
    c.number = v;
    return c;
}

Cell text_cell(std::string_view s) {
    Cell c;
    c.tag = Cell::Tag::Text;
    c.text = s;
    return c;
}

bool is(const Cell& c, Truth t) { return c.tag == Cell::Tag::Truth && c.truth == t; }

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

const char* kind_of(const Answer& a) {
    switch (a.index()) {
        case 0: return "a yes/no answer";
        case 1: return "a text";
        case 2: return "a list of choices";
        case 3: return "a number";
        case 4: return "a date";
        default: return "a signature";
    }
}

class Evaluator {
public:
    Evaluator(const Node& node, const AnswerMap& answers, const Date& today)
        : node_(node), answers_(answers), today_(today) {}

    Evaluation run() {
        if (node_.root >= node_.terms.size()) return {Truth::Unknown, "the condition is empty"};
        cells_.resize(node_.terms.size());
        for (std::uint32_t i = 0; i <= node_.root; ++i) cells_[i] = cell(node_.terms[i], i);
        const Cell& top = cells_[node_.root];
        switch (top.tag) {
            case Cell::Tag::Truth: return {top.truth, {}};
            case Cell::Tag::Invalid: return {Truth::Unknown, problems_[top.problem]};
            case Cell::Tag::Missing: return {Truth::Unknown, {}};
            default: return {Truth::Unknown, "the condition is not a yes/no value"};
        }
    }

private:
    // Children always come before their parents; anything else is a broken tree.
    const Cell& child(std::uint32_t index, std::uint32_t parent) {
        if (index >= parent) return invalid_ref_;
        return cells_[index];
    }

    Cell invalid(std::string why) {
        Cell c;
        c.tag = Cell::Tag::Invalid;
        c.problem = static_cast<std::uint32_t>(problems_.size());
        problems_.push_back(std::move(why));
        return c;
    }

    Cell cell(const Term& t, std::uint32_t i) {
        switch (t.kind) {
            case Kind::And: return junction(child(t.a, i), child(t.b, i), Truth::False);
            case Kind::Or: return junction(child(t.a, i), child(t.b, i), Truth::True);
            case Kind::Not: {
                const Cell& v = child(t.a, i);
                if (v.tag != Cell::Tag::Truth) return v;
                return truth_cell(v.truth == Truth::False);
            }
            case Kind::Constant: return truth_cell(t.truth == Truth::True);
            case Kind::Answered: return truth_cell(find(t.a) != nullptr);
            case Kind::BoolItem: return read<bool>(t.a, "a yes/no answer", [](bool b) { return truth_cell(b); });
            case Kind::Contains:
                return read<Choices>(t.a, "a list of choices", [&t](const Choices& set) {
                    return truth_cell(std::find(set.begin(), set.end(), t.text) != set.end());
                });
            case Kind::Compare: return compare(t, child(t.a, i), child(t.b, i));
            case Kind::Number: return number_cell(t.number);
            case Kind::Text: return text_cell(t.text);
            case Kind::NumberItem:
                return read<double>(t.a, "a number", [&](double v) {
                    return std::isfinite(v) ? number_cell(v) : invalid(item_name(t.a) + " holds a number out of range");
                });
            case Kind::TextItem:
                return read<std::string>(t.a, "a text", [](const std::string& s) { return text_cell(s); });
            case Kind::DateItem:
            case Kind::Age:
            case Kind::MonthsSince:
            case Kind::DaysSince: return read<Date>(t.a, "a date", [&](const Date& d) { return date(t, d); });
        }
        return invalid("the condition holds an unknown operation");
    }

    // and (decided by a false side) / or (decided by a true side): a deciding
    // side wins over anything; else a failure wins over an unanswered item.
    Cell junction(const Cell& l, const Cell& r, Truth decides) {
        if (is(l, decides) || is(r, decides)) return truth_cell(decides == Truth::True);
        if (l.tag == Cell::Tag::Invalid) return l;
        if (r.tag == Cell::Tag::Invalid) return r;
        if (l.tag == Cell::Tag::Missing || r.tag == Cell::Tag::Missing) return Cell{};
        if (l.tag != Cell::Tag::Truth || r.tag != Cell::Tag::Truth) return invalid("'and'/'or' of a non-condition");
        return truth_cell(decides == Truth::False);
    }

    Cell compare(const Term& t, const Cell& l, const Cell& r) {
        if (l.tag == Cell::Tag::Invalid) return l;
        if (r.tag == Cell::Tag::Invalid) return r;
        if (l.tag == Cell::Tag::Missing || r.tag == Cell::Tag::Missing) return Cell{};
        if (l.tag != r.tag) return invalid("a comparison of two different kinds of value");
        switch (l.tag) {
            case Cell::Tag::Number: return truth_cell(ordered(t.op, l.number, r.number));
            case Cell::Tag::Text: return truth_cell(ordered(t.op, l.text, r.text));
            case Cell::Tag::Truth: return truth_cell(ordered(t.op, l.truth, r.truth));
            default: break;
        }
        return Cell{};
    }

    Cell date(const Term& t, const Date& d) {
        if (!Date::valid(d.year, d.month, d.day)) return invalid(item_name(t.a) + " holds an impossible date");
        switch (t.kind) {
            case Kind::Age:
                if (today_ < d) return invalid(item_name(t.a) + " is a birth date after today");
                return number_cell(whole_years_between(d, today_));
            case Kind::MonthsSince: return number_cell(whole_months_between(d, today_));
            case Kind::DaysSince: return number_cell(static_cast<double>(today_.days() - d.days()));
            default: return number_cell(static_cast<double>(d.days()));
        }
    }

    // The answer to item `item` as a T, passed to `make`: Missing when there
    // is none, Invalid when it is of another kind.
    template <typename T, typename Make>
    Cell read(std::uint32_t item, const char* expected, Make make) {
        const Answer* a = find(item);
        if (!a) return Cell{};
        if (const T* v = std::get_if<T>(a)) return make(*v);
        return invalid(item_name(item) + " holds " + kind_of(*a) + " where " + expected + " was expected");
    }

    const Answer* find(std::uint32_t item) const {
        if (item >= node_.items.size()) return nullptr;
        const auto it = answers_.find(node_.items[item]);
        return it == answers_.end() ? nullptr : &it->second;
    }

    std::string item_name(std::uint32_t item) const {
        return item < node_.items.size() ? "item '" + node_.items[item] + "'" : "an unknown item";
    }

    const Node& node_;
    const AnswerMap& answers_;
    const Date& today_;
    std::vector<Cell> cells_;
    std::vector<std::string> problems_{"the condition refers to a term out of order"};
    const Cell invalid_ref_{Cell::Tag::Invalid, Truth::Unknown, 0, {}, 0};
};

}  // namespace

Evaluation Node::evaluate(const AnswerMap& answers, const Date& today) const {
    return Evaluator(*this, answers, today).run();
}

}  // namespace kiosk::expr_detail
