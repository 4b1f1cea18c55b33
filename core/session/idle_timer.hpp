#pragma once
// Whether a client has walked away: after `idle` without input the "Are you
// still there?" prompt is due, and `countdown` after that the intake is to be
// wiped. Plain arithmetic on the times it is handed, so it needs no clock of
// its own; the intake session feeds it.
#include <cstdint>
#include <optional>

namespace kiosk::session {

class IdleTimer {
public:
    enum class Event { None, Prompt, Expired };

    IdleTimer(std::int64_t idle_ms, std::int64_t countdown_ms);
    [[nodiscard]] static IdleTimer from_seconds(int idle_seconds, int countdown_seconds);

    // Starts watching from `now_ms`; also how the prompt is dismissed.
    void arm(std::int64_t now_ms);
    void disarm();
    // Input: restarts the idle period. Ignored while the prompt shows: only an
    // explicit "I'm still here" (arm) dismisses it, so the press that lands on
    // the prompt's button cannot also reach the screen beneath.
    void activity(std::int64_t now_ms);
    // Latches the prompt when it is due. Expired (which disarms) is measured
    // from when the prompt was due, not from when update() noticed, so a late
    // wake-up never extends how long answers stay on screen.
    [[nodiscard]] Event update(std::int64_t now_ms);

    [[nodiscard]] bool armed() const { return armed_; }
    [[nodiscard]] bool prompting() const { return prompting_; }
    // Whole seconds left on the prompt's countdown (rounded up); 0 without a prompt.
    [[nodiscard]] int seconds_left(std::int64_t now_ms) const;
    // When update() next has something to do: the prompt, each tick of the
    // shown countdown, the expiry. nullopt when disarmed.
    [[nodiscard]] std::optional<std::int64_t> next_deadline_ms(std::int64_t now_ms) const;

private:
    [[nodiscard]] std::int64_t prompt_at() const { return last_ms_ + idle_ms_; }
    [[nodiscard]] std::int64_t expires_at() const { return last_ms_ + idle_ms_ + countdown_ms_; }

    std::int64_t idle_ms_;
    std::int64_t countdown_ms_;
    std::int64_t last_ms_ = 0;
    bool armed_ = false;
    bool prompting_ = false;
};

}  // namespace kiosk::session
