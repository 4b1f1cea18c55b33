#pragma once
// One client's intake, as a state machine the kiosk's screens draw from and
// send intents to: steps and page navigation, answers and follow-ups, which
// problems to show and where, consent and signature, review, submit, and the
// idle and thank-you timers on an injected clock. Screens hold no rules of
// their own; everything here is testable without a display.
//
// Invariants: no answer to a hidden or info item is ever held (so none is
// submitted or read by a rule); the attract step holds no client data; the
// check's verdict never leaves submit().
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/answer.hpp"
#include "questionnaire/model.hpp"
#include "questionnaire/validation.hpp"
#include "rules/contraindication_engine.hpp"
#include "session/clock.hpp"
#include "session/idle_timer.hpp"
#include "session/step.hpp"
#include "session/submission_sink.hpp"

namespace kiosk::session {

// "Step 3 of 6": every page (the consent page included) and then review;
// the attract, about and thank-you screens are not counted.
struct Progress {
    size_t step = 0;  // 1-based
    size_t of = 0;
};

// One answered, visible item on the review screen.
struct ReviewItem {
    const Item* item = nullptr;
    const Answer* answer = nullptr;
};

struct ReviewPage {
    size_t page_index = 0;  // for edit_page()
    const Page* page = nullptr;
    std::vector<ReviewItem> items;  // in questionnaire order
};

enum class SubmitOutcome {
    Saved,       // stored; now on the thank-you step, answers scrubbed
    Failed,      // the sink could not store it: still on review, answers kept
    Incomplete,  // something is missing: moved to the first such page, reasons shown
    Refused,     // not on the review step (or the idle prompt is showing)
};

class IntakeSession {
public:
    // Makes the submission id (a UUID) once per intake; the app passes
    // kiosk::new_uuid, tests a counter.
    using IdSource = std::function<std::string()>;

    // `config`, `clock` and `sink` must outlive the session.
    IntakeSession(const KioskConfig& config, const Clock& clock, SubmissionSink& sink, IdSource new_id);
    IntakeSession(const IntakeSession&) = delete;
    IntakeSession& operator=(const IntakeSession&) = delete;
    ~IntakeSession();

    // ---- What the screens draw ------------------------------------------
    [[nodiscard]] Step step() const { return step_; }
    [[nodiscard]] const KioskConfig& config() const { return config_; }
    [[nodiscard]] const std::string& language() const { return lang_; }
    [[nodiscard]] std::optional<Progress> progress() const;

    // Pages are indexed as in config().questionnaire.pages; the consent page, when
    // there is one, is the last (the loader insists).
    [[nodiscard]] size_t page_count() const;
    [[nodiscard]] size_t question_page_count() const { return question_pages_; }
    [[nodiscard]] size_t page_index() const { return page_; }  // on Questions and Consent
    [[nodiscard]] const Page* current_page() const;           // null on other steps
    // The items the client sees on a page, info items included, in order.
    [[nodiscard]] std::vector<const Item*> visible_items(size_t page_index) const;
    // Those of the page on screen; none on other steps.
    [[nodiscard]] std::vector<const Item*> visible_items() const {
        return on_page() ? visible_items(page_) : std::vector<const Item*>{};
    }
    // Null when unanswered. Valid until the next intent.
    [[nodiscard]] const Answer* answer(std::string_view item_id) const;
    [[nodiscard]] bool has_answers() const { return !answers_.empty(); }

    // Problems are shown only after Next (or submit) was refused on this
    // page; answering an item takes its problems away.
    [[nodiscard]] bool show_errors() const { return show_errors_; }
    [[nodiscard]] std::span<const Problem> problems_for(std::string_view item_id) const;
    [[nodiscard]] const std::vector<Problem>& shown_problems() const { return shown_; }

    [[nodiscard]] bool consent_read() const { return consent_read_; }
    // Next was refused on the consent page because the text was not read to the end.
    [[nodiscard]] bool consent_unread_shown() const { return consent_unread_shown_; }
    // An answer changed after signing took the signature away: "please sign again".
    [[nodiscard]] bool signature_cleared_by_edit() const { return signature_cleared_by_edit_; }
    // The page was opened from review: its Next (and Back) go back there.
    [[nodiscard]] bool returning_to_review() const { return returning_to_review_; }

