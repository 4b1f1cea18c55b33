#pragma once
// Every frame guarded (issue 9): when a screen throws while it is drawn, the
// shell catches it, puts ImGui back as it was before the screen began (its
// windows, pushes and clip rects) and shows the maintenance screen instead.
// The log line names the screen and the exception's type only: an
// exception's message may quote what it was parsing, a client's answer.
#include <exception>
#include <string>
#include <string_view>

#include <imgui.h>

namespace kiosk::ui {

struct FrameMark {
    int windows = 0;
    int fonts = 0;
    int clip_rects = 0;
};

// Taken inside the shell's window, before the screen draws into `dl`.
[[nodiscard]] FrameMark mark_frame(const ImDrawList* dl);

// Ends the windows and pops what the screen left open since `mark`.
void recover_frame(const FrameMark& mark, ImDrawList* dl);

// "std::out_of_range", "nlohmann::json_abi_v3_11_2::detail::type_error", ...
// or "an unknown exception"; never the message.
[[nodiscard]] std::string exception_kind(const std::exception_ptr& error);

// One line on stderr, without client data.
void log_screen_failure(std::string_view screen, const std::exception_ptr& error);

}  // namespace kiosk::ui
