// Crash safety (DESIGN §6, §9): a child process submits in a loop and is
// killed with SIGKILL at random moments, 200 times. Every submission whose
// commit returned (the child reports it only then) must be there, whole.
#include <gtest/gtest.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <set>

#include "records/practitioner_unlock.hpp"
#include "records/sealed_submission.hpp"
#include "records/uuid.hpp"
#include "support/shipped.hpp"
#include "support/store_fixture.hpp"

namespace kiosk {
namespace {

[[noreturn]] void submit_forever(const std::string& dir, const crypto::Bytes& public_key, int ack_fd) {
    auto store = storage::Store::open(dir, {});
    AnswerSet set{"microneedling", "en", std::nullopt, testing::clear_client()};
    const auto result = ContraindicationEngine(testing::shipped_config().questionnaire).check(set.answers, testing::kToday, "en");
    for (std::int64_t i = 0;; ++i) {
        set.submission_id = new_uuid();
        auto sub = records::seal_submission(testing::shipped_config(), set, result, testing::kNowMs + i, public_key);
        store->add_submission(sub);
        const std::string line = sub.id + "\n";
        if (::write(ack_fd, line.data(), line.size()) < 0) _exit(1);
    }
}

// Blocks (up to 10 s) until the child has acknowledged its first commit;
// returns what was read so far.
std::string wait_first_ack(int fd) {
    std::string got;
    char buf[4096];
    pollfd p{fd, POLLIN, 0};
    while (got.find('\n') == std::string::npos && ::poll(&p, 1, 10'000) > 0) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) break;
        got.append(buf, static_cast<size_t>(n));
    }
    return got;
}

std::set<std::string> read_acks(int fd, std::string all) {
    char buf[4096];
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) all.append(buf, static_cast<size_t>(n));
    std::set<std::string> ids;
    size_t start = 0;
    for (size_t nl; (nl = all.find('\n', start)) != std::string::npos; start = nl + 1) ids.insert(all.substr(start, nl - start));
    return ids;  // a line cut short by the kill has no newline and is not counted
}

TEST(CrashSafety, KilledMidSubmitLosesNothingAcknowledged) {
    testing::shipped_config();  // load before forking
    testing::KioskData k;
    const std::string dir = k.dir.str();
    k.store.reset();
    std::mt19937 rng(20261125);
    std::uniform_int_distribution<int> delay_us(0, 30000);
    std::set<std::string> acknowledged;
    constexpr int kKills = 200;
    for (int round = 0; round < kKills; ++round) {
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(fds[0]);
            try {
                submit_forever(dir, k.public_key, fds[1]);
            } catch (...) {
                _exit(3);
            }
        }
        ::close(fds[1]);
        // Odd rounds kill at any moment (often while opening); even rounds
        // once the child is committing, so every round exercises a commit.
        const std::string early = round % 2 == 0 ? wait_first_ack(fds[0]) : std::string();
        ::usleep(static_cast<useconds_t>(delay_us(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped by itself, round " << round;
        const auto acks = read_acks(fds[0], early);
        ::close(fds[0]);
        acknowledged.insert(acks.begin(), acks.end());

        auto store = storage::Store::open(dir, {});  // quick_check runs here
        for (const auto& id : acks) ASSERT_TRUE(store->submission(id)) << "acknowledged " << id << " lost, round " << round;
    }

    auto store = storage::Store::open(dir, {});
    auto check = store->connection().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
    EXPECT_GE(static_cast<size_t>(store->count()), acknowledged.size());
    EXPECT_GE(acknowledged.size(), static_cast<size_t>(kKills / 2)) << "every even round commits at least once";

    auto unlocked = records::unlock(*store, testing::kPractitioner, testing::kPassphrase, testing::kNowMs);
    ASSERT_TRUE(unlocked.unlocked);
    size_t opened = 0;
    storage::ListFilter all{.disposition = std::nullopt, .reviewed = std::nullopt, .limit = 1'000'000, .offset = 0};
    for (const auto& meta : store->list(all)) {
        auto s = store->submission(meta.id);
        ASSERT_TRUE(s);
        ASSERT_TRUE(records::open_submission(*s, k.public_key, unlocked.unlocked->secret_key)) << meta.id << " is half-written";
        ++opened;
    }
    EXPECT_EQ(opened, static_cast<size_t>(store->count()));
}

}  // namespace
}  // namespace kiosk
