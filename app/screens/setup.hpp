#pragma once
// The first-run setup screen (DESIGN §7): on an empty data directory, clinic
// staff create the clinic's key pair and the first practitioner (a name and a
// passphrase typed twice) before the kiosk takes any intake. Typing goes
// through the on-screen keyboard only: no ImGui edit buffer or clipboard ever
// holds the passphrase, and its buffers are scrubbed after use.
//
// Creating the clinic derives a key with Argon2id (about a second), so it
// runs on a worker thread while the screen shows "Creating…" with a turning
// ring; the shell polls for the end and keeps frames coming meanwhile.
//
// Widget ids: setup.name, setup.passphrase, setup.passphrase2, setup.create,
// and the keyboard's key=... while a field is focused (none while creating).
#include <future>
#include <optional>
#include <string>
#include <string_view>

#include "widgets/keyboard.hpp"
#include "widgets/ui_context.hpp"

namespace kiosk::ui {

struct SetupView {
    std::string data_dir;  // where kiosk.db is created
    std::string lang = "en";
};

struct SetupState {
    std::string name;
    std::string passphrase;
    std::string passphrase2;
    std::string focused;  // a field id, or empty (no keyboard)
    KeyboardState keyboard;
    bool show_errors = false;  // after a refused "Create and start"
    bool failed = false;       // initialize_clinic or the store refused (details on stderr)
    // The worker creating the clinic (start_create_clinic): valid until
    // poll_create_clinic has seen it finish. It holds its own copies of the
    // name and passphrase, so the fields above stay the UI thread's.
    std::future<bool> creating;

    [[nodiscard]] bool busy() const { return creating.valid(); }

    SetupState();
    SetupState(const SetupState&) = delete;
    SetupState& operator=(const SetupState&) = delete;
    SetupState(SetupState&&) noexcept;
    SetupState& operator=(SetupState&&) noexcept;
    ~SetupState();
    // Scrubs the name and both passphrases.
    void scrub_all();
};

// The reasons the fields are refused, in `lang` (empty: accepted).
struct SetupProblems {
    std::string_view name;
    std::string_view passphrase;
    std::string_view passphrase2;
    [[nodiscard]] bool any() const { return !name.empty() || !passphrase.empty() || !passphrase2.empty(); }
};
[[nodiscard]] SetupProblems setup_problems(const SetupState& st, std::string_view lang);

// Draws the screen; returns true when "Create and start" was tapped with
// acceptable fields (otherwise the errors are shown). While `st.busy()` it
// shows the fields as typed, no keyboard, and "Creating…" with a turning
// ring in place of the button, and returns false.
[[nodiscard]] bool draw_setup(UiContext& ui, SetupState& st, const SetupView& view);

// Creates <data_dir>/kiosk.db with the typed practitioner and passphrase
// (records::initialize_clinic), then scrubs the passphrases. False (with the
// reason on stderr and `st.failed` set) when it could not. Blocks for the
// key derivation; the screen uses the two functions below instead.
bool create_clinic(SetupState& st, const SetupView& view);

// Starts create_clinic's work on a worker thread (st.busy() from now on).
void start_create_clinic(SetupState& st, const SetupView& view);

// nullopt while the worker runs; once it has finished, what create_clinic
// would have returned (the passphrases scrubbed, `st.failed` set on failure),
// and st.busy() is false again.
[[nodiscard]] std::optional<bool> poll_create_clinic(SetupState& st);

}  // namespace kiosk::ui
