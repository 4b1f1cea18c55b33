// Locking, the idle lock, the name index and the queue. One submission's
// commands (open, decide, export) are in practitioner_submission.cpp.
#include "practitioner/practitioner_session.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "practitioner/session_state.hpp"
#include "practitioner/submission_view.hpp"
#include "practitioner/scrub.hpp"
#include "records/read_back.hpp"

namespace kiosk::practitioner {

namespace {

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

PractitionerSession::Impl::Impl(storage::Store& s, const KioskConfig& c, const session::Clock& k,
                                std::function<std::int64_t()> w, PractitionerOptions o)
    : store(s), config(c), clock(k), wall_ms(std::move(w)), options(std::move(o)),
      idle(session::IdleTimer::from_seconds(std::max(options.idle_seconds, 1), 0)) {}

void PractitionerSession::Impl::audit(const std::string& event, const std::string& submission_id,
                                      const std::string& details) {
    store.audit({0, wall_ms(), event, practitioner, submission_id, details});
}

const Questionnaire* PractitionerSession::Impl::questionnaire(const std::string& content_hash) {
    if (content_hash == config.questionnaire.content_hash) return &config.questionnaire;
    if (auto it = as_answered.find(content_hash); it != as_answered.end()) return &it->second;
    auto q = records::questionnaire_as_answered(store, content_hash);
    if (!q) return nullptr;
    return &as_answered.emplace(content_hash, std::move(*q)).first->second;
}

void PractitionerSession::Impl::close_submission() {
    if (opened) scrub(*opened);
    opened.reset();
    if (shown) scrub(*shown);
    shown.reset();
}

// Zeroes the key, the names and the open submission first, so nothing
// outlives the lock even when the audit log cannot take the row.
bool PractitionerSession::Impl::lock(const char* why) {
    if (!keys) return false;
    const std::string who = std::move(practitioner);
    wipe();
    try {
        store.audit({0, wall_ms(), "lock", who, "", why});
    } catch (const storage::StorageError&) {
        // Locked all the same: failing to lock would be the worse outcome.
    }
    return true;
}

std::vector<ShownReview> PractitionerSession::Impl::reviews(const std::string& submission_id) {
    std::vector<ShownReview> out;
    for (const auto& r : store.reviews(submission_id))
        out.push_back({r.practitioner, r.decided_at_ms, r.decision, r.defer_until,
                       records::open_note(r, *keys).value_or(std::string())});
    return out;
}

void PractitionerSession::Impl::wipe() {
    close_submission();
    keys.reset();  // SecretBytes zeroes the secret key
    practitioner.clear();
    idle.disarm();
    index.scrub();
    progress = {};
    cursor.reset();
    walked = false;
}

PractitionerSession::PractitionerSession(storage::Store& store, const KioskConfig& config, const session::Clock& clock,
                                         std::function<std::int64_t()> wall_ms, PractitionerOptions options)
    : m_impl(std::make_unique<Impl>(store, config, clock, std::move(wall_ms), std::move(options))) {}

PractitionerSession::~PractitionerSession() {
    try {
        m_impl->lock("session ended");
    } catch (...) {
        m_impl->wipe();  // a destructor must not throw; the wipe is what matters
    }
}

bool PractitionerSession::unlocked() const { return m_impl->keys.has_value(); }

const std::string& PractitionerSession::practitioner() const { return m_impl->practitioner; }

std::vector<std::string> PractitionerSession::practitioner_names() { return m_impl->store.practitioner_names(); }

records::UnlockResult PractitionerSession::unlock(const std::string& name, std::string_view passphrase) {
    Impl& i = *m_impl;
    i.lock("another unlock");
    records::UnlockResult result = records::unlock(i.store, name, passphrase, i.wall_ms());
    if (!result.unlocked) return result;
    // The secret key moves into the session; the caller keeps a husk that
    // still says the unlock succeeded.
    i.keys.emplace(records::Unlocked{result.unlocked->practitioner, result.unlocked->public_key,
                                     std::move(result.unlocked->secret_key)});
    i.practitioner = name;
    i.idle.arm(i.clock.now_ms());
    i.progress = {0, static_cast<size_t>(i.store.count())};
    return result;
}

void PractitionerSession::lock() { m_impl->lock("by hand"); }

void PractitionerSession::touch() {
    if (m_impl->keys) m_impl->idle.activity(m_impl->clock.now_ms());
}

bool PractitionerSession::tick() {
    Impl& i = *m_impl;
    if (!i.keys || i.idle.update(i.clock.now_ms()) != session::IdleTimer::Event::Expired) return false;
    return i.lock("idle");
}

std::optional<std::int64_t> PractitionerSession::next_deadline_ms() const {
    if (!m_impl->keys) return std::nullopt;
    return m_impl->idle.next_deadline_ms(m_impl->clock.now_ms());
}

bool PractitionerSession::index_step(size_t max_rows) {
    Impl& i = *m_impl;
    if (tick() || !i.keys || i.walked) return false;
    auto batch = i.store.submissions_after(i.cursor, std::max<size_t>(max_rows, 1));
    for (const auto& row : batch.rows) {
        if (auto sub = records::open_submission(row, i.keys->public_key, i.keys->secret_key)) {
            i.index.add(row.meta, full_name(sub->answers));
            scrub(*sub);
        }
        ++i.progress.done;  // a row that does not open is done too: it has no name to find
    }
    i.cursor = batch.next;
    if (!i.cursor) {
        i.walked = true;
        i.progress.total = i.progress.done;
    } else if (i.progress.done >= i.progress.total) {
        i.progress.total = i.progress.done + 1;  // stored since the unlock: not done until the walk is
    }
    return !i.walked;
}

IndexProgress PractitionerSession::index_progress() const { return m_impl->progress; }

DispositionCounts PractitionerSession::counts() {
    const storage::SubmissionCounts c = m_impl->store.counts_by_disposition();
    DispositionCounts out;
    std::copy(std::begin(c.by_disposition), std::end(c.by_disposition), std::begin(out.by_severity));
    out.total = c.total;
    out.unreviewed = c.unreviewed;
    return out;
}

QueuePage PractitionerSession::query(const QueueQuery& q) {
    Impl& i = *m_impl;
    if (!blank(q.search)) {
        if (!i.keys) return {};  // the names went with the key
        QueuePage page = i.index.search(q);
        page.searching_partial = !i.progress.complete();
        return page;
    }
    const storage::ListFilter f{q.disposition, q.reviewed, q.page_size, q.page * q.page_size};
    QueuePage page;
    for (auto& meta : i.store.list(f)) {
        const std::string* name = i.index.name_of(meta.id);
        page.rows.push_back({std::move(meta), name ? *name : std::string()});
    }
    page.total = static_cast<size_t>(i.store.count_matching(f));
    return page;
}

}  // namespace kiosk::practitioner
