#pragma once
// The calm maintenance screen: the clinic's config is invalid or the
// database is damaged (no intake can be taken, so the client is sent to the
// front desk; the details are on stderr for staff), or a screen failed while
// it was drawn (the answers are kept and "Try again" goes back to it).
#include <cstddef>
#include <string>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct MaintenanceView {
    enum class Reason { Config, DamagedData, ScreenFailed };
    Reason reason = Reason::Config;
    std::size_t problem_count = 0;  // config problems
    std::string lang = "en";
};

// Returns true when "Try again" (widget id `retry`, shown only for
// ScreenFailed) was tapped.
[[nodiscard]] bool draw_maintenance(UiContext& ui, const MaintenanceView& view);

}  // namespace kiosk::ui
