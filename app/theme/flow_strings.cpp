#include "theme/flow_strings.hpp"

#include <array>
#include <utility>

#include "text/date_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::ui {

namespace {

// The texts are in assets/i18n/<lang>.yaml; these are their keys.
constexpr std::array<std::pair<FlowText, std::string_view>, 22> kKeys{{
    {FlowText::Back, "flow.back"},
    {FlowText::Next, "flow.next"},
    {FlowText::Continue, "flow.continue"},
    {FlowText::Skip, "flow.skip"},
    {FlowText::StepOf, "flow.step_of"},
    {FlowText::CardOf, "flow.card_of"},
    {FlowText::ChangeAnswersNote, "flow.change_answers_note"},
    {FlowText::ReturnToReviewNote, "flow.return_to_review_note"},
    {FlowText::ProblemsNoteOne, "flow.problems_note_one"},
    {FlowText::ProblemsNoteMany, "flow.problems_note_many"},
    {FlowText::Yes, "flow.yes"},
    {FlowText::No, "flow.no"},
    {FlowText::BecauseYes, "flow.because_yes"},
    {FlowText::BecauseNo, "flow.because_no"},
    {FlowText::BecauseChose, "flow.because_chose"},
    {FlowText::BecauseAbove, "flow.because_above"},
    {FlowText::Done, "flow.done"},
    {FlowText::Space, "flow.space"},
    {FlowText::Letters, "flow.letters"},
    {FlowText::Digits, "flow.digits"},
    {FlowText::AccentHint, "flow.accent_hint"},
    {FlowText::Optional, "flow.optional"},
}};

constexpr std::array<std::pair<ProblemCode, std::string_view>, 17> kProblemKeys{{
    {ProblemCode::Missing, "problem.missing"},
    {ProblemCode::MustBeYes, "problem.must_be_yes"},
    {ProblemCode::TooShort, "problem.too_short"},
    {ProblemCode::TooLong, "problem.too_long"},
    {ProblemCode::PatternMismatch, "problem.pattern_mismatch"},
    {ProblemCode::InvalidEmail, "problem.invalid_email"},
    {ProblemCode::InvalidPhone, "problem.invalid_phone"},
    {ProblemCode::BelowMin, "problem.below_min"},
    {ProblemCode::AboveMax, "problem.above_max"},
    {ProblemCode::NotWhole, "problem.not_whole"},
    {ProblemCode::FutureDate, "problem.future_date"},
    {ProblemCode::DateTooEarly, "problem.date_too_early"},
    {ProblemCode::DateTooLate, "problem.date_too_late"},
    {ProblemCode::TooFewChoices, "problem.too_few_choices"},
    {ProblemCode::TooManyChoices, "problem.too_many_choices"},
    {ProblemCode::NoSignature, "problem.no_signature"},
    {ProblemCode::WrongType, "problem.wrong_type"},
}};

// Missing, worded for the kind of control the client sees.
std::string_view missing_key(ItemType type) {
    switch (type) {
        case ItemType::Text:
        case ItemType::LongText:
        case ItemType::Number: return "problem.missing_text";
        case ItemType::MultiChoice: return "problem.missing_choices";
        case ItemType::Date: return "problem.missing_date";
        default: return "problem.missing";
    }
}

}  // namespace

std::string_view flow_text(FlowText id, std::string_view lang) {
    for (const auto& [key_id, key] : kKeys)
        if (key_id == id) return text::tr(lang, key);
    return {};
}

std::string fill(std::string_view text, std::string_view name, std::string_view value) {
    return text::fill(text, name, value);
}

std::string long_date(const kiosk::Date& date, std::string_view lang) { return text::long_date(date, lang); }

std::string problem_text(const kiosk::Problem& problem, const kiosk::Item& item, std::string_view lang) {
    if (problem.code == ProblemCode::PatternMismatch && !item.validation.pattern_message.empty())
        return item.validation.pattern_message.in(lang);
    std::string_view key = problem.code == ProblemCode::Missing ? missing_key(item.type) : std::string_view();
    for (const auto& [code, code_key] : kProblemKeys)
        if (key.empty() && code == problem.code) key = code_key;
    std::string out(text::tr(lang, key));
    if (out.find("{date}") != std::string::npos) {
        const auto d = kiosk::Date::parse(problem.detail);
        out = fill(out, "date", d ? long_date(*d, lang) : problem.detail);
    }
    return fill(out, "n", problem.detail);
}

std::vector<std::string_view> all_flow_text() {
    std::vector<std::string_view> out = text::builtin().all_text();
    out.emplace_back("áéíóúüñçÁÉÍÓÚÜÑÇ@'-.,");  // the keyboard's keys
    return out;
}

}  // namespace kiosk::ui
