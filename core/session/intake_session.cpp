// IntakeSession: construction, progress and navigation between steps and pages.
#include "session/intake_session.hpp"

#include <utility>

#include "session/scrub.hpp"

namespace kiosk::session {

namespace {

std::string default_language(const KioskConfig& config) {
    return config.clinic.languages.empty() ? std::string("en") : config.clinic.languages.front().code;
}

}  // namespace

IntakeSession::IntakeSession(const KioskConfig& config, const Clock& clock, SubmissionSink& sink, IdSource new_id)
    : config_(config),
      q_(config.questionnaire),
      clock_(clock),
      sink_(sink),
      new_id_(std::move(new_id)),
      engine_(config.questionnaire),
      default_lang_(default_language(config)),
      lang_(default_lang_),
      idle_(IdleTimer::from_seconds(config.clinic.timeouts.idle_seconds, config.clinic.timeouts.countdown_seconds)) {
    question_pages_ = q_.pages.size();
    if (!q_.pages.empty() && q_.pages.back().kind == PageKind::Consent) {
        consent_page_ = q_.pages.size() - 1;
        question_pages_ = *consent_page_;
    }
}

IntakeSession::~IntakeSession() {
    scrub(answers_);
    for (auto& p : shown_) scrub(p.detail);
}

std::optional<Progress> IntakeSession::progress() const {
    const size_t of = q_.pages.size() + 1;
    if (on_page()) return Progress{page_ + 1, of};
    if (step_ == Step::Review) return Progress{of, of};
    return std::nullopt;
}

size_t IntakeSession::page_count() const { return q_.pages.size(); }

const Page* IntakeSession::current_page() const { return on_page() ? &q_.pages[page_] : nullptr; }

void IntakeSession::activity() { idle_.activity(clock_.now_ms()); }

bool IntakeSession::set_language(std::string_view code) {
    if (!accepting() || !config_.offers(code)) return false;
    activity();
    lang_ = std::string(code);
    return true;
}

bool IntakeSession::start() {
    if (!accepting() || step_ != Step::Attract) return false;
    idle_.arm(clock_.now_ms());
    if (q_.cards.empty()) enter_pages();
    else step_ = Step::About;
    return true;
}

bool IntakeSession::skip_about() {
    if (!accepting() || step_ != Step::About) return false;
    activity();
    enter_pages();
    return true;
}

bool IntakeSession::next() {
    if (!accepting()) return false;
    if (step_ == Step::About) return skip_about();
    if (!on_page()) return false;
    activity();
    const Date today = clock_.today();
    if (!page_complete(page_, today)) {
        show_problems_of(page_, today);
        return false;
    }
    if (is_consent_page(page_)) signature_confirmed_ = true;
    if (returning_to_review_) {
        // An edit can make another page incomplete: a signature taken away,
        // a follow-up elsewhere now shown. Go there before review.
        if (auto p = first_incomplete_page(today)) go_to_page(*p);
        else enter_review();
    } else if (page_ + 1 < q_.pages.size()) {
        go_to_page(page_ + 1);
    } else {
        enter_review();
    }
    return true;
}

bool IntakeSession::back() {
    if (!accepting()) return false;
    switch (step_) {
        case Step::Attract:
        case Step::Thanks: return false;
        case Step::About: cancel_to_attract(); return true;
        case Step::Review:
            activity();
            go_to_page(q_.pages.size() - 1);
            return true;
        case Step::Questions:
        case Step::Consent: break;
    }
    activity();
    if (returning_to_review_) {
        enter_review();
    } else if (page_ > 0) {
        go_to_page(page_ - 1);
    } else if (!q_.cards.empty()) {
        go_to_page(0);  // resets what the page showed
        step_ = Step::About;
    } else {
        cancel_to_attract();
    }
    return true;
}

bool IntakeSession::edit_page(size_t page_index) {
    if (!accepting() || step_ != Step::Review || page_index >= q_.pages.size()) return false;
    activity();
    go_to_page(page_index);
    returning_to_review_ = true;
    return true;
}

bool IntakeSession::mark_consent_read() {
    // Not counted as activity: the screen may report it every frame.
    if (!accepting() || step_ != Step::Consent) return false;
    consent_read_ = true;
    consent_unread_shown_ = false;
    return true;
}

void IntakeSession::go_to_page(size_t index) {
    page_ = index;
    step_ = is_consent_page(index) ? Step::Consent : Step::Questions;
    for (auto& p : shown_) scrub(p.detail);
    shown_.clear();
    show_errors_ = false;
    consent_unread_shown_ = false;
    save_failed_ = false;
}

void IntakeSession::enter_pages() {
    returning_to_review_ = false;
    go_to_page(0);
}

void IntakeSession::enter_review() {
    go_to_page(page_);
    step_ = Step::Review;
    returning_to_review_ = false;
}

std::vector<Problem> IntakeSession::page_problems(size_t index, const Date& today) const {
    return validate_page(q_.pages[index], answers_, Completeness::Submit, today);
}

bool IntakeSession::page_complete(size_t index, const Date& today) const {
    if (is_consent_page(index) && !consent_read_) return false;
    return page_problems(index, today).empty();
}

std::optional<size_t> IntakeSession::first_incomplete_page(const Date& today) const {
    for (size_t i = 0; i < q_.pages.size(); ++i)
        if (!page_complete(i, today)) return i;
    return std::nullopt;
}

void IntakeSession::show_problems_of(size_t index, const Date& today) {
    for (auto& p : shown_) scrub(p.detail);
    shown_ = page_problems(index, today);
    show_errors_ = true;
    consent_unread_shown_ = is_consent_page(index) && !consent_read_;
}

}  // namespace kiosk::session
