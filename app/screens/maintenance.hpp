#pragma once
// The calm maintenance screen shown when the clinic's config is invalid:
// no questions can be asked, so the client is sent to the front desk. The
// details are on stderr for staff; the screen shows only how many problems.
#include <cstddef>
#include <string>

#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct MaintenanceView {
    std::size_t problem_count = 0;
    std::string lang = "en";
};

// No widgets, no intents.
void draw_maintenance(UiContext& ui, const MaintenanceView& view);

}  // namespace kiosk::ui
