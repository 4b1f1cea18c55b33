#pragma once
// Typed keys for the kiosk's own words on the consent, review, thank-you and
// idle screens and in the date picker and signature pad; the texts are in
// assets/i18n/<lang>.yaml (core/text/text_catalogue.hpp). Words shared with
// the rest of the flow are in flow_strings.hpp; clinic texts come from
// kiosk-config.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class ReviewText {
    // consent
    KeepReading,
    ReadToTheEnd,  // Next refused: the text was not read to the end
    SignAgain,     // an edit after signing took the signature away
    Clear,
    ConsentNote,  // bottom bar: "Next, you can check all your answers."
    // review
    ReviewTitle,
    ReviewIntro,
    Edit,
    Submit,
    ReviewNote,
    SaveFailedTitle,
    SaveFailedBody,
    Signed,
    ConsentAccepted,  // the consent text itself, on review
    NothingOnPage,
    // thanks
    Done,
    ThanksHint,
    // idle
    StillThereTitle,
    StillThereBody,
    StillHere,
    Seconds,
    Second,
    // date picker
    ChooseDate,
    Day,
    Month,
    Year,
};

[[nodiscard]] std::string_view review_text(ReviewText id, std::string_view lang);

// "January" / "enero"; month 1..12.
[[nodiscard]] std::string_view month_name(int month, std::string_view lang);

// Every catalogue text (all of them, whichever table is asked), for the font atlas.
[[nodiscard]] std::vector<std::string_view> all_review_text();

}  // namespace kiosk::ui
