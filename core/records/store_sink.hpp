#pragma once
// The kiosk's SubmissionSink: checks nothing new, seals the answers and their
// findings to the clinic's public key and commits them, reporting "saved" only
// after the commit returned. Any storage failure (full disk, unwritable or
// damaged database) becomes a calm failure; the session keeps the answers and
// a retry reuses the same submission id, so it is never stored twice.
#include <cstdint>
#include <functional>

#include "session/submission_sink.hpp"
#include "storage/store.hpp"

namespace kiosk::records {

class StoreSink final : public session::SubmissionSink {
public:
    using WallClock = std::function<std::int64_t()>;  // unix ms
    StoreSink(storage::Store& store, const KioskConfig& config, WallClock wall_clock);

    [[nodiscard]] session::SaveOutcome save(const AnswerSet& answers, const CheckResult& result) override;

private:
    storage::Store& store_;
    const KioskConfig& config_;
    WallClock wall_clock_;
};

}  // namespace kiosk::records
