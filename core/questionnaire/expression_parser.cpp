// The grammar of the expression language: a lexer and a recursive-descent
// parser. Precedence, lowest first: or, and, not, one comparison, primary.
// Types and terms are the Checker's business (expression.cpp).
#include <array>
#include <charconv>
#include <utility>

#include "questionnaire/config_limits.hpp"
#include "questionnaire/expression_ast.hpp"

namespace kiosk::expr_detail {

namespace {

enum class Tok : std::uint8_t {
    End, Bad, Ident, Number, String, LParen, RParen,
    Eq, Ne, Lt, Le, Gt, Ge, Contains, And, Or, Not, Yes, No, True, False,
};

struct Token {
    Tok kind = Tok::End;
    size_t offset = 0;      // of the first byte (a string's opening quote)
    std::string_view text;  // as written; a string's content without its quotes
    double number = 0;
    std::string error;      // why a Bad token is bad
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_word(char c) { return is_word_start(c) || is_digit(c); }

// "12", "6.5", "-3": digits with an optional fraction, an optional minus.
bool is_number(std::string_view w) {
    size_t i = w[0] == '-' ? 1 : 0;
    const size_t first_digit = i;
    while (i < w.size() && is_digit(w[i])) ++i;
    if (i == first_digit) return false;
    if (i == w.size()) return true;
    if (w[i] != '.' || ++i == w.size()) return false;
    while (i < w.size() && is_digit(w[i])) ++i;
    return i == w.size();
}

// Tokens on demand, so the first problem in reading order is the one
// reported, whether lexical or grammatical.
class Lexer {
public:
    explicit Lexer(std::string_view source) : src_(source) {}

    Token next() {
        while (pos_ < src_.size() && is_space(src_[pos_])) ++pos_;
        if (pos_ >= src_.size()) return make(Tok::End, src_.size(), 0);
        const size_t start = pos_;
        const char c = src_[start];
        if (is_word_start(c)) return word(start);
        if (is_digit(c) || (c == '-' && start + 1 < src_.size() && is_digit(src_[start + 1]))) return number(start);
        if (c == '"' || c == '\'') return string(start);
        return symbol(start);
    }

private:
    Token make(Tok kind, size_t start, size_t length, std::string error = {}) {
        pos_ = start + length;
        return Token{kind, start, src_.substr(start, length), 0, std::move(error)};
    }

    Token word(size_t start) {
        size_t end = start;
        while (end < src_.size() && is_word(src_[end])) ++end;
        const std::string_view w = src_.substr(start, end - start);
        static constexpr std::array<std::pair<std::string_view, Tok>, 8> kKeywords{{
            {"and", Tok::And}, {"or", Tok::Or}, {"not", Tok::Not}, {"contains", Tok::Contains},
            {"yes", Tok::Yes}, {"no", Tok::No}, {"true", Tok::True}, {"false", Tok::False},
        }};
        for (const auto& [name, kind] : kKeywords) {
            if (w == name) return make(kind, start, w.size());
        }
        return make(Tok::Ident, start, w.size());
    }

    // A number runs on over letters and dots, so "12abc" is one bad token
    // rather than a number followed by an item.
    Token number(size_t start) {
        size_t end = start + 1;
        while (end < src_.size() && (is_word(src_[end]) || src_[end] == '.')) ++end;
        const std::string_view w = src_.substr(start, end - start);
        double value = 0;
        if (!is_number(w) || std::from_chars(w.data(), w.data() + w.size(), value).ec != std::errc{}) {
            return make(Tok::Bad, start, w.size(), "'" + std::string(w) + "' is not a number");
        }
        Token t = make(Tok::Number, start, w.size());
        t.number = value;
        return t;
    }

    Token string(size_t start) {
        const size_t close = src_.find(src_[start], start + 1);
        if (close == std::string_view::npos) return make(Tok::Bad, start, src_.size() - start, "unterminated string");
        Token t = make(Tok::String, start, close + 1 - start);
        t.text = src_.substr(start + 1, close - start - 1);
        return t;
    }

