#include "questionnaire/follow_up.hpp"

#include <algorithm>
#include <variant>

namespace kiosk {

namespace {

bool chosen(const Answer& answer, const std::string& option_id) {
    if (const auto* one = std::get_if<std::string>(&answer)) return *one == option_id;
    if (const auto* set = std::get_if<Choices>(&answer)) return std::ranges::find(*set, option_id) != set->end();
    return false;
}

}  // namespace

FollowUpCause follow_up_cause(const Questionnaire& questionnaire, const Item& item, const AnswerOf& answer_of) {
    FollowUpCause cause;
    if (!item.show_if || item.show_if->items().empty()) return cause;
    cause.parent = questionnaire.find(item.show_if->items().front());
    if (cause.parent == nullptr) return cause;
    const Answer* answer = answer_of(cause.parent->id);
    if (answer == nullptr) return cause;
    if (cause.parent->type == ItemType::YesNo) {
        if (const auto* yes = std::get_if<bool>(answer)) cause.kind = *yes ? FollowUpCause::Kind::Yes : FollowUpCause::Kind::No;
        return cause;
    }
    // A choice question: the first option, in the question's order, that the
    // condition tests and the client chose.
    const auto tested = item.show_if->options_tested(cause.parent->id);
    for (const Option& option : cause.parent->options) {
        if (std::ranges::find(tested, option.id) != tested.end() && chosen(*answer, option.id)) {
            cause.kind = FollowUpCause::Kind::Chose;
            cause.option = &option;
            break;
        }
    }
    return cause;
}

}  // namespace kiosk
