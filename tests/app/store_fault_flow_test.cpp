// The kiosk's own path when the disk fails at submit (DESIGN §6): the real
// shell and session over a records::StoreSink on a real store whose writes go
// through the fault VFS. The client sees "please see the front desk", their
// answers stay on the review screen, and once the fault clears the same tap
// stores them exactly once.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/headless_ui.hpp"
#include "support/intake_walk.hpp"
#include "records/sealed_submission.hpp"
#include "records/store_sink.hpp"
#include "support/fault_vfs.hpp"
#include "support/store_fixture.hpp"
#include "theme/review_strings.hpp"

namespace kiosk::test {
namespace {

using kiosk::testing::DiskFault;
using kiosk::testing::FaultVfs;

// Reopens a kiosk store through the fault VFS (before anything holds it).
struct ThroughFaults {
    explicit ThroughFaults(kiosk::testing::KioskData& data) {
        (void)FaultVfs::instance();  // registered before the store opens through it
        storage::Store::Options options;
        options.vfs = FaultVfs::kName;
        data.reopen(options);
    }
};

class DiskFaultAtSubmit : public ::testing::TestWithParam<DiskFault> {
protected:
    kiosk::testing::KioskData data;
    ThroughFaults through_faults{data};
    records::StoreSink sink{*data.store, testing::shipped_config(), [] { return kiosk::testing::kNowMs; }};
    HeadlessUi ui{testing::shipped_config(), sink, "en"};
};

TEST_P(DiskFaultAtSubmit, FrontDeskMessageKeepsTheAnswersAndARetryStoresOnce) {
    const kiosk::AnswerMap answers = testing::clear_client();
    walk_to_review(ui, answers);
    ASSERT_EQ(ui.shell().screen_name(), "review");

    // The disk fails from the first write of the commit until "space returns".
    FaultVfs::instance().arm(1, GetParam(), true);
    tap_in_view(ui, "submit");
    EXPECT_GT(FaultVfs::instance().failures(), 0) << "the fault was never reached";
    EXPECT_EQ(ui.shell().screen_name(), "review");
    EXPECT_TRUE(ui.session().save_failed());
    ui.frame();
    EXPECT_TRUE(ui.drew(ui::review_text(ui::ReviewText::SaveFailedTitle, "en")));
    EXPECT_TRUE(ui.drew("front desk"));
    EXPECT_TRUE(ui.drew("Ana")) << "the answers are kept and still listed";
    EXPECT_EQ(data.store->count(), 0) << "nothing half-stored";

    // Still failing: a second tap fails the same calm way.
    tap_in_view(ui, "submit");
    EXPECT_EQ(ui.shell().screen_name(), "review");
    EXPECT_EQ(data.store->count(), 0);

    // Space returns: the same tap stores the client once and thanks them.
    FaultVfs::instance().clear();
    tap_in_view(ui, "submit");
    EXPECT_EQ(ui.shell().screen_name(), "thanks");
    ASSERT_EQ(data.store->count(), 1);
    const auto listed = data.store->list({.disposition = std::nullopt, .reviewed = std::nullopt, .limit = 10, .offset = 0});
    ASSERT_EQ(listed.size(), 1U);
    const auto stored = data.store->submission(listed[0].id);
    ASSERT_TRUE(stored);
    const auto opened = records::open_submission(*stored, data.public_key, data.secret_key);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->answers.at("first_name"), "Ana");

    data.reopen();  // as after a restart, through the ordinary VFS
    auto check = data.store->connection().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_EQ(data.store->count(), 1);
}

INSTANTIATE_TEST_SUITE_P(Faults, DiskFaultAtSubmit, ::testing::Values(DiskFault::NoSpace, DiskFault::Io),
                         [](const ::testing::TestParamInfo<DiskFault>& param) {
                             return std::string(kiosk::testing::to_string(param.param));
                         });

}  // namespace
}  // namespace kiosk::test
