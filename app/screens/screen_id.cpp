#include "screens/screen_id.hpp"

#include <array>

namespace kiosk::ui {

namespace {

// Indexed by ScreenId.
constexpr std::array<std::string_view, 12> kNames{
    "attract", "about",  "questions", "consent",    "review", "thanks",
    "idle",    "unlock", "queue",     "submission", "setup",  "maintenance",
};

}  // namespace

std::string_view screen_name(ScreenId id) {
    const auto i = static_cast<size_t>(id);
    return i < kNames.size() ? kNames[i] : "unknown";
}

std::optional<ScreenId> screen_from_name(std::string_view name) {
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<ScreenId>(i);
    return std::nullopt;
}

std::span<const std::string_view> all_screen_names() { return kNames; }

}  // namespace kiosk::ui
