// The same submission id twice (DESIGN §7; issue 9): the same answers again
// are a retry (stored once, success); other answers under that id (another
// client, a decline) are refused and the first is kept, in the store, the
// kiosk's sink and (tests/cli) the submit command.
#include <gtest/gtest.h>

#include "records/sealed_submission.hpp"
#include "records/store_sink.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

using testing::clear_client;
using testing::KioskData;
using testing::kNowMs;
using testing::shipped_config;

const std::string kId = "0f8fad5b-d9cb-469f-a165-70867728950e";

AnswerMap another_client() {
    AnswerMap a = clear_client();
    a["first_name"] = std::string("Bea");
    a["last_name"] = std::string("Soto");
    return a;
}

AnswerMap declined_client() {
    AnswerMap a = clear_client();
    a["keloid_history"] = true;
    return a;
}

TEST(SubmissionId, SameAnswersAreARetry) {
    KioskData k;
    EXPECT_EQ(k.submit(clear_client(), kNowMs, kId), kId);
    EXPECT_NO_THROW(k.submit(clear_client(), kNowMs + 5000, kId)) << "a retry, even seconds later";
    EXPECT_EQ(k.store->count(), 1);
    EXPECT_TRUE(k.store->verify_audit().ok);
}

TEST(SubmissionId, OtherAnswersAreRefusedAndTheFirstKept) {
    for (const auto& other : {another_client(), declined_client()}) {
        KioskData k;
        k.submit(clear_client(), kNowMs, kId);
        const auto before = k.store->submission(kId);
        const auto log_before = k.store->audit_entries().size();
        try {
            k.submit(other, kNowMs + 1, kId);
            ADD_FAILURE() << "other answers under a stored id were accepted";
        } catch (const storage::StorageError& e) {
            EXPECT_EQ(e.kind(), storage::ErrorKind::Refused);
            EXPECT_NE(std::string(e.what()).find(kId), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("other answers"), std::string::npos) << e.what();
            EXPECT_EQ(std::string(e.what()).find("Bea"), std::string::npos) << "no client data in the message";
        }
        EXPECT_EQ(k.store->count(), 1);
        const auto after = k.store->submission(kId);
        EXPECT_EQ(after->meta.disposition, Severity::Clear);
        EXPECT_EQ(after->sealed, before->sealed) << "the first kept";
        EXPECT_EQ(k.store->audit_entries().size(), log_before) << "nothing written";
    }
}

TEST(SubmissionId, TheDigestIsKeyedPerDatabase) {
    // The same answers give the same unkeyed digest, but two databases store
    // different values for it: their keys differ.
    AnswerSet set{"microneedling", "en", kId, clear_client()};
    const auto json = answers_to_json(set.answers);
    EXPECT_EQ(records::answers_digest("microneedling", json), records::answers_digest("microneedling", json));
    EXPECT_NE(records::answers_digest("microneedling", json),
              records::answers_digest("microneedling", answers_to_json(another_client())));
    KioskData a, b;
    a.submit(clear_client(), kNowMs, kId);
    b.submit(clear_client(), kNowMs, kId);
    auto stored = [](KioskData& k) {
        auto st = k.store->connection().prepare("SELECT answers_digest FROM submissions");
        EXPECT_TRUE(st.step());
        return st.blob(0);
    };
    const auto da = stored(a);
    EXPECT_EQ(da.size(), 32U);
    EXPECT_NE(da, stored(b));
    EXPECT_NE(da, records::answers_digest("microneedling", json)) << "never stored unkeyed";
}

TEST(SubmissionId, TheKioskSinkRetriesButNeverSavesOtherAnswersUnderAStoredId) {
    KioskData k;
    records::StoreSink sink(*k.store, shipped_config(), [] { return kNowMs; });
    const auto& q = shipped_config().questionnaire;
    AnswerSet first{"microneedling", "en", kId, clear_client()};
    const auto result = ContraindicationEngine(q).check(first.answers, testing::kToday, "en");
    ASSERT_TRUE(sink.save(first, result).saved);
    EXPECT_TRUE(sink.save(first, result).saved) << "a retry of the same answers";

    AnswerSet other{"microneedling", "en", kId, declined_client()};
    const auto declined = ContraindicationEngine(q).check(other.answers, testing::kToday, "en");
    const auto outcome = sink.save(other, declined);
    EXPECT_FALSE(outcome.saved) << "other answers under a stored id must not read as saved";
    EXPECT_EQ(outcome.message_key, session::kSaveFailedKey);
    EXPECT_EQ(k.store->count(), 1);
    EXPECT_EQ(k.store->submission(kId)->meta.disposition, Severity::Clear);
}

}  // namespace
}  // namespace kiosk