    [[nodiscard]] std::vector<ReviewPage> review_pages() const;
    [[nodiscard]] bool save_failed() const { return save_failed_; }
    [[nodiscard]] const std::string& save_message_key() const { return save_message_key_; }

    [[nodiscard]] bool idle_prompt() const { return idle_.prompting(); }
    [[nodiscard]] int idle_seconds_left() const;
    // Changes whenever client data was cleared, so the UI can clear its own
    // text buffers (ImGui's edit state) as well.
    [[nodiscard]] std::uint64_t wipe_generation() const { return wipe_generation_; }
    // When tick() next has work (prompt, countdown second, wipe, leaving the
    // thank-you screen): the UI loop may sleep until then. nullopt on attract.
    [[nodiscard]] std::optional<std::int64_t> next_deadline_ms() const;

    // ---- Intents (false: refused; only next() and submit() then record why) --
    // While the idle prompt shows, every intent but still_here() is refused.
    bool set_language(std::string_view code);  // any step; answers are kept
    bool start();                              // attract -> about (or the first page)
    bool skip_about();
    // Leaves the page if its visible items are complete and valid (and, on
    // the consent page, the text was read); otherwise records and shows why.
    bool next();
    bool back();
    // Only for a visible, non-info item of the page on screen, with a value
    // of the item's type (a known option, a valid date, UTF-8 text). An empty
    // text, choice list or signature clears the answer.
    bool set_answer(std::string_view item_id, Answer value);
    bool clear_answer(std::string_view item_id);
    bool toggle_choice(std::string_view item_id, std::string_view option_id);
    bool mark_consent_read();
    bool edit_page(size_t page_index);  // from review
    SubmitOutcome submit();
    bool finish();  // the thank-you screen's button: back to attract now

    // ---- Time and input -----------------------------------------------------
    // Any input at all: restarts the idle period (not while the prompt shows).
    void touch();
    bool still_here();  // dismisses the idle prompt
    // Call every frame and at next_deadline_ms(). True when what is on
    // screen changed (prompt shown, countdown second, wiped).
    bool tick();
    // Forgets the client: every answer scrubbed, language back to the
    // clinic's default, attract.
    void wipe();

private:
    [[nodiscard]] bool accepting() const { return !idle_.prompting(); }
    [[nodiscard]] bool on_page() const { return step_ == Step::Questions || step_ == Step::Consent; }
    [[nodiscard]] bool is_consent_page(size_t index) const { return consent_page_ && *consent_page_ == index; }
    void activity();
    void go_to_page(size_t index);
    void enter_pages();
    void enter_review();
    void cancel_to_attract();
    void clear_client_data();

    [[nodiscard]] std::vector<Problem> page_problems(size_t index, const Date& today) const;
    [[nodiscard]] bool page_complete(size_t index, const Date& today) const;
    [[nodiscard]] std::optional<size_t> first_incomplete_page(const Date& today) const;
    void show_problems_of(size_t index, const Date& today);
    void forget_problems_of(std::string_view item_id);

    [[nodiscard]] const Item* answerable(std::string_view item_id) const;
    void store_answer(const Item& item, Answer value);
    void after_change(const Item& item);
    void drop_hidden_answers(const Date& today);
    [[nodiscard]] bool signature_given() const;
    void clear_signatures();

    const KioskConfig& config_;
    const Questionnaire& q_;
    const Clock& clock_;
    SubmissionSink& sink_;
    IdSource new_id_;
    ContraindicationEngine engine_;
    size_t question_pages_ = 0;           // pages before the consent page
    std::optional<size_t> consent_page_;  // the last page, if it is a consent page

    std::string default_lang_;  // the clinic's first language

    Step step_ = Step::Attract;
    size_t page_ = 0;
    std::string lang_;
    AnswerMap answers_;
    std::vector<Problem> shown_;  // of the page on screen, in item order
    bool show_errors_ = false;
    bool consent_read_ = false;
    bool consent_unread_shown_ = false;
    bool signature_confirmed_ = false;  // Next passed the consent page since signing
    bool signature_cleared_by_edit_ = false;
    bool returning_to_review_ = false;
    bool save_failed_ = false;
    std::string save_message_key_;
    std::string submission_id_;  // made at the first submit, kept for retries

    IdleTimer idle_;
    int shown_seconds_left_ = 0;
    std::int64_t thanks_until_ms_ = 0;
    std::uint64_t wipe_generation_ = 0;
};

}  // namespace kiosk::session
