#pragma once
// The touch date picker (DESIGN §2: no typing of dates), for date items such
// as `dob` and `isotretinoin_last_dose`. A 72 px field shows the date written
// out ("2 April 1990" / "2 de abril de 1990"); tapping it opens a panel below
// with three tabs (day · month · year) over one grid: a decade of years with
// a pager, the twelve months, or the days of the month. Picking a year moves
// on to the month, then to the day; picking the day sets the answer (a Date)
// and closes the panel. Dates outside the item's validation (not_future,
// min_date, max_date) are drawn disabled and have no id, so they cannot be
// tapped. An optional item with an answer also offers Clear.
//
// Widget ids (stable, for replay and tests), for an item `dob`:
//   dob                 the field (tap: open / close the panel)
//   dob.day  dob.month  dob.year        the panel's tabs
//   dob.decade-  dob.decade+            the year grid's pager (only when that
//                                       decade has a year in range)
//   dob.year=1987  dob.month=4  dob.day=15   the grid cells (month 1..12)
//   dob.clear           optional items with an answer: remove it
//
// Replay (`pick ID VALUE`, DESIGN §7): call date_pick_next() after every
// frame and tap the id it returns (press and release in separate frames, as
// for `tap`), until it says Done; Unreachable ends the replay with exit 2 and
// its message. For `pick dob 1987-04-15` on an empty field the taps are:
//   dob, (dob.decade- as often as needed), dob.year=1987, dob.month=4, dob.day=15
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <imgui.h>

#include "common/date.hpp"
#include "questionnaire/model.hpp"
#include "session/intake_session.hpp"
#include "widgets/ui_context.hpp"
#include "widgets/widget_registry.hpp"

namespace kiosk::ui {

struct DatePickerOptions {
    // The clinic's date, for not_future. Defaults to Date::today_local();
    // tests pass the session clock's date.
    std::optional<Date> today;
};

enum class DateTab { Year, Month, Day };

// One picker's state. The draft and the date shown are client data.
struct DatePickerState {
    bool open = false;
    DateTab tab = DateTab::Year;
    int decade = 0;
    int year = 0;  // the draft; 0: not chosen yet
    int month = 0;
    int day = 0;
    std::optional<Date> shown;  // the answer drawn in the last frame
    Date lo;                    // the item's allowed range, as last drawn
    Date hi;
};

// Every date field's picker on a page, by item id: part of the questions
// screen's state, which the shell owns and resets with the client.
struct DatePickers {
    std::map<std::string, DatePickerState, std::less<>> by_item;

    DatePickers() = default;
    DatePickers(const DatePickers&) = delete;
    DatePickers& operator=(const DatePickers&) = delete;
    ~DatePickers() { reset(); }
    // Forgets every picker (open panel, half-picked date), zeroing the drafts.
    void reset();
};

// The smallest width the open panel lays out well in (mockup px; multiply by ui.px()).
inline constexpr float kDatePickerMinWidth = 520.0F;

// Height the field takes this frame: 72 px closed, more while the panel is
// open. `width` as passed to date_field().
[[nodiscard]] float date_field_height(const UiContext& ui, const DatePickers& pickers, const kiosk::Item& item,
                                      float width);

// Draws the field (and its open panel) with its top-left at `min`, `width`
// wide, and shows the item's error state when s.problems_for(item.id) is not
// empty (the error message itself is the question screen's, beside the
// field). Returns true when the answer changed this frame.
bool date_field(UiContext& ui, session::IntakeSession& s, DatePickers& pickers, const kiosk::Item& item, ImVec2 min,
                float width, const DatePickerOptions& options = {});

// ---- Replay ------------------------------------------------------------------

struct DatePickStep {
    enum class Kind { Tap, Done, Unreachable };
    Kind kind = Kind::Unreachable;
    std::string id;       // Tap: the widget id to tap next
    std::string message;  // Unreachable: why ("dob is not on screen", "2027-01-01 is out of range")
};

// The next control to tap to bring the date field `item_id`, as drawn in the
// frame whose registry is `widgets` with `pickers`, to `target`. Done when
// the field shows `target` with its panel closed.
[[nodiscard]] DatePickStep date_pick_next(std::string_view item_id, const Date& target,
                                          const WidgetRegistry& widgets, const DatePickers& pickers);

}  // namespace kiosk::ui
