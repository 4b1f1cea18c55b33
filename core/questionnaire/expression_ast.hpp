#pragma once
// Internal to the expression language: the compiled form an Expression holds
// and the parser that produces it. Nothing outside core/questionnaire/expression*
// should include this.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "questionnaire/expression.hpp"

namespace kiosk::expr_detail {

enum class Kind : std::uint8_t {
    // Conditions: evaluate to a Truth.
    And,          // a and b (children)
    Or,           // a or b (children)
    Not,          // not a (child)
    Constant,     // yes/no/true/false: `truth`
    BoolItem,     // a yes/no item (item a)
    Answered,     // answered(item a)
    Contains,     // item a (multiple choice) contains option `text`
    Compare,      // a `op` b, both value terms of one comparable kind
    // Values: evaluate to a number, a text or (for conditions) a truth.
    Number,       // a number literal, or a date literal as days since 1970-01-01
    Text,         // a string literal
    NumberItem,   // a number item (item a)
    DateItem,     // a date item as days since 1970-01-01 (item a)
    TextItem,     // a text or single-choice item (item a)
    Age,          // age(item a)
    MonthsSince,  // months_since(item a)
    DaysSince,    // days_since(item a)
};

enum class CmpOp : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

// One node of the tree. Children and items are indices, so the whole tree is
// one contiguous vector: destroying it or evaluating it recurses nowhere.
struct Term {
    Kind kind = Kind::Constant;
    CmpOp op = CmpOp::Eq;
    Truth truth = Truth::Unknown;
    std::uint32_t a = 0;  // first child, or the index of the item in Node::items
    std::uint32_t b = 0;  // second child
    double number = 0;
    std::string text;
};

// The compiled expression (the header's opaque `Node`): every term, children
// before their parents (so one pass in order evaluates it), and the item ids
// the terms refer to by index.
struct Node {
    std::vector<Term> terms;
    std::vector<std::string> items;  // unique, in order of first appearance
    std::uint32_t root = 0;

    [[nodiscard]] Evaluation evaluate(const AnswerMap& answers, const Date& today) const;
};

// ValueType plus the type of a quoted literal, whose meaning (a date, a text,
// an option) comes from what it is compared with.
enum class Type : std::uint8_t { Bool, Number, Date, Text, Choice, ChoiceSet, String };

inline constexpr std::uint32_t kNoTerm = 0xFFFFFFFFU;

// One checked sub-expression: its term, its type, and what messages about it need.
struct Operand {
    std::uint32_t term = kNoTerm;  // none for a multiple-choice item
    Type type = Type::Bool;
    size_t offset = 0;       // where it starts in the source
    std::uint32_t item = 0;  // index in Node::items, for an item
    std::string item_id;
    std::vector<std::string> options;  // Choice and ChoiceSet
};

using Checked = std::optional<Operand>;

// The semantic half of compiling: resolves items, applies the type rules and
// emits terms. The parser calls it as it recognises each construct; the first
// error recorded wins and every later call is a no-op returning nullopt.
class Checker {
public:
    explicit Checker(const ItemLookup& lookup) : lookup_(lookup) {}

    std::nullopt_t fail(size_t offset, std::string message);

    Checked constant(size_t offset, bool value);
    Checked number(size_t offset, double value);
    Checked string(size_t offset, std::string_view text);
    Checked item(size_t offset, std::string_view id);
    Checked call(size_t offset, std::string_view function, Checked argument, size_t argument_offset);
    Checked condition(Checked op);
    Checked logical(Kind kind, Checked lhs, Checked rhs);  // And, Or
    Checked negation(size_t offset, Checked op);
    Checked contains(Checked set, Checked option);
    Checked compare(CmpOp op, std::string_view op_text, size_t op_offset, Checked lhs, Checked rhs);

    // The finished tree with `root` as its root, or the first error.
    [[nodiscard]] std::variant<Node, ExprError> finish(Checked root);

private:
    std::uint32_t emit(Term t);
    std::uint32_t emit(Kind kind, std::uint32_t a = 0, std::uint32_t b = 0);
    std::uint32_t intern(std::string_view id);
    bool check_option(const Operand& literal, const Operand& item);

    const ItemLookup& lookup_;
    Node node_;
    std::optional<ExprError> error_;
};

// Parses and type-checks; the first problem found wins.
[[nodiscard]] std::variant<Node, ExprError> parse(std::string_view source, const ItemLookup& lookup);

}  // namespace kiosk::expr_detail
