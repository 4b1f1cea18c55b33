#include "records/store_sink.hpp"

#include <iostream>

#include "records/sealed_submission.hpp"

namespace kiosk::records {

StoreSink::StoreSink(storage::Store& store, const KioskConfig& config, WallClock wall_clock)
    : store_(store), config_(config), wall_clock_(std::move(wall_clock)) {}

session::SaveOutcome StoreSink::save(const AnswerSet& answers, const CheckResult& result) {
    try {
        store_.add_submission(seal_submission(config_, answers, result, wall_clock_(), store_.public_key()));
        return session::SaveOutcome::ok();
    } catch (const std::exception& e) {
        // The reason goes to the operator's log (it names no client data);
        // the client sees only "please see the front desk".
        std::cerr << "intake-kiosk: could not save a submission: " << e.what() << '\n';
        return session::SaveOutcome::failed(session::kSaveFailedKey);
    }
}

}  // namespace kiosk::records
