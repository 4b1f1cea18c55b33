#include "replay/driver.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <numbers>
#include <variant>

#include "replay/memory_scan.hpp"
#include "widgets/date_picker.hpp"

namespace kiosk::replay {

namespace {

constexpr int kDragSteps = 10;
constexpr int kSignSteps = 24;
constexpr int kMaxScrolls = 8;         // drags to bring one widget into view
constexpr int kMaxLayerSwitches = 4;   // layer keys tapped to find one character
constexpr int kMaxPickTaps = 40;       // a date far in the past pages back decades
constexpr float kScrollMargin = 24.0F;  // from the region's edges, px

ImVec2 lerp(ImVec2 a, ImVec2 b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

size_t utf8_length_at(std::string_view s, size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return std::min(len, s.size() - i);
}

// The other case of a Latin letter (ASCII or Latin-1), or "" for anything else.
std::string other_case(std::string_view ch) {
    std::string out(ch);
    if (out.size() == 1 && std::isalpha(static_cast<unsigned char>(out[0])) != 0) {
        out[0] = static_cast<char>(out[0] ^ 0x20);
        return out;
    }
    if (out.size() == 2 && static_cast<unsigned char>(out[0]) == 0xC3) {
        const auto b = static_cast<unsigned char>(out[1]);
        if (b >= 0x80 && b <= 0xBE && b != 0x97 && b != 0xB7) {
            out[1] = static_cast<char>(b ^ 0x20);
            return out;
        }
    }
    return "";
}

// Which layer key to tap so that `ch` shows, as a person would decide.
std::string layer_key_for(std::string_view ch, const ui::WidgetRegistry& w) {
    const auto shows = [&](std::string_view id) { return w.find(id) != nullptr; };
    const std::string flipped = other_case(ch);
    if (!flipped.empty() && shows("key=" + flipped)) return shows("key=shift") ? "key=shift" : "key=shift-right";
    const bool ascii_letter = ch.size() == 1 && std::isalpha(static_cast<unsigned char>(ch[0])) != 0;
    if (ascii_letter && shows("key=letters")) return "key=letters";
    if (ch.size() > 1 && shows("key=accents")) return "key=accents";
    if (shows("key=digits")) return "key=digits";
    if (shows("key=letters")) return "key=letters";
    return "";
}

// True when the session's answer to `item` already is (or holds) `value`:
// yes/no as "yes" / "no", a single choice as its option id, a multiple
// choice when it contains the option.
bool chosen(const session::IntakeSession* s, std::string_view item, std::string_view value) {
    if (s == nullptr) return false;
    const kiosk::Answer* a = s->answer(item);
    if (a == nullptr) return false;
    if (const bool* b = std::get_if<bool>(a)) return value == (*b ? "yes" : "no");
    if (const std::string* one = std::get_if<std::string>(a)) return *one == value;
    if (const kiosk::Choices* many = std::get_if<kiosk::Choices>(a))
        return std::find(many->begin(), many->end(), value) != many->end();
    return false;
}

// The ids of `item`'s options on screen (`item=...`), for messages.
std::string option_ids(std::string_view item, const ui::WidgetRegistry& widgets) {
    const std::string prefix = std::string(item) + "=";
    std::string out;
    for (const std::string& id : widgets.ids())
        if (id.starts_with(prefix)) out += (out.empty() ? "" : ", ") + id;
    return out;
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
        case CommandKind::Type:
        case CommandKind::Pick:
        case CommandKind::Sign:
            m_active = Active{cmd};
            return step_active(frame);
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
        case CommandKind::Wait: m_wait_until_ms = frame.now_ms + cmd.ms; return true;
        case CommandKind::Hold:
            // The finger goes down on the next frame and stays while the
            // loop sleeps (the shell's own timers wake it), then lifts.
            if (const ui::WidgetEntry* w = require(cmd, cmd.id, frame)) {
                m_pointer = {w->center(), true};
                m_wait_until_ms = frame.now_ms + cmd.ms;
                m_after_wait = {{w->center(), false}, {w->center(), false}};
                m_hold_unseen = true;
            }
            return true;
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
        case CommandKind::TypeHex: {
            // Typed as `type`; the text exists only while it is typed.
            Command typed = cmd;
            typed.kind = CommandKind::Type;
            typed.text = text_of_hex(cmd.text);
            m_active = Active{std::move(typed)};
            return step_active(frame);
        }
        case CommandKind::Fault: m_fault_requested = true; return true;
        case CommandKind::ExpectAbsent: {
            std::string error;
            const ScanReport found = scan_own_memory(cmd.text, error);
            if (!error.empty()) fail(cmd, error);
            else if (found.copies > 0)
                fail(cmd, "the text is still in memory: " + std::to_string(found.copies) + " copies (" + found.where +
                              "; " + std::to_string(found.bytes_scanned >> 20) + " MiB scanned)");
            return finished();
        }
    }
    return false;
}

bool ReplayDriver::tap_in_view(const Command& cmd, const ui::WidgetEntry& w, int& scrolls) {
    if (scroll_towards(cmd, w, scrolls)) return true;
    if (finished()) return false;
    tap_at(w.center());
    return true;
}

void ReplayDriver::sign_stroke(const ui::WidgetEntry& w) {
    // A signature-like wave across the middle of the pad.
    const float width = w.max.x - w.min.x;
    const float height = w.max.y - w.min.y;
    std::vector<ImVec2> points;
    for (int i = 0; i <= kSignSteps; ++i) {
        const float t = static_cast<float>(i) / kSignSteps;
        const float wave = std::sin(t * 4.0F * std::numbers::pi_v<float>) * height * 0.2F;
        points.emplace_back(w.min.x + width * (0.15F + 0.7F * t), w.center().y + wave);
    }
    stroke(points);
}

bool ReplayDriver::scroll_towards(const Command& cmd, const ui::WidgetEntry& w, int& scrolls) {
    const ImVec2 c = w.center();
    const float clip_h = w.clip_max.y - w.clip_min.y;
    const bool center_in = c.y >= w.clip_min.y && c.y <= w.clip_max.y && c.x >= w.clip_min.x && c.x <= w.clip_max.x;
    // A widget taller than its region can only ever be partly in view.
    if (w.in_view() || (center_in && w.max.y - w.min.y > clip_h - 2.0F * kScrollMargin)) return false;
    if (++scrolls > kMaxScrolls || clip_h > 1e6F) {
        fail(cmd, "'" + w.id + "' is on the screen but cannot be scrolled into view");
        return false;
    }
    // Drag the region from its left margin (never from a control that
    // reacts to a press, such as a signature pad) by at most most of its height.
    const float room = std::max(1.0F, clip_h - 2.0F * kScrollMargin);
    float dy = (w.clip_min.y + w.clip_max.y) * 0.5F - c.y;
    dy = std::clamp(dy, -room, room);
    const float x = w.clip_min.x + kScrollMargin;
    const float y0 = dy < 0.0F ? w.clip_max.y - kScrollMargin : w.clip_min.y + kScrollMargin;
    std::vector<ImVec2> points;
    for (int i = 0; i <= kDragSteps; ++i)
        points.emplace_back(x, y0 + dy * static_cast<float>(i) / kDragSteps);
    stroke(points);
    return true;
}

bool ReplayDriver::step_type(const FrameInfo& frame) {
    Active& a = *m_active;
    const std::string& text = a.cmd.text;
    if (a.pos >= text.size()) return false;
    const size_t len = utf8_length_at(text, a.pos);
    const std::string ch = text.substr(a.pos, len);
    const std::string id = ch == " " ? "key=space" : "key=" + ch;
    if (const ui::WidgetEntry* w = frame.widgets.find(id)) {
        tap_at(w->center());
        a.pos += len;
        a.switches = 0;
        return true;
    }
    const std::string layer = layer_key_for(ch, frame.widgets);
    if (layer.empty() || ++a.switches > kMaxLayerSwitches) {
        (void)require(a.cmd, id, frame, " (type needs the on-screen keyboard)");
        return true;
    }
    tap_at(frame.widgets.find(layer)->center());
    return true;
}

bool ReplayDriver::step_pick_option(const FrameInfo& frame) {
    Active& a = *m_active;
    // Done once the value shows chosen, or (without a session to ask) once tapped.
    if (chosen(frame.session, a.cmd.id, a.cmd.text) || a.switches > 0) return false;
    const std::string id = a.cmd.id + "=" + a.cmd.text;
    const ui::WidgetEntry* w = frame.widgets.find(id);
    if (w == nullptr) {
        if (const std::string options = option_ids(a.cmd.id, frame.widgets); !options.empty())
            fail(a.cmd, "'" + a.cmd.id + "' has no option '" + a.cmd.text + "' on screen " + std::string(frame.screen) +
                            "; its options: " + options);
        else
            (void)require(a.cmd, id, frame, " (pick needs a date picker or a list)");
        return true;
    }
    const int before = a.scrolls;
    if (tap_in_view(a.cmd, *w, a.scrolls) && a.scrolls == before) a.switches = 1;  // tapped, not scrolled
    return true;
}

bool ReplayDriver::step_pick(const FrameInfo& frame) {
    Active& a = *m_active;
    const std::optional<Date> target = Date::parse(a.cmd.text);
    if (!target) return step_pick_option(frame);  // a list: its option `ID=VALUE`
    const ui::DatePickers none;
    const ui::DatePickStep step =
        ui::date_pick_next(a.cmd.id, *target, frame.widgets, frame.dates != nullptr ? *frame.dates : none);
    switch (step.kind) {
        case ui::DatePickStep::Kind::Done: return false;
        case ui::DatePickStep::Kind::Unreachable:
            if (frame.widgets.find(a.cmd.id) == nullptr) (void)require(a.cmd, a.cmd.id, frame);
            else fail(a.cmd, "cannot pick " + a.cmd.text + " in '" + a.cmd.id + "': " + step.message);
            return true;
        case ui::DatePickStep::Kind::Tap: break;
    }
    if (++a.switches > kMaxPickTaps) {
        fail(a.cmd, "picking " + a.cmd.text + " in '" + a.cmd.id + "' did not finish");
        return true;
    }
    if (const ui::WidgetEntry* w = require(a.cmd, step.id, frame)) (void)tap_in_view(a.cmd, *w, a.scrolls);
    return true;
}

bool ReplayDriver::step_sign(const FrameInfo& frame) {
    Active& a = *m_active;
    const ui::WidgetEntry* w = require(a.cmd, a.cmd.id, frame);
    if (w == nullptr || scroll_towards(a.cmd, *w, a.scrolls)) return true;
    if (!finished()) sign_stroke(*w);
    m_active.reset();
    return true;
}

bool ReplayDriver::step_active(const FrameInfo& frame) {
    bool busy = false;
    switch (m_active->cmd.kind) {
        case CommandKind::Tap:
            if (const ui::WidgetEntry* w = require(m_active->cmd, m_active->cmd.id, frame)) {
                const int before = m_active->scrolls;
                if (tap_in_view(m_active->cmd, *w, m_active->scrolls) && m_active->scrolls > before) return true;
            }
            m_active.reset();
            return true;
        case CommandKind::Type: busy = step_type(frame); break;
        case CommandKind::Pick: busy = step_pick(frame); break;
        case CommandKind::Sign: return step_sign(frame);  // m_active stays while it scrolls
        default: break;
    }
    if (!busy || finished()) m_active.reset();
    return busy;
}

void ReplayDriver::after_frame(const FrameInfo& frame, const ScreenshotWriter& write_png) {
    if (finished()) return;
    if (++m_frames < 2) return;  // the first frame only settles layout and fonts
    m_hold_unseen = false;  // this frame was drawn with the held press
    if (!m_gesture.empty()) {
        m_pointer = m_gesture.front();
        m_gesture.pop_front();
        return;
    }
    if (m_wait_until_ms) {
        if (frame.now_ms < *m_wait_until_ms) return;
        m_wait_until_ms.reset();
        if (!m_after_wait.empty()) {
            m_gesture.swap(m_after_wait);
            m_after_wait.clear();
            m_pointer = m_gesture.front();
            m_gesture.pop_front();
            return;
        }
    }
    while (!finished()) {
        if (m_active) {
            if (step_active(frame)) break;
            continue;
        }
        if (m_next >= m_script.commands.size()) break;
        const Command& cmd = m_script.commands[m_next++];
        if (run(cmd, frame, write_png)) break;
    }
    if (!finished() && !m_gesture.empty()) {
        m_pointer = m_gesture.front();
        m_gesture.pop_front();
    } else if (!finished() && !m_wait_until_ms && !m_active && m_next >= m_script.commands.size()) {
        m_exit_code = 0;  // the end of the script is a quit
    }
}

}  // namespace kiosk::replay
