// IntakeSession: submit, the idle and thank-you timers, and wiping.
#include "session/intake_session.hpp"
#include "session/scrub.hpp"

namespace kiosk::session {

SubmitOutcome IntakeSession::submit() {
    if (!accepting() || step_ != Step::Review) return SubmitOutcome::Refused;
    activity();
    save_failed_ = false;
    save_message_key_.clear();
    const Date today = clock_.today();
    // Visibility can move with the date (age(dob) at midnight), so drop
    // again and check every page, not only the ones Next has seen.
    drop_hidden_answers(today);
    if (auto p = first_incomplete_page(today)) {
        go_to_page(*p);
        returning_to_review_ = true;
        show_problems_of(*p, today);
        return SubmitOutcome::Incomplete;
    }
    SaveOutcome outcome;
    AnswerSet set;
    try {
        // Made once per intake: a retry after a failed save reuses it, so
        // the store can recognise a submission it already committed.
        if (submission_id_.empty()) submission_id_ = new_id_();
        set = AnswerSet{q_.id, lang_, submission_id_, answers_};
        // Findings in the language the client answered in, as `check` and
        // `submit` give them for the same answers file.
        const CheckResult result = engine_.check(set.answers, today, lang_);
        outcome = sink_.save(set, result);
    } catch (...) {
        // Whatever went wrong underneath (the id source, the store), the
        // client sees the calm message and keeps their answers; nothing here
        // may end the kiosk.
        outcome = SaveOutcome::failed(kSaveFailedKey);
    }
    scrub(set.answers);
    if (!outcome.saved) {
        save_failed_ = true;
        save_message_key_ = outcome.message_key.empty() ? std::string(kSaveFailedKey) : outcome.message_key;
        return SubmitOutcome::Failed;
    }
    // Saved: nothing of the client need stay in memory while the thank-you
    // screen shows, which keeps the client's language until it leaves.
    clear_client_data();
    idle_.disarm();
    step_ = Step::Thanks;
    thanks_until_ms_ = clock_.now_ms() + std::int64_t{config_.clinic.timeouts.thanks_seconds} * 1000;
    return SubmitOutcome::Saved;
}

bool IntakeSession::finish() {
    if (step_ != Step::Thanks) return false;
    wipe();
    return true;
}

void IntakeSession::touch() { activity(); }

bool IntakeSession::still_here() {
    if (!idle_.prompting()) return false;
    idle_.arm(clock_.now_ms());
    shown_seconds_left_ = 0;
    return true;
}

bool IntakeSession::tick() {
    const std::int64_t now = clock_.now_ms();
    if (step_ == Step::Attract) return false;
    if (step_ == Step::Thanks) {
        if (now < thanks_until_ms_) return false;
        wipe();
        return true;
    }
    if (idle_.update(now) == IdleTimer::Event::Expired) {
        wipe();
        return true;
    }
    const int left = idle_.seconds_left(now);
    const bool changed = left != shown_seconds_left_;
    shown_seconds_left_ = left;
    return changed;
}

int IntakeSession::idle_seconds_left() const { return idle_.seconds_left(clock_.now_ms()); }

std::optional<std::int64_t> IntakeSession::next_deadline_ms() const {
    if (step_ == Step::Attract) return std::nullopt;
    if (step_ == Step::Thanks) return thanks_until_ms_;
    return idle_.next_deadline_ms(clock_.now_ms());
}

void IntakeSession::wipe() {
    clear_client_data();
    idle_.disarm();
    lang_ = default_lang_;
    step_ = Step::Attract;
    thanks_until_ms_ = 0;
}

void IntakeSession::cancel_to_attract() {
    // Attract never times out, so it must hold nothing of the client; the
    // language stays, as the client is still there to choose another.
    clear_client_data();
    idle_.disarm();
    step_ = Step::Attract;
}

void IntakeSession::clear_client_data() {
    scrub(answers_);
    for (auto& p : shown_) scrub(p.detail);
    shown_.clear();
    scrub(submission_id_);
    save_message_key_.clear();
    page_ = 0;
    show_errors_ = false;
    consent_read_ = false;
    consent_unread_shown_ = false;
    signature_confirmed_ = false;
    signature_cleared_by_edit_ = false;
    returning_to_review_ = false;
    save_failed_ = false;
    shown_seconds_left_ = 0;
    ++wipe_generation_;
}

}  // namespace kiosk::session