    Token symbol(size_t start) {
        const char c = src_[start];
        const char n = start + 1 < src_.size() ? src_[start + 1] : '\0';
        switch (c) {
            case '(': return make(Tok::LParen, start, 1);
            case ')': return make(Tok::RParen, start, 1);
            case '=':
                if (n == '=') return make(Tok::Bad, start, 2, "unexpected '==' (write '=' to compare)");
                return make(Tok::Eq, start, 1);
            case '<': return n == '=' ? make(Tok::Le, start, 2) : make(Tok::Lt, start, 1);
            case '>': return n == '=' ? make(Tok::Ge, start, 2) : make(Tok::Gt, start, 1);
            case '!':
                if (n == '=') return make(Tok::Ne, start, 2);
                break;
            default: break;
        }
        // Quote a whole UTF-8 sequence, so the message stays readable.
        size_t end = start + 1;
        while (end < src_.size() && (static_cast<unsigned char>(src_[end]) & 0xC0U) == 0x80U) ++end;
        const std::string_view w = src_.substr(start, end - start);
        return make(Tok::Bad, start, w.size(), "unexpected '" + std::string(w) + "'");
    }

    std::string_view src_;
    size_t pos_ = 0;
};

std::optional<CmpOp> comparison_of(Tok t) {
    switch (t) {
        case Tok::Eq: return CmpOp::Eq;
        case Tok::Ne: return CmpOp::Ne;
        case Tok::Lt: return CmpOp::Lt;
        case Tok::Le: return CmpOp::Le;
        case Tok::Gt: return CmpOp::Gt;
        case Tok::Ge: return CmpOp::Ge;
        default: return std::nullopt;
    }
}

bool is_comparison(Tok t) { return comparison_of(t) || t == Tok::Contains; }

bool is_function(std::string_view name) {
    return name == "age" || name == "months_since" || name == "days_since" || name == "answered";
}

// Guards the stack against pathological nesting such as "((((((...": the
// parser is the only part of the language that recurses, once per level.
constexpr int kMaxDepth = limits::kExpressionDepth;

class Parser {
public:
    Parser(std::string_view source, const ItemLookup& lookup) : lexer_(source), check_(lookup) {
        cur_ = lexer_.next();
    }

    std::variant<Node, ExprError> run() {
        if (cur_.kind == Tok::End) return ExprError{0, "empty expression: expected a condition"};
        Checked top = parse_or(0);
        if (top && cur_.kind != Tok::End) top = unexpected(cur_);
        return check_.finish(std::move(top));
    }

private:
    void advance() {
        if (peeked_) {
            cur_ = std::move(*peeked_);
            peeked_.reset();
        } else {
            cur_ = lexer_.next();
        }
    }
    const Token& peek() {
        if (!peeked_) peeked_ = lexer_.next();
        return *peeked_;
    }

    std::nullopt_t unexpected(const Token& t) {
        if (t.kind == Tok::Bad) return check_.fail(t.offset, t.error);
        if (t.kind == Tok::End) return check_.fail(t.offset, "unexpected end of expression");
        return check_.fail(t.offset, "unexpected '" + std::string(t.text) + "'");
    }

    std::nullopt_t too_deep() {
        return check_.fail(cur_.offset, "expression is nested too deeply (at most " + std::to_string(kMaxDepth) +
                                            " brackets and nots inside one another)");
    }

    bool expect_close() {
        if (cur_.kind == Tok::RParen) {
            advance();
            return true;
        }
        if (cur_.kind == Tok::Bad) unexpected(cur_);
        else check_.fail(cur_.offset, "expected ')'");
        return false;
    }

