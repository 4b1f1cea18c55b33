#pragma once
// The small expression language of conditions (`show_if`) and rules (`when`):
//   and, or, not, ( ), =, !=, <, <=, >, >=, contains,
//   age(date_item), months_since(date_item), days_since(date_item), answered(item),
//   literals yes/no/true/false, numbers, "strings" ('single' quotes too).
// Compiled once at load and type-checked against the questionnaire's items;
// evaluated with three-valued logic: an unanswered item is Unknown, never "no".
// An answer that cannot be read (a value of the wrong type, an impossible date)
// is not Unknown but a failure that says why, so the check can fail closed.
// Bounded: at most limits::kExpressionBytes long and kExpressionDepth deep
// (config_limits.hpp); evaluation walks the terms in a loop, not by recursion.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/date.hpp"
#include "questionnaire/answer.hpp"

namespace kiosk {

// What an item's answer is, as far as expressions are concerned.
enum class ValueType {
    None,       // info and signature items: nothing to compare
    Bool,       // yes/no
    Number,
    Date,
    Text,       // short and long text
    Choice,     // single choice: one option id
    ChoiceSet,  // multiple choice: a set of option ids
};

struct ItemSignature {
    ValueType type = ValueType::None;
    std::vector<std::string> options;  // for Choice and ChoiceSet
};

// Returns the item's signature, or nullptr when no item has that id.
using ItemLookup = std::function<const ItemSignature*(std::string_view id)>;

struct ExprError {
    size_t offset = 0;  // byte offset into the source where the problem starts
    std::string message;
};

enum class Truth { False, True, Unknown };

// The outcome of evaluating against one set of answers.
struct Evaluation {
    Truth truth = Truth::Unknown;  // Unknown when it failed
    std::string problem;           // why it could not be evaluated; names items, never values

    [[nodiscard]] bool failed() const { return !problem.empty(); }
};

namespace expr_detail {
struct Node;
}

class Expression {
public:
    // Parses and type-checks `source`; the whole expression must be a condition
    // (boolean). On failure, the first problem with its offset.
    [[nodiscard]] static std::variant<Expression, ExprError> compile(std::string_view source,
                                                                     const ItemLookup& lookup);

    // `today` anchors age(), months_since() and days_since(). Unknown both
    // when an item it needs is unanswered and when it could not be evaluated.
    [[nodiscard]] Truth evaluate(const AnswerMap& answers, const Date& today) const;
    // The same, telling a failure (with its reason) from an unanswered item.
    [[nodiscard]] Evaluation assess(const AnswerMap& answers, const Date& today) const;

    // Item ids the expression reads, unique, in order of first appearance.
    [[nodiscard]] const std::vector<std::string>& items() const { return items_; }
    [[nodiscard]] const std::string& source() const { return source_; }
    // The option ids the expression tests `item_id` for: `item = "x"`,
    // `item != "x"` and `item contains "x"`; unique, in order of appearance.
    [[nodiscard]] std::vector<std::string> options_tested(std::string_view item_id) const;

private:
    std::shared_ptr<const expr_detail::Node> root_;
    std::vector<std::string> items_;
    std::string source_;
};

}  // namespace kiosk
