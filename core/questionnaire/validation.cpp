#include "questionnaire/validation.hpp"

#include <cmath>

#include "questionnaire/text_pattern.hpp"

namespace kiosk {

namespace {

std::string format_number(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// Digits with optional spaces, dashes, dots, brackets and one leading +;
// between 7 and 15 digits (E.164's maximum).
bool looks_like_phone(const std::string& s) {
    size_t digits = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') ++digits;
        else if (c == '+' && i == 0) continue;
        else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') return false;
    }
    return digits >= 7 && digits <= 15;
}

void check_text(const Item& item, const std::string& s, std::vector<Problem>& out) {
    const Validation& v = item.validation;
    const size_t len = utf8_length(s);
    if (v.min_length && len < *v.min_length) out.push_back({item.id, ProblemCode::TooShort, std::to_string(*v.min_length)});
    if (v.max_length && len > *v.max_length) out.push_back({item.id, ProblemCode::TooLong, std::to_string(*v.max_length)});
    if (v.pattern_re && !v.pattern_re->full_match(s)) out.push_back({item.id, ProblemCode::PatternMismatch, *v.pattern});
    if (v.format == TextFormat::Email && !looks_like_email(s)) out.push_back({item.id, ProblemCode::InvalidEmail, ""});
    if (v.format == TextFormat::Phone && !looks_like_phone(s)) out.push_back({item.id, ProblemCode::InvalidPhone, ""});
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Whether the answer counts as given at all (empty text and no choices do not).
bool given(const Answer& a) {
    if (const auto* s = std::get_if<std::string>(&a)) return !blank(*s);
    if (const auto* c = std::get_if<Choices>(&a)) return !c->empty();
    if (const auto* sig = std::get_if<Signature>(&a)) return !sig->strokes.empty();
    return true;
}

bool type_matches(ItemType t, const Answer& a) {
    switch (t) {
        case ItemType::YesNo: return std::holds_alternative<bool>(a);
        case ItemType::SingleChoice:
        case ItemType::Text:
        case ItemType::LongText: return std::holds_alternative<std::string>(a);
        case ItemType::MultiChoice: return std::holds_alternative<Choices>(a);
        case ItemType::Number: return std::holds_alternative<double>(a);
        case ItemType::Date: return std::holds_alternative<Date>(a);
        case ItemType::Signature: return std::holds_alternative<Signature>(a);
        case ItemType::Info: return false;
    }
    return false;
}

}  // namespace

size_t utf8_length(const std::string& s) {
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
    return n;
}

std::string Problem::message() const {
    const std::string& d = detail;
    switch (code) {
        case ProblemCode::Missing: return item_id + ": an answer is required";
        case ProblemCode::MustBeYes: return item_id + ": must be answered yes to continue";
        case ProblemCode::TooShort: return item_id + ": too short (at least " + d + " characters)";
        case ProblemCode::TooLong: return item_id + ": too long (at most " + d + " characters)";
        case ProblemCode::PatternMismatch: return item_id + ": does not match the expected pattern " + d;
        case ProblemCode::InvalidEmail: return item_id + ": not a valid email address";
        case ProblemCode::InvalidPhone: return item_id + ": not a valid phone number (7 to 15 digits)";
        case ProblemCode::BelowMin: return item_id + ": must be at least " + d;
        case ProblemCode::AboveMax: return item_id + ": must be at most " + d;
        case ProblemCode::NotWhole: return item_id + ": must be a whole number";
        case ProblemCode::FutureDate: return item_id + ": date " + d + " is in the future";
        case ProblemCode::DateTooEarly: return item_id + ": date must be on or after " + d;
        case ProblemCode::DateTooLate: return item_id + ": date must be on or before " + d;
        case ProblemCode::TooFewChoices: return item_id + ": choose at least " + d;
        case ProblemCode::TooManyChoices: return item_id + ": choose at most " + d;
        case ProblemCode::NoSignature: return item_id + ": the signature needs at least one stroke of two points";
        case ProblemCode::WrongType: return item_id + ": the answer has the wrong type";
    }
    return item_id + ": invalid answer";
}

bool is_visible(const Item& item, const AnswerMap& answers, const Date& today) {
    return !item.show_if || item.show_if->evaluate(answers, today) == Truth::True;
}

Undecided drop_hidden(const Questionnaire& q, AnswerMap& answers, const Date& today) {
    Undecided undecided;
    for (const auto& page : q.pages) {
        for (const auto& item : page.items) {
            if (item.type == ItemType::Info) {
                answers.erase(item.id);
                continue;
            }
            if (!item.show_if) continue;
            const Evaluation shown = item.show_if->assess(answers, today);
            if (shown.truth == Truth::True) continue;
            answers.erase(item.id);
            if (shown.failed()) undecided.emplace(item.id, "whether '" + item.id + "' is asked could not be decided: " + shown.problem);
        }
    }
    return undecided;
}

std::vector<Problem> validate_item(const Item& item, const Answer* a, Completeness mode, const Date& today) {
    std::vector<Problem> out;
    if (item.type == ItemType::Info) return out;
    const bool needed = item.required && !(item.type == ItemType::Signature && mode == Completeness::Check);
    if (!a || !given(*a)) {
        if (needed) out.push_back({item.id, ProblemCode::Missing, ""});
        return out;
    }
    if (!type_matches(item.type, *a)) {
        out.push_back({item.id, ProblemCode::WrongType, ""});
        return out;
    }
    const Validation& v = item.validation;
    if (const auto* b = std::get_if<bool>(a)) {
        if (v.must_be && *b != *v.must_be) out.push_back({item.id, ProblemCode::MustBeYes, ""});
    } else if (const auto* s = std::get_if<std::string>(a)) {
        if (item.type != ItemType::SingleChoice) check_text(item, *s, out);
    } else if (const auto* c = std::get_if<Choices>(a)) {
        if (v.min_choices && c->size() < *v.min_choices) out.push_back({item.id, ProblemCode::TooFewChoices, std::to_string(*v.min_choices)});
        if (v.max_choices && c->size() > *v.max_choices) out.push_back({item.id, ProblemCode::TooManyChoices, std::to_string(*v.max_choices)});
    } else if (const auto* n = std::get_if<double>(a)) {
        if (v.min && *n < *v.min) out.push_back({item.id, ProblemCode::BelowMin, format_number(*v.min)});
        if (v.max && *n > *v.max) out.push_back({item.id, ProblemCode::AboveMax, format_number(*v.max)});
        if (v.integer && std::floor(*n) != *n) out.push_back({item.id, ProblemCode::NotWhole, ""});
    } else if (const auto* d = std::get_if<Date>(a)) {
        if (v.not_future && today < *d) out.push_back({item.id, ProblemCode::FutureDate, d->iso()});
        if (v.min_date && *d < *v.min_date) out.push_back({item.id, ProblemCode::DateTooEarly, v.min_date->iso()});
        if (v.max_date && *v.max_date < *d) out.push_back({item.id, ProblemCode::DateTooLate, v.max_date->iso()});
    } else if (const auto* sig = std::get_if<Signature>(a)) {
        if (!sig->drawn()) out.push_back({item.id, ProblemCode::NoSignature, ""});
    }
    return out;
}

std::vector<Problem> validate_page(const Page& page, const AnswerMap& answers, Completeness mode, const Date& today) {
    std::vector<Problem> out;
    for (const auto& item : page.items) {
        if (!is_visible(item, answers, today)) continue;
        auto it = answers.find(item.id);
        auto p = validate_item(item, it == answers.end() ? nullptr : &it->second, mode, today);
        out.insert(out.end(), p.begin(), p.end());
    }
    return out;
}

std::vector<Problem> validate_answers(const Questionnaire& q, AnswerMap& answers, Completeness mode, const Date& today) {
    drop_hidden(q, answers, today);
    std::vector<Problem> out;
    for (const auto& page : q.pages) {
        auto p = validate_page(page, answers, mode, today);
        out.insert(out.end(), p.begin(), p.end());
    }
    return out;
}

}  // namespace kiosk