    // or / and: left-associative chains of conditions. `depth` counts the
    // brackets and nots around; each one that would open level kMaxDepth + 1
    // is refused where it is written (parse_not, parse_primary).
    Checked parse_or(int depth) {
        Checked lhs = parse_and(depth);
        while (lhs && cur_.kind == Tok::Or) {
            if (!(lhs = check_.condition(std::move(lhs)))) break;
            advance();
            lhs = check_.logical(Kind::Or, std::move(lhs), check_.condition(parse_and(depth)));
        }
        return lhs;
    }

    Checked parse_and(int depth) {
        Checked lhs = parse_not(depth);
        while (lhs && cur_.kind == Tok::And) {
            if (!(lhs = check_.condition(std::move(lhs)))) break;
            advance();
            lhs = check_.logical(Kind::And, std::move(lhs), check_.condition(parse_not(depth)));
        }
        return lhs;
    }

    Checked parse_not(int depth) {
        if (cur_.kind != Tok::Not) return parse_comparison(depth);
        if (depth >= kMaxDepth) return too_deep();
        const size_t at = cur_.offset;
        advance();
        return check_.negation(at, check_.condition(parse_not(depth + 1)));
    }

    // At most one comparison: "a < b < c" is an error, not (a < b) < c.
    Checked parse_comparison(int depth) {
        Checked lhs = parse_primary(depth);
        if (!lhs || !is_comparison(cur_.kind)) return lhs;
        const Token op = cur_;
        advance();
        Checked rhs = parse_primary(depth);
        Checked result = op.kind == Tok::Contains
                             ? check_.contains(std::move(lhs), std::move(rhs))
                             : check_.compare(*comparison_of(op.kind), op.text, op.offset, std::move(lhs), std::move(rhs));
        if (result && is_comparison(cur_.kind)) {
            return check_.fail(cur_.offset, "comparisons cannot be chained; join them with 'and'");
        }
        return result;
    }

    Checked parse_primary(int depth) {
        const Token t = cur_;
        switch (t.kind) {
            case Tok::LParen: {
                if (depth >= kMaxDepth) return too_deep();
                advance();
                Checked inner = parse_or(depth + 1);
                if (!inner || !expect_close()) return std::nullopt;
                inner->offset = t.offset;
                return inner;
            }
            case Tok::Yes:
            case Tok::No:
            case Tok::True:
            case Tok::False: advance(); return check_.constant(t.offset, t.kind == Tok::Yes || t.kind == Tok::True);
            case Tok::Number: advance(); return check_.number(t.offset, t.number);
            case Tok::String: advance(); return check_.string(t.offset, t.text);
            case Tok::Ident:
                if (peek().kind == Tok::LParen) return parse_call();
                advance();
                return check_.item(t.offset, t.text);
            case Tok::Bad:
            case Tok::End: return unexpected(t);
            default: return check_.fail(t.offset, "expected an expression, got '" + std::string(t.text) + "'");
        }
    }

    // age(x), months_since(x), days_since(x), answered(x): one bare item id.
    Checked parse_call() {
        const Token name = cur_;
        const std::string fn(name.text);
        if (!is_function(fn)) {
            return check_.fail(name.offset, "unknown function '" + fn + "' (functions: age, months_since, days_since, answered)");
        }
        advance();  // the name
        advance();  // '('
        const Token arg = cur_;
        if (arg.kind == Tok::End || arg.kind == Tok::Bad) return unexpected(arg);
        if (arg.kind != Tok::Ident) {
            const char* what = fn == "answered" ? "an item id" : "a date item id";
            return check_.fail(arg.offset, "'" + fn + "' takes " + what + ", e.g. " + fn + "(dob)");
        }
        advance();
        Checked result = check_.call(name.offset, fn, check_.item(arg.offset, arg.text), arg.offset);
        if (!result || !expect_close()) return std::nullopt;
        return result;
    }

    Lexer lexer_;
    Checker check_;
    Token cur_;
    std::optional<Token> peeked_;
};

}  // namespace

std::variant<Node, ExprError> parse(std::string_view source, const ItemLookup& lookup) {
    return Parser(source, lookup).run();
}

}  // namespace kiosk::expr_detail
