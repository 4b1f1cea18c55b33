#include "theme/review_strings.hpp"

#include <array>
#include <utility>

#include "text/date_words.hpp"
#include "text/text_catalogue.hpp"

namespace kiosk::ui {

namespace {

// The texts are in assets/i18n/<lang>.yaml; these are their keys.
constexpr std::array<std::pair<ReviewText, std::string_view>, 26> kKeys{{
    {ReviewText::KeepReading, "review.keep_reading"},
    {ReviewText::ReadToTheEnd, "review.read_to_the_end"},
    {ReviewText::SignAgain, "review.sign_again"},
    {ReviewText::Clear, "review.clear"},
    {ReviewText::ConsentNote, "review.consent_note"},
    {ReviewText::ReviewTitle, "review.title"},
    {ReviewText::ReviewIntro, "review.intro"},
    {ReviewText::Edit, "review.edit"},
    {ReviewText::Submit, "review.submit"},
    {ReviewText::ReviewNote, "review.note"},
    {ReviewText::SaveFailedTitle, "review.save_failed_title"},
    {ReviewText::SaveFailedBody, "review.save_failed_body"},
    {ReviewText::Signed, "review.signed"},
    {ReviewText::ConsentAccepted, "review.consent_accepted"},
    {ReviewText::NothingOnPage, "review.nothing_on_page"},
    {ReviewText::Done, "review.done"},
    {ReviewText::ThanksHint, "review.thanks_hint"},
    {ReviewText::StillThereTitle, "review.still_there_title"},
    {ReviewText::StillThereBody, "review.still_there_body"},
    {ReviewText::StillHere, "review.still_here"},
    {ReviewText::Seconds, "review.seconds"},
    {ReviewText::Second, "review.second"},
    {ReviewText::ChooseDate, "review.choose_date"},
    {ReviewText::Day, "review.day"},
    {ReviewText::Month, "review.month"},
    {ReviewText::Year, "review.year"},
}};

}  // namespace

std::string_view review_text(ReviewText id, std::string_view lang) {
    for (const auto& [key_id, key] : kKeys)
        if (key_id == id) return text::tr(lang, key);
    return {};
}

std::string_view month_name(int month, std::string_view lang) { return text::month_name(month, lang); }

std::vector<std::string_view> all_review_text() { return text::builtin().all_text(); }

}  // namespace kiosk::ui
