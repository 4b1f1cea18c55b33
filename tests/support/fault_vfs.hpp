#pragma once
// An SQLite VFS for fault tests: the default "unix" VFS with every xWrite,
// xSync and xTruncate (database, WAL and journal alike) counted, and the Nth
// of them failing the way a full or failing disk does. A store opened with
// Store::Options::vfs = FaultVfs::kName goes through it; nothing else does.
//
// What a failed call does, as the unix VFS would report the errno:
//   ENOSPC: a write stores the first half of its bytes and gives SQLITE_FULL
//           (a full disk takes what fits); a sync or truncate gives
//           SQLITE_IOERR_FSYNC / SQLITE_IOERR_TRUNCATE.
//   EIO:    a write stores nothing and gives SQLITE_IOERR_WRITE; a sync or
//           truncate as above.
// A sync that does not fail is counted but not passed on (no test here cuts
// the power; kill -9, as in tests/soak, keeps the kernel's cache anyway).
// Not modelled: pages a failed fsync dropped from the kernel's cache (that
// needs a power cut).
#include <string>

namespace kiosk::testing {

enum class DiskFault { NoSpace, Io };

class FaultVfs {
public:
    static constexpr const char* kName = "kiosk-fault";

    // Registers the VFS once (not as the default) and gives its controls.
    static FaultVfs& instance();

    // Fails the `nth` counted call from now on (1-based). `sticky`: every
    // later call fails too, like a disk that stays full until space returns.
    void arm(int nth, DiskFault fault, bool sticky);
    // Counts from zero, failing nothing.
    void count_only();
    // Space returns: nothing fails any more (the count goes on).
    void clear();

    // Calls counted since the last arm() / count_only().
    [[nodiscard]] int calls() const;
    // How many calls were made to fail since then.
    [[nodiscard]] int failures() const;
    // What the Nth counted call was ("write kiosk.db-wal", "sync kiosk.db", ...).
    [[nodiscard]] std::string call_name(int nth) const;

private:
    FaultVfs() = default;
};

[[nodiscard]] const char* to_string(DiskFault f);

}  // namespace kiosk::testing
