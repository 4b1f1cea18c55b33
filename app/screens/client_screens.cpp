#include "screens/client_screens.hpp"

namespace kiosk::ui {

namespace {

// Where the client was: nothing of it is kept once they have moved on.
void leave(ClientScreens& screens, session::Step step) {
    switch (step) {
        case session::Step::Questions: screens.questions.reset(); break;
        case session::Step::Consent: screens.consent.reset(); break;
        case session::Step::Review: screens.review.reset(); break;
        case session::Step::Attract:
        case session::Step::About:
        case session::Step::Thanks: break;
    }
}

}  // namespace

void ClientScreens::enter(const session::IntakeSession& s, session::Step from, size_t from_page) {
    const session::Step now = s.step();
    if (now == from && s.page_index() == from_page) return;
    leave(*this, from);
    leave(*this, now);
    if (now == session::Step::About && from != session::Step::About)
        about.enter(from == session::Step::Questions, s.config().questionnaire.cards.size());
}

void ClientScreens::reset() {
    about.enter(false, 0);
    questions.reset();
    consent.reset();
    review.reset();
}

}  // namespace kiosk::ui
