#pragma once
// Typed keys for the kiosk's own words on the intake flow (about, questions,
// the on-screen keyboard, the page frame) and the client-facing reason for
// each validation ProblemCode. The texts themselves are in the catalogues
// (assets/i18n/<lang>.yaml, core/text/text_catalogue.hpp); a language
// without one falls back to English.
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/model.hpp"
#include "questionnaire/validation.hpp"

namespace kiosk::ui {

enum class FlowText {
    Back,
    Next,
    Continue,
    Skip,
    StepOf,          // "Step {i} of {n}": the numbers are drawn heavier
    CardOf,          // "{i} of {n}" under the about cards
    ChangeAnswersNote,
    ReturnToReviewNote,
    ProblemsNoteOne,   // bottom bar after a refused Next
    ProblemsNoteMany,  // "{n} answers need your attention"
    Yes,
    No,
    BecauseYes,        // follow-up of a yes/no answered Yes
    BecauseNo,
    BecauseChose,      // "Because you chose {option}"
    BecauseAbove,      // any other condition
    Done,              // the keyboard's primary key
    Space,
    Letters,           // the layer key back to letters ("ABC")
    Digits,            // the layer key to digits ("123")
    AccentHint,        // "For accents, like the í in García, tap {key} then the letter."
    Optional,
};

[[nodiscard]] std::string_view flow_text(FlowText id, std::string_view lang);

// Replaces "{name}" in `text` with `value`.
[[nodiscard]] std::string fill(std::string_view text, std::string_view name, std::string_view value);

// The calm reason shown beside a field, in `lang`, for a problem with `item`'s answer.
[[nodiscard]] std::string problem_text(const kiosk::Problem& problem, const kiosk::Item& item, std::string_view lang);

// "12 March 2026" / "12 de marzo de 2026".
[[nodiscard]] std::string long_date(const kiosk::Date& date, std::string_view lang);

// Every catalogue text (all of them, whichever table is asked), for the font atlas.
[[nodiscard]] std::vector<std::string_view> all_flow_text();

}  // namespace kiosk::ui
