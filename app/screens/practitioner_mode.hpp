#pragma once
// Practitioner mode on the tablet (DESIGN §3, 06-queue.png): the unlock
// screen, the queue and one submission with its decision dialog, drawn from
// a core practitioner::PractitionerSession and sending it intents. The shell
// enters it after the 3 s press on the attract screen's corner and returns to
// the attract screen when it is left (Cancel on the unlock screen, Lock, or
// the idle lock). Leaving scrubs every typed buffer and forgets every row and
// submission drawn; the session forgets the key and the names.
//
// Language: the practitioner's screens and the PDF they export are in the
// session's language, which starts as the clinic's default (its first
// language) and is switched with the EN / ES toggle on the unlock screen and
// in the header; leaving goes back to the default for the next practitioner.
// The client's answers stay in the client's language.
//
// Widget ids:
//   unlock: unlock.name, unlock.passphrase, unlock.submit, unlock.cancel, key=...,
//           lang=en|es (the practitioner's language, also in the queue's header)
//   queue:  lock, lang=en|es, search, search.clear, filter=all|clear|review|clearance|defer|decline,
//           unreviewed, row=<id> (and row#N by position, 1 = newest shown), queue.more
//   submission (beside the queue): export, decide, close,
//           decision=proceed|defer|refer|decline, defer=1w|2w|1m|3m, note,
//           decision.save, decision.cancel
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "practitioner/practitioner_session.hpp"
#include "screens/screen_id.hpp"
#include "session/clock.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/scroll_region.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct UnlockState {
    std::string name;
    std::string passphrase;
    std::string focused;  // field id, or empty
    KeyboardState keyboard;
    std::string message;  // the last refusal, shown under the fields
    bool busy = false;    // "Unlocking…" is drawn, the key derivation runs next frame
    bool busy_drawn = false;

    UnlockState();
    ~UnlockState();
    UnlockState(const UnlockState&) = delete;
    UnlockState& operator=(const UnlockState&) = delete;
    void scrub_all();
};

struct QueueState {
    std::optional<Severity> disposition;
    bool unreviewed_only = false;
    std::string search;
    bool search_focused = false;
    KeyboardState keyboard;
    size_t shown = 50;  // rows loaded: "Show more" adds a page
    practitioner::QueuePage page;
    practitioner::DispositionCounts counts;
    bool stale = true;         // the page needs a new query
    bool counts_stale = true;  // the counts too
    std::string selected;  // the open submission's id
    ScrollPosition list;   // where the list is scrolled

    void scrub_all();
};

struct DecisionState {
    bool open = false;
    std::optional<storage::Decision> choice;
    std::optional<Date> defer_until;
    std::string defer_choice;  // 1w, 2w, 1m, 3m
    std::string note;
    bool note_focused = false;
    KeyboardState keyboard;
    std::string error;

    DecisionState();
    void scrub_all();
};

struct SubmissionState {
    DecisionState decision;
    std::string notice;       // "Saved …" / "Decision recorded" after an action
    bool notice_error = false;
    bool export_folder_set = true;  // false: Export PDF is shown disabled, with the reason
    ScrollPosition detail;          // where the answers are scrolled

    void scrub_all();
};

class PractitionerMode {
public:
    // `idle_seconds`: how long the unlock screen waits for a name before it
    // gives up (the session's own idle lock takes over once unlocked).
    PractitionerMode(practitioner::PractitionerSession& session, const session::Clock& clock,
                     std::string clinic_name, int idle_seconds);
    ~PractitionerMode();
    PractitionerMode(const PractitionerMode&) = delete;
    PractitionerMode& operator=(const PractitionerMode&) = delete;

    // The long press was held: show the unlock screen.
    void enter();
    // Back to the attract screen, locking and scrubbing everything.
    void leave();
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] ScreenId screen() const;

    // Draws the current practitioner screen; `input`: the pointer did
    // something this frame (restarts the idle lock).
    void draw(UiContext& ui, bool input);

    [[nodiscard]] bool needs_redraw() const { return m_redraw; }
    // When the idle lock (or the unlock screen's time-out) is due, on the clock's time.
    [[nodiscard]] std::optional<std::int64_t> next_deadline_ms() const;

    [[nodiscard]] practitioner::PractitionerSession& session() { return m_session; }
    [[nodiscard]] const session::Clock& clock() const { return m_clock; }
    [[nodiscard]] const QueueState& queue() const { return m_queue; }
    [[nodiscard]] const UnlockState& unlock_state() const { return m_unlock; }
    [[nodiscard]] const SubmissionState& submission_state() const { return m_sub; }
    [[nodiscard]] const std::string& language() const { return m_session.language(); }
    // Switches the screens (and the PDF, and the open submission's rule texts) to `lang`.
    void set_language(const std::string& lang);

private:
    void draw_unlock_screen(UiContext& ui);
    void draw_unlocked(UiContext& ui);
    void refresh_queue();
    void open_row(const std::string& id);

    practitioner::PractitionerSession& m_session;
    const session::Clock& m_clock;
    std::string m_clinic_name;
    std::string m_default_lang;  // the clinic's, restored on leave()
    std::int64_t m_idle_ms;
    bool m_active = false;
    bool m_redraw = false;
    std::int64_t m_last_input_ms = 0;  // the unlock screen's own time-out
    UnlockState m_unlock;
    QueueState m_queue;
    SubmissionState m_sub;
};

// Drawing pieces, one file each (unlock.cpp, queue.cpp, submission.cpp).
struct UnlockIntent {
    bool submit = false;
    bool cancel = false;
    std::string lang;  // a language tapped
};
[[nodiscard]] UnlockIntent draw_unlock(UiContext& ui, UnlockState& st, std::string_view clinic_name,
                                       std::string_view lang);

struct QueueIntent {
    bool lock = false;
    bool query_changed = false;
    bool more = false;
    std::string open;  // a row tapped
    std::string lang;  // a language tapped in the header
};
// The Teal header and the list pane (left, or the whole width when `full`).
[[nodiscard]] QueueIntent draw_queue(UiContext& ui, QueueState& st, const practitioner::PractitionerSession& s,
                                     std::string_view clinic_name, Date today, float pane_right, std::string_view lang);

struct SubmissionIntent {
    bool close = false;
    bool export_pdf = false;
};
[[nodiscard]] SubmissionIntent draw_submission(UiContext& ui, SubmissionState& st,
                                               const practitioner::OpenSubmission& sub, Date today, ImVec2 min,
                                               ImVec2 max, std::string_view lang);
// Typing a name: the keyboard across the whole width, drawn after both panes.
// True when the search changed.
[[nodiscard]] bool draw_search_keyboard(UiContext& ui, QueueState& st, std::string_view lang);
// The right pane when nothing is open.
void draw_no_selection(UiContext& ui, const QueueState& st, ImVec2 min, ImVec2 max, std::string_view lang);
// The decision dialog over everything; true when "Save decision" was tapped.
[[nodiscard]] bool draw_decision_dialog(UiContext& ui, DecisionState& st, Date today, std::string_view client_name,
                                        std::string_view lang);
// The EN / ES pills, right-aligned to `right` and centred on `cy`; returns the
// language tapped (empty when none) and sets `width` to what they took.
[[nodiscard]] std::string draw_language_toggle(UiContext& ui, std::string_view current, float right, float cy,
                                               float& width);

// Shared layout for the practitioner screens.
inline constexpr float kPracHeader = 80.0F;
inline constexpr float kPracMargin = 32.0F;
inline constexpr float kQueuePaneWidth = 560.0F;

}  // namespace kiosk::ui
