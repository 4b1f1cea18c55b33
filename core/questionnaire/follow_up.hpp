#pragma once
// Why a follow-up question is on screen: the answer to the earlier question
// that its `show_if` reads. The client's screen turns it into "Because you
// answered yes" / "Because you chose Face"; the reasoning lives here, on the
// compiled condition, not on the condition's text.
#include <functional>
#include <string_view>

#include "questionnaire/model.hpp"

namespace kiosk {

struct FollowUpCause {
    enum class Kind {
        Earlier,  // an earlier answer, not more precisely known
        Yes,      // the parent yes/no question was answered yes
        No,       // ... answered no
        Chose,    // the client chose `option` of the parent question
    };
    Kind kind = Kind::Earlier;
    const Item* parent = nullptr;    // the question whose answer shows this one, if known
    const Option* option = nullptr;  // for Chose
};

// The current answer to an item id, or nullptr when unanswered.
using AnswerOf = std::function<const Answer*(std::string_view item_id)>;

[[nodiscard]] FollowUpCause follow_up_cause(const Questionnaire& questionnaire, const Item& item,
                                            const AnswerOf& answer_of);

}  // namespace kiosk
