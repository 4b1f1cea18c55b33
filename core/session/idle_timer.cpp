#include "session/idle_timer.hpp"

#include <algorithm>

namespace kiosk::session {

namespace {

constexpr std::int64_t kSecond = 1000;

}  // namespace

IdleTimer::IdleTimer(std::int64_t idle_ms, std::int64_t countdown_ms)
    : idle_ms_(std::max<std::int64_t>(idle_ms, 0)), countdown_ms_(std::max<std::int64_t>(countdown_ms, 0)) {}

IdleTimer IdleTimer::from_seconds(int idle_seconds, int countdown_seconds) {
    return {std::int64_t{idle_seconds} * kSecond, std::int64_t{countdown_seconds} * kSecond};
}

void IdleTimer::arm(std::int64_t now_ms) {
    armed_ = true;
    prompting_ = false;
    last_ms_ = now_ms;
}

void IdleTimer::disarm() {
    armed_ = false;
    prompting_ = false;
}

void IdleTimer::activity(std::int64_t now_ms) {
    if (armed_ && !prompting_) last_ms_ = now_ms;
}

IdleTimer::Event IdleTimer::update(std::int64_t now_ms) {
    if (!armed_) return Event::None;
    if (now_ms >= expires_at()) {
        disarm();
        return Event::Expired;
    }
    if (!prompting_ && now_ms >= prompt_at()) {
        prompting_ = true;
        return Event::Prompt;
    }
    return Event::None;
}

int IdleTimer::seconds_left(std::int64_t now_ms) const {
    if (!prompting_) return 0;
    const std::int64_t left = std::max<std::int64_t>(expires_at() - now_ms, 0);
    return static_cast<int>((left + kSecond - 1) / kSecond);
}

std::optional<std::int64_t> IdleTimer::next_deadline_ms(std::int64_t now_ms) const {
    if (!armed_) return std::nullopt;
    if (!prompting_) return prompt_at();
    // The moment the shown number drops by one: expiry minus the whole
    // seconds that will then remain.
    const int left = seconds_left(now_ms);
    if (left <= 1) return expires_at();
    return expires_at() - std::int64_t{left - 1} * kSecond;
}

}  // namespace kiosk::session
