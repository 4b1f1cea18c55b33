#pragma once
// The kiosk's screens and their stable names (DESIGN §7), used by
// `expect-screen` in replay scripts and in error messages.
#include <optional>
#include <span>
#include <string_view>

namespace kiosk::ui {

enum class ScreenId {
    Attract,
    About,
    Questions,
    Consent,
    Review,
    Thanks,
    Idle,
    Unlock,
    Queue,
    Submission,
    Setup,        // first run on an empty data directory
    Maintenance,  // the config is invalid: "please see the front desk"
};

[[nodiscard]] std::string_view screen_name(ScreenId id);
[[nodiscard]] std::optional<ScreenId> screen_from_name(std::string_view name);
[[nodiscard]] std::span<const std::string_view> all_screen_names();

}  // namespace kiosk::ui
