#pragma once
// The clinic's time zone (clinic.yaml `timezone:`, DESIGN §4). One per
// process, set once at start by the CLI and the kiosk: from then on every
// local calendar date and clock time (the check's "today", the practitioner
// views, the PDF, FHIR, CSV, the UI) is the clinic's, so an evening
// submission west of UTC is not dated the next day.
#include <string>
#include <string_view>

namespace kiosk {

// Where zone files are looked up: $TZDIR, or /usr/share/zoneinfo.
[[nodiscard]] std::string time_zone_dir();

// Whether `name` is an IANA zone installed here ("Europe/Madrid",
// "America/Los_Angeles", "UTC"): a plain relative name (no "..") naming a
// TZif file under time_zone_dir().
[[nodiscard]] bool is_known_time_zone(std::string_view name);

// Makes `name` the process's local time zone; an empty name keeps the
// system's. Sets TZ and calls tzset(): call it before any thread starts.
void use_time_zone(const std::string& name);

}  // namespace kiosk
