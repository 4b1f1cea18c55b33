#pragma once
// The calm maintenance screen shown when the clinic's config is invalid or
// the database is damaged: no intake can be taken, so the client is sent to
// the front desk. The details are on stderr for staff.
#include <cstddef>
#include <string>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct MaintenanceView {
    enum class Reason { Config, DamagedData };
    Reason reason = Reason::Config;
    std::size_t problem_count = 0;  // config problems
    std::string lang = "en";
};

// No widgets, no intents.
void draw_maintenance(UiContext& ui, const MaintenanceView& view);

}  // namespace kiosk::ui
