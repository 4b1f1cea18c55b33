#pragma once
// Which items are shown, and whether the answers given are complete and valid.
// Used by the CLI (check, submit) and by the kiosk's intake session alike.
#include <map>
#include <string>
#include <vector>

#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"

namespace kiosk {

enum class ProblemCode {
    Missing,         // a required answer is not given
    MustBeYes,       // a consent acknowledgement not ticked
    TooShort,
    TooLong,
    PatternMismatch,
    InvalidEmail,
    InvalidPhone,
    BelowMin,
    AboveMax,
    NotWhole,
    FutureDate,
    DateTooEarly,
    DateTooLate,
    TooFewChoices,
    TooManyChoices,
    NoSignature,     // a signature with no stroke of two points
    WrongType,       // the stored value does not match the item's type
};

struct Problem {
    std::string item_id;
    ProblemCode code = ProblemCode::Missing;
    std::string detail;  // the bound that was crossed, in the CLI's English message

    // A plain English sentence for the CLI, e.g. "dob: date is in the future".
    [[nodiscard]] std::string message() const;
};

// Whether the client is to see `item` given the answers so far.
[[nodiscard]] bool is_visible(const Item& item, const AnswerMap& answers, const Date& today);

// Item id -> why its condition could not be evaluated (Expression::assess).
using Undecided = std::map<std::string, std::string, std::less<>>;

// Removes answers to items that their condition hides (in questionnaire
// order, so a follow-up of a hidden follow-up goes too), and answers to info
// items. Hidden answers are never read by a rule. An item whose condition
// cannot be evaluated is dropped too and returned, so the check can report
// the rules that needed it instead of taking it as unanswered.
Undecided drop_hidden(const Questionnaire& q, AnswerMap& answers, const Date& today);

enum class Completeness {
    Check,   // everything required except signatures
    Submit,  // everything required
};

// Problems of one item's answer (none if it is hidden); `answer` may be null.
[[nodiscard]] std::vector<Problem> validate_item(const Item& item, const Answer* answer, Completeness mode,
                                                 const Date& today);

// Drops hidden answers, then validates every visible item.
[[nodiscard]] std::vector<Problem> validate_answers(const Questionnaire& q, AnswerMap& answers, Completeness mode,
                                                    const Date& today);

// Validates only the items of one page (the kiosk's Next button).
[[nodiscard]] std::vector<Problem> validate_page(const Page& page, const AnswerMap& answers, Completeness mode,
                                                 const Date& today);

[[nodiscard]] size_t utf8_length(const std::string& s);

}  // namespace kiosk
