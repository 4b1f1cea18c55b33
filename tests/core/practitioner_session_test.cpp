// Practitioner mode without a screen (DESIGN §3, §6, §7): unlocking and the
// durable lockout, the idle lock on a hand-moved clock, what lock() wipes,
// the name index and its search, queue filters and counts, a submission
// opened as answered, decisions stored as sealed reviews, the PDF export,
// and the audit trail of all of it.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "practitioner/name_index.hpp"
#include "practitioner/practitioner_session.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk::practitioner {
namespace {

using kiosk::testing::clear_client;
using kiosk::testing::kNowMs;
using kiosk::testing::kPassphrase;
using kiosk::testing::kPractitioner;
using kiosk::testing::kToday;
using kiosk::testing::shipped_config;

constexpr int kIdleSeconds = 120;

// Monotonic time and the calendar, moved by the test.
class HandClock final : public session::Clock {
public:
    [[nodiscard]] std::int64_t now_ms() const override { return ms; }
    [[nodiscard]] Date today() const override { return date; }
    std::int64_t ms = 5'000'000;
    Date date = kToday;
};

AnswerMap client(const std::string& first, const std::string& last) {
    AnswerMap a = clear_client();
    a["first_name"] = first;
    a["last_name"] = last;
    a["printed_name"] = first + " " + last;
    return a;
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> names_of(const QueuePage& page) {
    std::vector<std::string> out;
    for (const auto& r : page.rows) out.push_back(r.name);
    return out;
}

class PractitionerSessionTest : public ::testing::Test {
protected:
    kiosk::testing::KioskData k;
    kiosk::testing::TempDir exports{"exports"};
    HandClock clock;
    std::int64_t wall = kNowMs + 3'600'000;
    std::string lang = "en";
    std::unique_ptr<PractitionerSession> s = make_session();

    std::unique_ptr<PractitionerSession> make_session() {
        return std::make_unique<PractitionerSession>(*k.store, shipped_config(), clock, [this] { return wall; },
                                                     PractitionerOptions{exports / "pdf", lang, "", kIdleSeconds});
    }
    void unlock() { ASSERT_TRUE(s->unlock(kPractitioner, kPassphrase).unlocked); }
    void index_all() {
        while (s->index_step(2)) {
        }
    }
    [[nodiscard]] storage::AuditEntry last_audit() const { return k.store->audit_entries().back(); }
    [[nodiscard]] QueuePage search(const std::string& text) {
        QueueQuery q;
        q.search = text;
        return s->query(q);
    }
};

// --- unlocking and locking

TEST_F(PractitionerSessionTest, AWrongPassphraseIsRefusedAndAudited) {
    const auto r = s->unlock(kPractitioner, "not the passphrase");
    EXPECT_FALSE(r.unlocked);
    EXPECT_EQ(r.refusal, records::UnlockRefusal::WrongPassphrase);
    EXPECT_FALSE(s->unlocked());
    EXPECT_EQ(s->practitioner(), "");
    EXPECT_EQ(last_audit().event, "unlock_failed");
    EXPECT_EQ(last_audit().practitioner, kPractitioner);
    EXPECT_EQ(s->practitioner_names(), std::vector<std::string>{kPractitioner});
}

TEST_F(PractitionerSessionTest, TheLockoutAfterFiveFailuresOutlivesTheSession) {
    for (int i = 0; i < 5; ++i) EXPECT_FALSE(s->unlock(kPractitioner, "wrong wrong wrong").unlocked);
    s = make_session();
    const auto locked = s->unlock(kPractitioner, kPassphrase);
    EXPECT_FALSE(locked.unlocked);
    EXPECT_EQ(locked.refusal, records::UnlockRefusal::LockedOut);
    EXPECT_EQ(locked.retry_after_ms, 30'000);
    EXPECT_FALSE(s->unlocked());

    wall += 30'000;
    unlock();
    EXPECT_EQ(s->practitioner(), kPractitioner);
    EXPECT_EQ(last_audit().event, "unlock");
}

TEST_F(PractitionerSessionTest, IdleLocksAfterExactlyTheIdlePeriod) {
    unlock();
    const std::int64_t start = clock.ms;
    ASSERT_EQ(s->next_deadline_ms(), start + kIdleSeconds * 1000);
    clock.ms = start + kIdleSeconds * 1000 - 1;
    EXPECT_FALSE(s->tick());
    EXPECT_TRUE(s->unlocked());
    clock.ms = start + kIdleSeconds * 1000;
    EXPECT_TRUE(s->tick());
    EXPECT_FALSE(s->unlocked());
    EXPECT_EQ(s->next_deadline_ms(), std::nullopt);
    EXPECT_FALSE(s->tick()) << "locks once";
    EXPECT_EQ(last_audit().event, "lock");
    EXPECT_EQ(last_audit().practitioner, kPractitioner);
    EXPECT_EQ(last_audit().details, "idle");
}

TEST_F(PractitionerSessionTest, TouchPostponesTheIdleLock) {
    unlock();
    clock.ms += 100'000;
    s->touch();
    const std::int64_t touched = clock.ms;
    EXPECT_EQ(s->next_deadline_ms(), touched + kIdleSeconds * 1000);
    clock.ms += 100'000;  // 200 s since the unlock, 100 s since the touch
    EXPECT_FALSE(s->tick());
    EXPECT_TRUE(s->unlocked());
    clock.ms = touched + kIdleSeconds * 1000;
    EXPECT_TRUE(s->tick());
    EXPECT_FALSE(s->unlocked());
}

TEST_F(PractitionerSessionTest, AnOverdueIdleLockHappensBeforeAnyCommand) {
    const auto id = k.submit(clear_client());
    unlock();
    clock.ms += kIdleSeconds * 1000;
    EXPECT_FALSE(s->open(id)) << "no tick() came, but the period is over";
    EXPECT_FALSE(s->unlocked());
}

TEST_F(PractitionerSessionTest, LockWipesKeyNamesAndTheOpenSubmission) {
    const auto id = k.submit(client("Ana", "García"));
    unlock();
    index_all();
    ASSERT_TRUE(s->open(id));
    ASSERT_EQ(s->query({}).rows.at(0).name, "Ana García");

    s->lock();
    EXPECT_FALSE(s->unlocked());
    EXPECT_EQ(s->practitioner(), "");
    EXPECT_EQ(s->current(), nullptr);
    const auto page = s->query({});
    ASSERT_EQ(page.rows.size(), 1U) << "the queue's metadata is in the clear";
    EXPECT_EQ(page.rows[0].name, "");
    EXPECT_TRUE(search("ana").rows.empty());
    EXPECT_EQ(s->index_progress().total, 0U);
    EXPECT_FALSE(s->index_step());
    EXPECT_FALSE(s->open(id));
    EXPECT_EQ(s->decide(storage::Decision::Proceed, std::nullopt, ""), DecisionError::NotOpen);
    EXPECT_FALSE(s->export_pdf().ok);
    EXPECT_EQ(last_audit().event, "lock");
    EXPECT_EQ(last_audit().details, "by hand");
}

// --- the name index and the queue

TEST_F(PractitionerSessionTest, TheIndexOpensSubmissionsNewestFirstInSteps) {
    const char* names[][2] = {{"Ana", "García"}, {"José", "Núñez"}, {"Björn", "Ångström"}, {"Zoë", "Straße"},
                              {"Marie-Hélène", "Dubois"}};
    for (int i = 0; i < 5; ++i) k.submit(client(names[i][0], names[i][1]), kNowMs + i * 1000);
    unlock();
    EXPECT_EQ(s->index_progress().done, 0U);
    EXPECT_EQ(s->index_progress().total, 5U);

    QueueQuery q;
    EXPECT_EQ(names_of(s->query(q)), (std::vector<std::string>{"", "", "", "", ""}));
    EXPECT_TRUE(s->index_step(2));
    EXPECT_EQ(s->index_progress().done, 2U);
    EXPECT_FALSE(s->index_progress().complete());
    EXPECT_EQ(names_of(s->query(q)), (std::vector<std::string>{"Marie-Hélène Dubois", "Zoë Straße", "", "", ""}));

    // The oldest is not indexed yet: a search says its answer may be partial.
    const auto partial = search("garcia");
    EXPECT_TRUE(partial.rows.empty());
    EXPECT_TRUE(partial.searching_partial);
    EXPECT_EQ(search("dubois").rows.size(), 1U);

    index_all();
    EXPECT_TRUE(s->index_progress().complete());
    EXPECT_EQ(s->index_progress().done, 5U);
    EXPECT_FALSE(s->index_step());
    EXPECT_EQ(names_of(s->query(q)), (std::vector<std::string>{"Marie-Hélène Dubois", "Zoë Straße", "Björn Ångström",
                                                                "José Núñez", "Ana García"}));
    const auto found = search("garcia");
    ASSERT_EQ(found.rows.size(), 1U);
    EXPECT_FALSE(found.searching_partial);
}

TEST_F(PractitionerSessionTest, TheIndexWalksSubmissionsOfOneInstantOnceEach) {
    const std::vector<std::string> first{"Ada", "Bea", "Cid", "Dov", "Eva"};
    for (const auto& name : first) k.submit(client(name, "Same"), kNowMs);
    unlock();
    EXPECT_TRUE(s->index_step(2));
    EXPECT_TRUE(s->index_step(2));
    EXPECT_FALSE(s->index_step(2));
    EXPECT_EQ(s->index_progress().done, 5U);
    for (const auto& name : first) EXPECT_EQ(search(name).total, 1U) << name;
    const auto names = names_of(s->query({}));
    EXPECT_EQ(names, (std::vector<std::string>{"Eva Same", "Dov Same", "Cid Same", "Bea Same", "Ada Same"}));
}

TEST_F(PractitionerSessionTest, SearchIgnoresCaseAndAccents) {
    k.submit(client("José", "Núñez"), kNowMs);
    k.submit(client("Björn", "Ångström"), kNowMs + 1000);
    k.submit(client("Ana", "García"), kNowMs + 2000);
    k.submit(client("Joseph", "Strauss"), kNowMs + 3000);
    unlock();
    index_all();
    EXPECT_EQ(names_of(search("NUNEZ")), std::vector<std::string>{"José Núñez"});
    EXPECT_EQ(names_of(search("  josé  núñ ")), std::vector<std::string>{"José Núñez"});
    EXPECT_EQ(names_of(search("GARCÍA")), std::vector<std::string>{"Ana García"});
    EXPECT_EQ(names_of(search("angstr")), std::vector<std::string>{"Björn Ångström"});
    EXPECT_EQ(names_of(search("n\xCC\x83u")), std::vector<std::string>{"José Núñez"}) << "a combining tilde";
    EXPECT_EQ(names_of(search("jos")), (std::vector<std::string>{"Joseph Strauss", "José Núñez"}));
    EXPECT_EQ(search("zz").total, 0U);
    EXPECT_EQ(search("   ").total, 4U) << "a blank search is no search";
}

TEST(FoldForSearch, LowerCaseWithoutAccentsAndOneSpace) {
    EXPECT_EQ(fold_for_search("  José \t NÚÑEZ "), "jose nunez");
    EXPECT_EQ(fold_for_search("Straße"), "strasse");
    EXPECT_EQ(fold_for_search("Øyvind Ærø"), "oyvind aero");
    EXPECT_EQ(fold_for_search("Łódź Çelik"), "lodz celik");
    EXPECT_EQ(fold_for_search("Zoë Ångström"), "zoe angstrom");
    EXPECT_EQ(fold_for_search("bad\xFFutf8"), "badutf8");
}

TEST_F(PractitionerSessionTest, FiltersByDispositionAndReviewed) {
    auto defer = client("Dana", "Defer");
    defer["cold_sore_active"] = true;
    auto review = client("Rita", "Review");
    review["cold_sore_history"] = true;
    const auto clear = k.submit(client("Clara", "Clear"), kNowMs);
    const auto defer1 = k.submit(defer, kNowMs + 1000);
    const auto rev = k.submit(review, kNowMs + 2000);
    const auto defer2 = k.submit(defer, kNowMs + 3000);
    unlock();
    index_all();

    QueueQuery q;
    q.disposition = Severity::Defer;
    auto page = s->query(q);
    ASSERT_EQ(page.total, 2U);
    EXPECT_EQ(page.rows.at(0).meta.id, defer2);
    EXPECT_EQ(page.rows.at(1).meta.id, defer1);

    ASSERT_TRUE(s->open(defer1));
    ASSERT_EQ(s->decide(storage::Decision::Proceed, std::nullopt, ""), DecisionError::None);
    q.reviewed = true;
    page = s->query(q);
    ASSERT_EQ(page.total, 1U);
    EXPECT_EQ(page.rows.at(0).meta.id, defer1);
    EXPECT_TRUE(page.rows.at(0).meta.reviewed);
    q.reviewed = false;
    page = s->query(q);
    ASSERT_EQ(page.total, 1U);
    EXPECT_EQ(page.rows.at(0).meta.id, defer2);
    q.disposition.reset();
    EXPECT_EQ(s->query(q).total, 3U);

    // The same filters over a search, which reads the index, not the database.
    q.search = "e";  // every name
    page = s->query(q);
    EXPECT_EQ(page.total, 3U);
    q.reviewed = true;
    page = s->query(q);
    ASSERT_EQ(page.total, 1U);
    EXPECT_EQ(page.rows.at(0).meta.id, defer1) << "a decision made in this session shows at once";
    q.reviewed.reset();
    q.disposition = Severity::Review;
    page = s->query(q);
    ASSERT_EQ(page.total, 1U);
    EXPECT_EQ(page.rows.at(0).meta.id, rev);

    // Paging: page 1 of size 3 holds the oldest.
    QueueQuery paged;
    paged.page = 1;
    paged.page_size = 3;
    page = s->query(paged);
    EXPECT_EQ(page.total, 4U);
    ASSERT_EQ(page.rows.size(), 1U);
    EXPECT_EQ(page.rows[0].meta.id, clear);
    paged.search = "e";
    page = s->query(paged);
    EXPECT_EQ(page.total, 4U);
    ASSERT_EQ(page.rows.size(), 1U);
    EXPECT_EQ(page.rows[0].meta.id, clear);
}

TEST_F(PractitionerSessionTest, CountsMatchTheStore) {
    auto defer = clear_client();
    defer["cold_sore_active"] = true;
    auto review = clear_client();
    review["cold_sore_history"] = true;
    k.submit(clear_client());
    const auto d = k.submit(defer);
    k.submit(defer);
    k.submit(review);
    unlock();
    auto c = s->counts();
    EXPECT_EQ(c.total, 4);
    EXPECT_EQ(c.unreviewed, 4);
    for (auto sev : {Severity::Clear, Severity::Review, Severity::Clearance, Severity::Defer, Severity::Decline})
        EXPECT_EQ(c.of(sev), k.store->count(sev)) << to_string(sev);
    EXPECT_EQ(c.of(Severity::Defer), 2);

    ASSERT_TRUE(s->open(d));
    ASSERT_EQ(s->decide(storage::Decision::Refer, std::nullopt, "GP letter"), DecisionError::None);
    ASSERT_EQ(s->decide(storage::Decision::Proceed, std::nullopt, "Letter seen"), DecisionError::None);
    c = s->counts();
    EXPECT_EQ(c.total, 4);
    EXPECT_EQ(c.unreviewed, 3) << "two reviews of one submission";
}

// --- one submission

TEST_F(PractitionerSessionTest, OpenShowsFindingsPagesAndSignature) {
    auto answers = clear_client();
    answers["cold_sore_active"] = true;
    const auto id = k.submit(answers);
    unlock();
    ASSERT_TRUE(s->open(id));
    const OpenSubmission* sub = s->current();
    ASSERT_NE(sub, nullptr);
    EXPECT_EQ(sub->meta.id, id);
    EXPECT_EQ(sub->meta.disposition, Severity::Defer);
    EXPECT_EQ(sub->name, "Ana García");
    EXPECT_EQ(sub->date_of_birth, "1990-04-02");
    EXPECT_EQ(sub->language, "en");
    EXPECT_EQ(sub->printed_name, "Ana García");
    EXPECT_EQ(sub->consent_version, shipped_config().questionnaire.consent.version);
    EXPECT_FALSE(sub->questionnaire_version.empty());
    EXPECT_FALSE(sub->questionnaire_title.empty());

    ASSERT_FALSE(sub->findings.empty());
    const ShownFinding& f = sub->findings.front();
    EXPECT_EQ(f.rule, "cold_sore_active");
    EXPECT_EQ(f.severity, Severity::Defer);
    EXPECT_EQ(f.title, "Active cold sore");
    EXPECT_NE(f.explanation.find("herpes simplex"), std::string::npos);
    EXPECT_NE(f.action.find("Do not treat today"), std::string::npos);
    ASSERT_EQ(f.triggers.size(), 1U);
    EXPECT_EQ(f.triggers[0].item, "cold_sore_active");
    EXPECT_EQ(f.triggers[0].question, "Do you have a cold sore right now?");
    EXPECT_EQ(f.triggers[0].answer, "Yes");
    for (size_t i = 1; i < sub->findings.size(); ++i)
        EXPECT_GE(sub->findings[i - 1].severity, sub->findings[i].severity) << "most severe first";

    std::map<std::string, ShownAnswer> shown;
    for (const auto& page : sub->pages) {
        EXPECT_FALSE(page.title.empty());
        for (const auto& a : page.answers) shown.emplace(a.item, a);
    }
    ASSERT_TRUE(shown.contains("cold_sore_active"));
    EXPECT_TRUE(shown["cold_sore_active"].flagged);
    EXPECT_EQ(shown["cold_sore_history"].answer, "No");
    EXPECT_FALSE(shown["cold_sore_history"].flagged);
    EXPECT_EQ(shown["dob"].answer, "1990-04-02");
    const Item* concerns = shipped_config().questionnaire.find("concerns");
    ASSERT_NE(concerns, nullptr);
    EXPECT_EQ(shown["concerns"].answer,
              concerns->option("fine_lines")->label.in("en") + "; " + concerns->option("texture")->label.in("en"));
    EXPECT_EQ(shown["concerns"].question, concerns->text.in("en"));
    EXPECT_FALSE(shown.contains("concerns_other")) << "a follow-up its condition hides";
    EXPECT_FALSE(shown.contains("flare_in_treatment_area"));
    EXPECT_FALSE(shown.contains("anticoagulant_name"));
    EXPECT_FALSE(shown.contains("signature"));

    ASSERT_EQ(sub->signature.size(), 1U);
    ASSERT_EQ(sub->signature[0].size(), 3U);
    EXPECT_FLOAT_EQ(sub->signature[0][1].first, 0.4F);
    EXPECT_FLOAT_EQ(sub->signature[0][1].second, 0.6F);

    const auto view = last_audit();
    EXPECT_EQ(view.event, "view");
    EXPECT_EQ(view.submission_id, id);
    EXPECT_EQ(view.practitioner, kPractitioner);
    EXPECT_EQ(view.details.find("Ana"), std::string::npos);

    s->close();
    EXPECT_EQ(s->current(), nullptr);
    EXPECT_FALSE(s->open("no-such-submission"));
}

TEST_F(PractitionerSessionTest, AFollowUpShowsWhenItsConditionHolds) {
    auto answers = clear_client();
    answers["anticoagulants"] = true;
    answers["anticoagulant_name"] = std::string("Apixaban");
    const auto id = k.submit(answers);
    unlock();
    ASSERT_TRUE(s->open(id));
    bool seen = false;
    for (const auto& page : s->current()->pages)
        for (const auto& a : page.answers)
            if (a.item == "anticoagulant_name") {
                seen = true;
                EXPECT_EQ(a.answer, "Apixaban");
            }
    EXPECT_TRUE(seen);
}

TEST_F(PractitionerSessionTest, RuleTextsAreInThePractitionersLanguage) {
    lang = "es";
    s = make_session();
    auto answers = clear_client();
    answers["cold_sore_active"] = true;
    const auto id = k.submit(answers);
    unlock();
    ASSERT_TRUE(s->open(id));
    const ShownFinding& f = s->current()->findings.at(0);
    EXPECT_EQ(f.title, "Herpes labial activo");
    EXPECT_EQ(f.triggers.at(0).question, "Do you have a cold sore right now?") << "as the client saw it";
}

TEST_F(PractitionerSessionTest, ADecisionIsAReviewWithItsNoteSealed) {
    const std::string note = "Discussed antivirals; GP letter on file (marker 7f3a9c)";
    const auto id = k.submit(clear_client());
    unlock();
    EXPECT_EQ(s->decide(storage::Decision::Proceed, std::nullopt, ""), DecisionError::NotOpen);
    ASSERT_TRUE(s->open(id));
    ASSERT_EQ(s->decide(storage::Decision::Refer, std::nullopt, note), DecisionError::None);

    const auto stored = k.store->reviews(id);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored[0].decision, storage::Decision::Refer);
    EXPECT_EQ(stored[0].practitioner, kPractitioner);
    EXPECT_EQ(stored[0].decided_at_ms, wall);
    EXPECT_FALSE(stored[0].sealed_note.empty());
    const std::string sealed(stored[0].sealed_note.begin(), stored[0].sealed_note.end());
    EXPECT_EQ(sealed.find("marker 7f3a9c"), std::string::npos);
    for (const char* suffix : {"", "-wal"})
        EXPECT_EQ(file_bytes(storage::Store::path_in(k.dir.str()) + suffix).find("marker 7f3a9c"), std::string::npos)
            << "the note in the clear in kiosk.db" << suffix;

    const OpenSubmission* sub = s->current();
    ASSERT_EQ(sub->reviews.size(), 1U);
    EXPECT_EQ(sub->reviews[0].note, note);
    EXPECT_EQ(sub->reviews[0].decision, storage::Decision::Refer);
    EXPECT_TRUE(sub->meta.reviewed);
    const auto audit = last_audit();
    EXPECT_EQ(audit.event, "review");
    EXPECT_EQ(audit.details, "refer");
    EXPECT_EQ(audit.submission_id, id);

    // Without a note: stored all the same, and shown with none.
    ASSERT_EQ(s->decide(storage::Decision::Proceed, std::nullopt, ""), DecisionError::None);
    ASSERT_EQ(s->current()->reviews.size(), 2U);
    EXPECT_EQ(s->current()->reviews[1].note, "");
    EXPECT_TRUE(k.store->reviews(id)[1].sealed_note.empty());

    // Reopened later, the notes open again.
    s->close();
    ASSERT_TRUE(s->open(id));
    EXPECT_EQ(s->current()->reviews.at(0).note, note);
}

TEST_F(PractitionerSessionTest, DeferNeedsADateAfterToday) {
    const auto id = k.submit(clear_client());
    unlock();
    ASSERT_TRUE(s->open(id));
    const Date yesterday = Date::from_days(kToday.days() - 1);
    const Date tomorrow = Date::from_days(kToday.days() + 1);
    EXPECT_EQ(s->decide(storage::Decision::Defer, std::nullopt, ""), DecisionError::DeferDateMissing);
    EXPECT_EQ(s->decide(storage::Decision::Defer, kToday, ""), DecisionError::DeferDateNotInFuture);
    EXPECT_EQ(s->decide(storage::Decision::Defer, yesterday, ""), DecisionError::DeferDateNotInFuture);
    EXPECT_EQ(s->decide(storage::Decision::Defer, tomorrow, std::string(kMaxNoteBytes + 1, 'x')),
              DecisionError::NoteTooLong);
    EXPECT_TRUE(k.store->reviews(id).empty()) << "nothing refused is stored";

    ASSERT_EQ(s->decide(storage::Decision::Defer, tomorrow, std::string(kMaxNoteBytes, 'x')), DecisionError::None);
    const auto stored = k.store->reviews(id);
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored[0].defer_until, tomorrow.iso());
    EXPECT_EQ(s->current()->reviews.at(0).defer_until, tomorrow.iso());

    for (auto e : {DecisionError::NotOpen, DecisionError::DeferDateMissing, DecisionError::DeferDateNotInFuture,
                   DecisionError::NoteTooLong, DecisionError::StorageFailed})
        EXPECT_FALSE(decision_error_message(e).empty());
}

TEST_F(PractitionerSessionTest, ExportWritesThePdfIntoAPrivateFolder) {
    const auto id = k.submit(clear_client());
    unlock();
    EXPECT_FALSE(s->export_pdf().ok) << "nothing open";
    ASSERT_TRUE(s->open(id));
    ASSERT_EQ(s->decide(storage::Decision::Proceed, std::nullopt, "All clear"), DecisionError::None);
    const ExportResult r = s->export_pdf();
    ASSERT_TRUE(r.ok) << r.message;
    const std::filesystem::path path(r.path);
    EXPECT_EQ(path.parent_path(), std::filesystem::path(exports / "pdf"));
    EXPECT_TRUE(path.filename().string().ends_with("-" + id + ".pdf")) << path;
    EXPECT_TRUE(file_bytes(r.path).starts_with("%PDF"));
    struct stat st {};
    ASSERT_EQ(::stat(r.path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U);
    ASSERT_EQ(::stat((exports / "pdf").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700U);
    EXPECT_FALSE(std::filesystem::exists(r.path + ".partial"));

    const auto audit = last_audit();
    EXPECT_EQ(audit.event, "export");
    // It records the head it saw: the row just before its own.
    const std::string prefix = "pdf, 1 submission(s), audit head ";
    ASSERT_TRUE(audit.details.starts_with(prefix)) << audit.details;
    const auto seen = storage::audit_head_from(audit.details.substr(prefix.size()));
    ASSERT_TRUE(seen.has_value()) << audit.details;
    EXPECT_EQ(seen->seq, audit.seq - 1);
    EXPECT_TRUE(k.store->verify_audit(seen).ok);
    EXPECT_EQ(audit.submission_id, id);
    EXPECT_EQ(audit.practitioner, kPractitioner);
}

TEST_F(PractitionerSessionTest, EveryStepIsAuditedAndTheChainHolds) {
    const auto id = k.submit(clear_client());
    EXPECT_FALSE(s->unlock(kPractitioner, "wrong wrong wrong").unlocked);
    unlock();
    index_all();
    ASSERT_TRUE(s->open(id));
    ASSERT_EQ(s->decide(storage::Decision::Decline, std::nullopt, "no"), DecisionError::None);
    ASSERT_TRUE(s->export_pdf().ok);
    s->lock();

    std::vector<std::string> events;
    for (const auto& e : k.store->audit_entries()) {
        events.push_back(e.event);
        EXPECT_EQ(e.details.find("Ana"), std::string::npos) << e.event;
    }
    EXPECT_EQ(events,
              (std::vector<std::string>{"init", "submit", "unlock_failed", "unlock", "view", "review", "export", "lock"}));
    const auto report = k.store->verify_audit();
    EXPECT_TRUE(report.ok) << report.problem;
}

}  // namespace
}  // namespace kiosk::practitioner
