// The kiosk's storage-backed sink: saved only after the commit, a full disk
// is a calm failure that loses nothing, and a retry never duplicates.
#include <gtest/gtest.h>

#include "records/store_sink.hpp"
#include "rules/contraindication_engine.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

using testing::clear_client;
using testing::shipped_config;

TEST(StoreSink, SavesOnceAndRetriesIdempotently) {
    testing::KioskData k;
    records::StoreSink sink(*k.store, shipped_config(), [] { return testing::kNowMs; });
    AnswerSet set{"microneedling", "en", "0f8fad5b-d9cb-469f-a165-70867728950e", clear_client()};
    const auto result = ContraindicationEngine(shipped_config().questionnaire).check(set.answers, testing::kToday, "en");
    EXPECT_TRUE(sink.save(set, result).saved);
    EXPECT_TRUE(sink.save(set, result).saved);
    EXPECT_EQ(k.store->count(), 1);
    ASSERT_TRUE(k.store->submission("0f8fad5b-d9cb-469f-a165-70867728950e"));
}

TEST(StoreSink, FullDiskIsACalmFailureThenSucceeds) {
    testing::KioskData k;
    k.reopen({.create = false, .max_page_count = 1});
    records::StoreSink full_sink(*k.store, shipped_config(), [] { return testing::kNowMs; });
    const auto result = ContraindicationEngine(shipped_config().questionnaire).check(clear_client(), testing::kToday, "en");
    session::SaveOutcome outcome = session::SaveOutcome::ok();
    int saved_before_full = 0;
    for (int i = 0; i < 100 && outcome.saved; ++i) {
        AnswerSet set{"microneedling", "en", "00000000-0000-4000-8000-0000000000" + std::to_string(10 + i), clear_client()};
        outcome = full_sink.save(set, result);
        if (outcome.saved) ++saved_before_full;
    }
    ASSERT_FALSE(outcome.saved) << "the disk never filled";
    EXPECT_EQ(outcome.message_key, session::kSaveFailedKey);
    EXPECT_EQ(k.store->count(), saved_before_full) << "nothing partial";

    k.reopen();  // space is back: the same answers, the same id, now saved
    records::StoreSink sink(*k.store, shipped_config(), [] { return testing::kNowMs; });
    AnswerSet retry{"microneedling", "en", "00000000-0000-4000-8000-0000000000" + std::to_string(10 + saved_before_full),
                    clear_client()};
    EXPECT_TRUE(sink.save(retry, result).saved);
    EXPECT_EQ(k.store->count(), saved_before_full + 1);
}

}  // namespace
}  // namespace kiosk
