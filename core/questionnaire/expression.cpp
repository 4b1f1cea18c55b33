// The expression language's entry point and its type checker. The grammar is
// in expression_parser.cpp, evaluation in expression_eval.cpp.
#include "questionnaire/expression.hpp"

#include <algorithm>
#include <utility>

#include "questionnaire/config_limits.hpp"
#include "questionnaire/expression_ast.hpp"

namespace kiosk {

std::variant<Expression, ExprError> Expression::compile(std::string_view source, const ItemLookup& lookup) {
    if (source.size() > limits::kExpressionBytes) {
        return ExprError{0, "expression is " + std::to_string(source.size()) + " characters long; at most " +
                                std::to_string(limits::kExpressionBytes) + " are allowed"};
    }
    auto parsed = expr_detail::parse(source, lookup);
    if (auto* err = std::get_if<ExprError>(&parsed)) return std::move(*err);
    auto node = std::make_shared<const expr_detail::Node>(std::get<expr_detail::Node>(std::move(parsed)));
    Expression e;
    e.items_ = node->items;
    e.source_ = std::string(source);
    e.root_ = std::move(node);
    return e;
}

Truth Expression::evaluate(const AnswerMap& answers, const Date& today) const {
    return assess(answers, today).truth;
}

Evaluation Expression::assess(const AnswerMap& answers, const Date& today) const {
    if (!root_) return {Truth::Unknown, "the condition was never compiled"};
    return root_->evaluate(answers, today);
}

std::vector<std::string> Expression::options_tested(std::string_view item_id) const {
    std::vector<std::string> out;
    if (!root_) return out;
    using expr_detail::Kind;
    const auto& terms = root_->terms;
    const auto is_item = [&](const expr_detail::Term& t) {
        return t.kind == Kind::TextItem && t.a < root_->items.size() && root_->items[t.a] == item_id;
    };
    const auto add = [&](const std::string& option) {
        if (std::ranges::find(out, option) == out.end()) out.push_back(option);
    };
    for (const expr_detail::Term& t : terms) {
        if (t.kind == Kind::Contains && t.a < root_->items.size() && root_->items[t.a] == item_id) add(t.text);
        if (t.kind != Kind::Compare || t.a >= terms.size() || t.b >= terms.size()) continue;
        const expr_detail::Term& lhs = terms[t.a];
        const expr_detail::Term& rhs = terms[t.b];
        if (is_item(lhs) && rhs.kind == Kind::Text) add(rhs.text);
        if (is_item(rhs) && lhs.kind == Kind::Text) add(lhs.text);
    }
    return out;
}

namespace expr_detail {

namespace {

std::string name_of(Type t) {
    switch (t) {
        case Type::Bool: return "a yes/no value";
        case Type::Number: return "a number";
        case Type::Date: return "a date";
        case Type::Text: return "a text";
        case Type::Choice: return "a single choice";
        case Type::ChoiceSet: return "a multiple choice";
        case Type::String: return "a string";
    }
    return "a value";
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

Operand made(std::uint32_t term, Type type, size_t offset) {
    Operand op;
    op.term = term;
    op.type = type;
    op.offset = offset;
    return op;
}

}  // namespace

std::nullopt_t Checker::fail(size_t offset, std::string message) {
    if (!error_) error_ = ExprError{offset, std::move(message)};
    return std::nullopt;
}

std::uint32_t Checker::emit(Term t) {
    node_.terms.push_back(std::move(t));
    return static_cast<std::uint32_t>(node_.terms.size() - 1);
}

std::uint32_t Checker::emit(Kind kind, std::uint32_t a, std::uint32_t b) {
    Term t;
    t.kind = kind;
    t.a = a;
    t.b = b;
    return emit(std::move(t));
}

std::uint32_t Checker::intern(std::string_view id) {
    auto& items = node_.items;
    const auto it = std::find(items.begin(), items.end(), id);
    if (it != items.end()) return static_cast<std::uint32_t>(it - items.begin());
    items.emplace_back(id);
    return static_cast<std::uint32_t>(items.size() - 1);
}

Checked Checker::constant(size_t offset, bool value) {
    Term t;
    t.kind = Kind::Constant;
    t.truth = value ? Truth::True : Truth::False;
    return made(emit(std::move(t)), Type::Bool, offset);
}

Checked Checker::number(size_t offset, double value) {
    Term t;
    t.kind = Kind::Number;
    t.number = value;
    return made(emit(std::move(t)), Type::Number, offset);
}

Checked Checker::string(size_t offset, std::string_view text) {
    Term t;
    t.kind = Kind::Text;
    t.text = std::string(text);
    return made(emit(std::move(t)), Type::String, offset);
}

Checked Checker::item(size_t offset, std::string_view id) {
    const ItemSignature* sig = lookup_ ? lookup_(id) : nullptr;
    if (!sig) return fail(offset, "unknown item '" + std::string(id) + "'");
    Operand op;
    op.offset = offset;
    op.item = intern(id);
    op.item_id = std::string(id);
    auto as = [&](Type type, Kind kind) -> Checked {
        op.type = type;
        if (type != Type::ChoiceSet) op.term = emit(kind, op.item);
        if (type == Type::Choice || type == Type::ChoiceSet) op.options = sig->options;
        return std::move(op);
    };
    switch (sig->type) {
        case ValueType::None: break;
        case ValueType::Bool: return as(Type::Bool, Kind::BoolItem);
        case ValueType::Number: return as(Type::Number, Kind::NumberItem);
        case ValueType::Date: return as(Type::Date, Kind::DateItem);
        case ValueType::Text: return as(Type::Text, Kind::TextItem);
        case ValueType::Choice: return as(Type::Choice, Kind::TextItem);
        case ValueType::ChoiceSet: return as(Type::ChoiceSet, Kind::TextItem);
    }
    return fail(offset, "item '" + std::string(id) + "' has no value to compare (info or signature)");
}

// The argument is an item operand just checked; its own term, if any, is the
// last one and is replaced by the call's.
Checked Checker::call(size_t offset, std::string_view function, Checked argument, size_t argument_offset) {
    if (!argument) return std::nullopt;
    const Kind kind = function == "age"            ? Kind::Age
                      : function == "months_since" ? Kind::MonthsSince
                      : function == "days_since"   ? Kind::DaysSince
                                                   : Kind::Answered;
    if (kind != Kind::Answered && argument->type != Type::Date) {
        return fail(argument_offset, "'" + std::string(function) + "' needs a date item; '" + argument->item_id +
                                         "' is " + name_of(argument->type));
    }
    if (argument->term != kNoTerm) node_.terms.pop_back();
    const Type type = kind == Kind::Answered ? Type::Bool : Type::Number;
    return made(emit(kind, argument->item), type, offset);
}

Checked Checker::condition(Checked op) {
    if (op && op->type != Type::Bool) return fail(op->offset, "expected a condition, got " + name_of(op->type));
    return op;
}

Checked Checker::logical(Kind kind, Checked lhs, Checked rhs) {
    if (!lhs || !rhs) return std::nullopt;
    lhs->term = emit(kind, lhs->term, rhs->term);
    return lhs;
}

Checked Checker::negation(size_t offset, Checked op) {
    if (!op) return std::nullopt;
    return made(emit(Kind::Not, op->term), Type::Bool, offset);
}

Checked Checker::contains(Checked set, Checked option) {
    if (!set || !option) return std::nullopt;
    if (set->type != Type::ChoiceSet) return fail(set->offset, "'contains' needs a multiple-choice item on its left");
    if (option->type != Type::String) {
        return fail(option->offset, "'contains' needs a quoted option on its right, got " + name_of(option->type));
    }
    if (!check_option(*option, *set)) return std::nullopt;
    Term t;
    t.kind = Kind::Contains;
    t.a = set->item;
    t.text = std::move(node_.terms[option->term].text);
    node_.terms.pop_back();  // the literal's own term, emitted last
    return made(emit(std::move(t)), Type::Bool, set->offset);
}

bool Checker::check_option(const Operand& literal, const Operand& item) {
    const std::string& value = node_.terms[literal.term].text;
    if (std::find(item.options.begin(), item.options.end(), value) != item.options.end()) return true;
    fail(literal.offset, "'" + value + "' is not an option of '" + item.item_id + "' (options: " + join(item.options) + ")");
    return false;
}

Checked Checker::compare(CmpOp op, std::string_view op_text, size_t op_offset, Checked lhs, Checked rhs) {
    if (!lhs || !rhs) return std::nullopt;
    auto mismatch = [&](const char* hint) {
        return fail(op_offset, "cannot compare " + name_of(lhs->type) + " with " + name_of(rhs->type) + hint);
    };
    const bool equality = op == CmpOp::Eq || op == CmpOp::Ne;
    auto equality_only = [&](Type t) {
        return fail(op_offset, "'" + std::string(op_text) + "' cannot be used with " + name_of(t) + "; only = and !=");
    };
    const bool lhs_literal = lhs->type == Type::String;
    const bool rhs_literal = rhs->type == Type::String;
    if (lhs_literal && rhs_literal) return mismatch("; one side must be an item");
    if (lhs_literal || rhs_literal) {
        const Operand& literal = lhs_literal ? *lhs : *rhs;
        const Operand& other = lhs_literal ? *rhs : *lhs;
        switch (other.type) {
            case Type::Date: {
                Term& t = node_.terms[literal.term];
                const auto date = Date::parse(t.text);
                if (!date) return fail(literal.offset, "'" + t.text + "' is not a valid date (YYYY-MM-DD)");
                t.kind = Kind::Number;  // compared as days since 1970-01-01, like a date item
                t.number = static_cast<double>(date->days());
                t.text.clear();
                break;
            }
            case Type::Text:
                if (!equality) return equality_only(other.type);
                break;
            case Type::Choice:
                if (!equality) return equality_only(other.type);
                if (!check_option(literal, other)) return std::nullopt;
                break;
            case Type::ChoiceSet: return mismatch("; use 'contains'");
            case Type::Bool: return mismatch("; write yes or no without quotes");
            default: return mismatch("");
        }
    } else if (lhs->type != rhs->type) {
        return mismatch("");
    } else if (lhs->type == Type::Bool) {
        if (!equality) return equality_only(lhs->type);
    } else if (lhs->type == Type::Text || lhs->type == Type::Choice) {
        return mismatch("; compare an item with a quoted value");
    } else if (lhs->type == Type::ChoiceSet) {
        return mismatch("; use 'contains'");
    }
    Term t;
    t.kind = Kind::Compare;
    t.op = op;
    t.a = lhs->term;
    t.b = rhs->term;
    return made(emit(std::move(t)), Type::Bool, lhs->offset);
}

std::variant<Node, ExprError> Checker::finish(Checked root) {
    root = condition(std::move(root));
    if (error_) return std::move(*error_);
    if (!root) return ExprError{0, "invalid expression"};
    node_.root = root->term;
    return std::move(node_);
}

}  // namespace expr_detail

}  // namespace kiosk
