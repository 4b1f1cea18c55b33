#include "replay/driver.hpp"

#include <cmath>
#include <filesystem>
#include <numbers>

namespace kiosk::replay {

namespace {

constexpr int kDragSteps = 10;
constexpr int kSignSteps = 24;

ImVec2 lerp(ImVec2 a, ImVec2 b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

// The key id `type` taps for the code point starting at `s[i]`; advances i.
std::string key_id(std::string_view s, size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::string ch(s.substr(i, len));
    i += len;
    return ch == " " ? "key=space" : "key=" + ch;
}

}  // namespace

ReplayDriver::ReplayDriver(Script script, std::string screenshots_dir)
    : m_script(std::move(script)), m_screenshots_dir(std::move(screenshots_dir)) {}

void ReplayDriver::apply_pointer(ImGuiIO& io) const {
    io.MousePos = m_pointer.pos;
    for (bool& down : io.MouseDown) down = false;
    io.MouseDown[0] = m_pointer.down;
}

void ReplayDriver::fail(const Command& cmd, const std::string& message, int code) {
    m_message = "replay " + m_script.file + ":" + std::to_string(cmd.line) + ": " + message;
    m_exit_code = code;
}

const ui::WidgetEntry* ReplayDriver::require(const Command& cmd, std::string_view id, const FrameInfo& frame,
                                             std::string_view note) {
    const ui::WidgetEntry* entry = frame.widgets.find(id);
    if (entry == nullptr)
        fail(cmd, "unknown or hidden id '" + std::string(id) + "'" + std::string(note) + " on screen " +
                      std::string(frame.screen) + "; ids shown: " + frame.widgets.ids_joined());
    return entry;
}

void ReplayDriver::tap_at(ImVec2 p) {
    m_gesture.push_back({p, true});
    m_gesture.push_back({p, false});
    m_gesture.push_back({p, false});  // settle: the frame that shows the result
}

void ReplayDriver::stroke(const std::vector<ImVec2>& points) {
    for (const ImVec2& p : points) m_gesture.push_back({p, true});
    m_gesture.push_back({points.back(), false});
    m_gesture.push_back({points.back(), false});
}

bool ReplayDriver::run(const Command& cmd, const FrameInfo& frame, const ScreenshotWriter& write_png) {
    switch (cmd.kind) {
        case CommandKind::Tap:
            if (const ui::WidgetEntry* w = require(cmd, cmd.id, frame)) tap_at(w->center());
            return true;
        case CommandKind::Type:
            for (size_t i = 0; i < cmd.text.size() && !finished();) {
                const std::string id = key_id(cmd.text, i);
                if (const ui::WidgetEntry* w = require(cmd, id, frame, " (type needs the on-screen keyboard)"))
                    tap_at(w->center());
            }
            return true;
        case CommandKind::Pick:
            if (require(cmd, cmd.id, frame) != nullptr)
                fail(cmd, "'" + cmd.id + "' on screen " + std::string(frame.screen) + " cannot be picked");
            return true;
        case CommandKind::Drag:
            if (const ui::WidgetEntry* w = require(cmd, cmd.id, frame)) {
                const ImVec2 from = w->center();
                const ImVec2 to(from.x + cmd.dx, from.y + cmd.dy);
                std::vector<ImVec2> points;
                for (int i = 0; i <= kDragSteps; ++i)
                    points.push_back(lerp(from, to, static_cast<float>(i) / kDragSteps));
                stroke(points);
            }
            return true;
        case CommandKind::Sign:
            if (const ui::WidgetEntry* w = require(cmd, cmd.id, frame)) {
                // A signature-like wave across the middle of the pad.
                const float width = w->max.x - w->min.x;
                const float height = w->max.y - w->min.y;
                std::vector<ImVec2> points;
                for (int i = 0; i <= kSignSteps; ++i) {
                    const float t = static_cast<float>(i) / kSignSteps;
                    const float wave = std::sin(t * 4.0F * std::numbers::pi_v<float>) * height * 0.2F;
                    points.emplace_back(w->min.x + width * (0.15F + 0.7F * t), w->center().y + wave);
                }
                stroke(points);
            }
            return true;
        case CommandKind::Wait: m_wait_until_ms = frame.now_ms + cmd.ms; return true;
        case CommandKind::ExpectScreen:
            if (frame.screen != cmd.text)
                fail(cmd, "expected screen " + cmd.text + " but screen " + std::string(frame.screen) +
                              " is showing; ids shown: " + frame.widgets.ids_joined());
            return false;
        case CommandKind::Screenshot: {
            if (m_screenshots_dir.empty()) {
                fail(cmd, "`screenshot` needs --screenshots DIR");
                return true;
            }
            const std::string path = (std::filesystem::path(m_screenshots_dir) / (cmd.text + ".png")).string();
            if (const std::string err = write_png(path); !err.empty()) fail(cmd, err);
            return false;
        }
        case CommandKind::Quit: m_exit_code = 0; return true;
    }
    return false;
}

void ReplayDriver::after_frame(const FrameInfo& frame, const ScreenshotWriter& write_png) {
    if (finished()) return;
    if (++m_frames < 2) return;  // the first frame only settles layout and fonts
    if (!m_gesture.empty()) {
        m_pointer = m_gesture.front();
        m_gesture.pop_front();
        return;
    }
    if (m_wait_until_ms) {
        if (frame.now_ms < *m_wait_until_ms) return;
        m_wait_until_ms.reset();
    }
    while (!finished() && m_next < m_script.commands.size()) {
        const Command& cmd = m_script.commands[m_next++];
        if (run(cmd, frame, write_png)) break;
    }
    if (!finished() && !m_gesture.empty()) {
        m_pointer = m_gesture.front();
        m_gesture.pop_front();
    } else if (!finished() && !m_wait_until_ms && m_next >= m_script.commands.size()) {
        m_exit_code = 0;  // the end of the script is a quit
    }
}

}  // namespace kiosk::replay
