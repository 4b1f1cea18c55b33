#include "screens/practitioner_mode.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

#include "session/scrub.hpp"
#include "text/date_words.hpp"
#include "text/text_catalogue.hpp"
#include "widgets/buttons.hpp"

namespace kiosk::ui {

namespace {

// Room reserved up front so typing never reallocates a buffer (which would
// leave an unscrubbed copy of a passphrase behind in freed memory).
constexpr std::size_t kBufferBytes = 1024;
constexpr size_t kPageRows = 50;
// While the search index is built, each frame opens names in small slices
// until about this much time has gone, so the screen stays responsive (a
// slice of 25 took ~5 ms in bench_practitioner) and the progress moves.
constexpr size_t kIndexSlice = 25;
constexpr auto kIndexBudget = std::chrono::milliseconds(12);

}  // namespace

std::string draw_language_toggle(UiContext& ui, std::string_view current, float right, float cy, float& width) {
    std::string tapped;
    const std::vector<std::string> langs = text::builtin().languages();
    const float h = ui.px(48.0F);
    const float gap = ui.px(8.0F);
    float total = 0.0F;
    std::vector<std::string> labels;
    for (const std::string& l : langs) {
        std::string label = l;
        for (char& ch : label) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
        total += pill_width(ui, label, l == current) + (labels.empty() ? 0.0F : gap);
        labels.push_back(std::move(label));
    }
    float x = right - total;
    for (size_t i = 0; i < langs.size(); ++i) {
        const bool on = langs[i] == current;
        const float w = pill_width(ui, labels[i], on);
        if (pill_toggle(ui, "lang=" + langs[i], labels[i], on, ImVec2(x, cy - h * 0.5F), ImVec2(x + w, cy + h * 0.5F)) &&
            !on)
            tapped = langs[i];
        x += w + gap;
    }
    width = total;
    return tapped;
}

UnlockState::UnlockState() {
    name.reserve(kBufferBytes);
    passphrase.reserve(kBufferBytes);
}

UnlockState::~UnlockState() { scrub_all(); }

void UnlockState::scrub_all() {
    session::scrub(name);
    session::scrub(passphrase);
    name.reserve(kBufferBytes);
    passphrase.reserve(kBufferBytes);
    focused.clear();
    keyboard = {};
    message.clear();
    busy = false;
    busy_drawn = false;
}

void QueueState::scrub_all() {
    for (practitioner::QueueRow& r : page.rows) session::scrub(r.name);
    page = {};
    session::scrub(search);
    disposition.reset();
    unreviewed_only = false;
    search_focused = false;
    keyboard = {};
    shown = kPageRows;
    counts = {};
    stale = true;
    counts_stale = true;
    selected.clear();
    list = {};
}

DecisionState::DecisionState() { note.reserve(kBufferBytes); }

void DecisionState::scrub_all() {
    session::scrub(note);
    note.reserve(kBufferBytes);
    open = false;
    choice.reset();
    defer_until.reset();
    defer_choice.clear();
    note_focused = false;
    keyboard = {};
    error.clear();
}

void SubmissionState::scrub_all() {
    decision.scrub_all();
    notice.clear();
    notice_error = false;
    detail = {};
}

PractitionerMode::PractitionerMode(practitioner::PractitionerSession& session, const session::Clock& clock,
                                   std::string clinic_name, int idle_seconds)
    : m_session(session),
      m_clock(clock),
      m_clinic_name(std::move(clinic_name)),
      m_default_lang(session.language()),
      m_idle_ms(static_cast<std::int64_t>(std::max(1, idle_seconds)) * 1000) {}

PractitionerMode::~PractitionerMode() { leave(); }

void PractitionerMode::enter() {
    m_unlock.scrub_all();
    m_queue.scrub_all();
    m_sub.scrub_all();
    m_active = true;
    m_redraw = true;
    m_last_input_ms = m_clock.now_ms();
}

void PractitionerMode::set_language(const std::string& lang) {
    if (lang == m_session.language()) return;
    m_session.set_language(lang);
    // The open submission's rule texts were resolved in the old language.
    if (m_session.current() != nullptr && !m_queue.selected.empty()) (void)m_session.open(m_queue.selected);
    m_sub.notice.clear();
    m_sub.decision.error.clear();
    m_unlock.message.clear();
    m_redraw = true;
}

void PractitionerMode::leave() {
    if (m_session.unlocked()) m_session.lock();
    m_session.set_language(m_default_lang);
    m_unlock.scrub_all();
    m_queue.scrub_all();
    m_sub.scrub_all();
    m_redraw = m_active;
    m_active = false;
}

ScreenId PractitionerMode::screen() const {
    if (!m_session.unlocked()) return ScreenId::Unlock;
    return m_session.current() != nullptr ? ScreenId::Submission : ScreenId::Queue;
}

std::optional<std::int64_t> PractitionerMode::next_deadline_ms() const {
    if (!m_active) return std::nullopt;
    if (m_session.unlocked()) return m_session.next_deadline_ms();
    return m_last_input_ms + m_idle_ms;
}

void PractitionerMode::draw(UiContext& ui, bool input) {
    m_redraw = false;
    if (!m_active) return;
    const std::int64_t now = m_clock.now_ms();
    if (m_session.unlocked()) {
        if (input) m_session.touch();
        if (m_session.tick() || !m_session.unlocked()) {  // the idle lock
            leave();
            return;
        }
        draw_unlocked(ui);
    } else {
        if (input) m_last_input_ms = now;
        if (now - m_last_input_ms >= m_idle_ms) {  // someone found the corner and walked away
            leave();
            return;
        }
        draw_unlock_screen(ui);
    }
}

void PractitionerMode::draw_unlock_screen(UiContext& ui) {
    UnlockState& st = m_unlock;
    if (st.busy && st.busy_drawn) {
        // "Unlocking…" is on screen: derive the key now (Argon2id, a moment).
        const records::UnlockResult result = m_session.unlock(st.name, st.passphrase);
        session::scrub(st.passphrase);
        st.passphrase.reserve(kBufferBytes);
        st.busy = false;
        st.busy_drawn = false;
        if (result.unlocked || m_session.unlocked()) {
            st.scrub_all();
            m_queue.scrub_all();
            m_sub.scrub_all();
            m_redraw = true;
            draw_unlocked(ui);
            return;
        }
        st.message = result.message();
        if (!st.message.empty() && st.message[0] >= 'a' && st.message[0] <= 'z') st.message[0] = static_cast<char>(st.message[0] - 'a' + 'A');
        st.message += ".";
        st.focused = "unlock.passphrase";
        st.keyboard = {};
    }
    const std::string& lang = m_session.language();
    const UnlockIntent intent = draw_unlock(ui, st, m_clinic_name, lang);
    if (!intent.lang.empty()) set_language(intent.lang);
    if (st.busy) {
        st.busy_drawn = true;
        m_redraw = true;
    }
    if (intent.cancel) {
        leave();
        return;
    }
    if (intent.submit) {
        st.message.clear();
        if (st.name.find_first_not_of(' ') == std::string::npos) {
            st.message = text::tr(lang, "practitioner.unlock.name_missing");
            st.focused = "unlock.name";
        } else if (st.passphrase.empty()) {
            st.message = text::tr(lang, "practitioner.unlock.passphrase_missing");
            st.focused = "unlock.passphrase";
        } else {
            st.busy = true;
            st.busy_drawn = false;
            st.focused.clear();
        }
        m_redraw = true;
    }
}

void PractitionerMode::refresh_queue() {
    QueueState& q = m_queue;
    practitioner::QueueQuery query;
    query.disposition = q.disposition;
    if (q.unreviewed_only) query.reviewed = false;
    query.search = q.search;
    query.page = 0;
    query.page_size = q.shown;
    for (practitioner::QueueRow& r : q.page.rows) session::scrub(r.name);
    q.page = m_session.query(query);
    if (q.counts_stale) q.counts = m_session.counts();
    q.stale = false;
    q.counts_stale = false;
}

void PractitionerMode::open_row(const std::string& id) {
    m_sub.scrub_all();
    if (m_session.open(id)) {
        m_queue.selected = id;
    } else {
        m_queue.selected.clear();
        m_sub.notice = text::tr(m_session.language(), "practitioner.submission.open_failed");
        m_sub.notice_error = true;
    }
    m_redraw = true;
}

void PractitionerMode::draw_unlocked(UiContext& ui) {
    QueueState& q = m_queue;
    // Build the name index a slice at a time; the list follows.
    if (!m_session.index_progress().complete()) {
        const auto start = std::chrono::steady_clock::now();
        while (m_session.index_step(kIndexSlice) && std::chrono::steady_clock::now() - start < kIndexBudget) {
        }
        const bool names_missing = std::any_of(q.page.rows.begin(), q.page.rows.end(),
                                               [](const practitioner::QueueRow& r) { return r.name.empty(); });
        if (!q.search.empty() || names_missing) q.stale = true;
        m_redraw = true;
    }
    if (q.stale) refresh_queue();

    const Date today = m_clock.today();
    const float pane_right = std::round(ui.origin.x + std::min(ui.px(kQueuePaneWidth), ui.size.x * 0.46F));
    const std::string lang = m_session.language();
    const QueueIntent qi = draw_queue(ui, q, m_session, m_clinic_name, today, pane_right, lang);

    const ImVec2 right_min(pane_right, ui.origin.y + ui.px(kPracHeader));
    // While a name is typed the keyboard covers the bottom: the pane stops above it.
    const ImVec2 right_max(ui.origin.x + ui.size.x,
                           ui.origin.y + ui.size.y - (q.search_focused ? keyboard_height(ui) : 0.0F));
    SubmissionIntent si;
    bool save = false;
    if (const practitioner::OpenSubmission* sub = m_session.current()) {
        m_sub.export_folder_set = m_session.export_folder_set();
        si = draw_submission(ui, m_sub, *sub, today, right_min, right_max, lang);
        if (m_sub.decision.open) save = draw_decision_dialog(ui, m_sub.decision, today, sub->name, lang);
    } else {
        draw_no_selection(ui, q, right_min, right_max, lang);
    }
    const bool search_changed = !m_sub.decision.open && draw_search_keyboard(ui, q, lang);
    if (m_sub.decision.open && q.search_focused) {  // the dialog takes the keyboard from the search
        q.search_focused = false;
        q.keyboard = {};
        m_redraw = true;
    }

    // Intents last: the frame was drawn from one consistent state.
    if (qi.lock) {
        leave();
        return;
    }
    if (!qi.lang.empty()) set_language(qi.lang);
    if (qi.query_changed || search_changed) {
        q.shown = kPageRows;
        q.stale = true;
        q.list = {};
        m_redraw = true;
    }
    if (qi.more) {
        q.shown += kPageRows;
        q.stale = true;
        m_redraw = true;
    }
    if (!qi.open.empty() && qi.open != q.selected) open_row(qi.open);
    if (si.close) {
        m_session.close();
        m_sub.scrub_all();
        q.selected.clear();
        m_redraw = true;
    }
    if (si.export_pdf) {
        const practitioner::ExportResult r = m_session.export_pdf();
        m_sub.notice = r.ok ? text::tr(lang, "practitioner.submission.pdf_saved", {{"path", r.path}})
                            : text::tr(lang, "practitioner.submission.pdf_not_saved", {{"reason", r.message}});
        m_sub.notice_error = !r.ok;
        m_redraw = true;
    }
    if (save && m_sub.decision.choice) {
        DecisionState& d = m_sub.decision;
        const std::optional<Date> until =
            *d.choice == storage::Decision::Defer ? d.defer_until : std::optional<Date>();
        const practitioner::DecisionError err = m_session.decide(*d.choice, until, d.note);
        if (err == practitioner::DecisionError::None) {
            const storage::Decision chosen = *d.choice;
            d.scrub_all();
            m_sub.notice = text::tr(lang, "practitioner.decision.recorded_" + std::string(storage::to_string(chosen)),
                                    {{"date", until ? text::short_date(*until, lang) : std::string()}});
            m_sub.notice_error = false;
            q.stale = true;
            q.counts_stale = true;
        } else {
            d.error = std::string(practitioner::decision_error_message(err));
        }
        m_redraw = true;
    }
}

}  // namespace kiosk::ui
