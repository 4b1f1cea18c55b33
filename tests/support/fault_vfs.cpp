#include "support/fault_vfs.hpp"

#include <sqlite3.h>

#include <stdexcept>
#include <string_view>
#include <vector>

namespace kiosk::testing {

namespace {

// The tests drive one store from one thread at a time, so plain state will do.
struct State {
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs{};
    bool armed = false;
    int nth = 0;
    bool sticky = false;
    DiskFault fault = DiskFault::NoSpace;
    int calls = 0;
    int failures = 0;
    std::vector<std::string> names;  // one per counted call since the last reset
} g;

// Our file, with the real VFS's file in the same allocation right after it.
struct FaultFile {
    sqlite3_file base;
    const char* name;  // as SQLite gave it to xOpen; valid until xClose
};

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<sqlite3_file*>(reinterpret_cast<FaultFile*>(f) + 1); }

std::string_view base_name(const char* path) {
    if (path == nullptr) return "(temp)";
    const std::string_view p(path);
    const size_t slash = p.rfind('/');
    return slash == std::string_view::npos ? p : p.substr(slash + 1);
}

// Counts one call; true when this one is to fail.
bool count_and_decide(const char* op, sqlite3_file* f) {
    ++g.calls;
    g.names.push_back(std::string(op) + " " + std::string(base_name(reinterpret_cast<FaultFile*>(f)->name)));
    const bool fail = g.armed && (g.calls == g.nth || (g.sticky && g.calls > g.nth));
    if (fail) ++g.failures;
    return fail;
}

int x_close(sqlite3_file* f) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xClose(r);
}

int x_read(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xRead(r, buf, amt, off);
}

int x_write(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off) {
    sqlite3_file* r = real_of(f);
    if (!count_and_decide("write", f)) return r->pMethods->xWrite(r, buf, amt, off);
    if (g.fault == DiskFault::Io) return SQLITE_IOERR_WRITE;
    // A full disk takes what fits: a torn write, then the error.
    if (amt / 2 > 0) (void)r->pMethods->xWrite(r, buf, amt / 2, off);
    return SQLITE_FULL;
}

int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    sqlite3_file* r = real_of(f);
    if (count_and_decide("truncate", f)) return SQLITE_IOERR_TRUNCATE;
    return r->pMethods->xTruncate(r, size);
}

int x_sync(sqlite3_file* f, int flags) {
    sqlite3_file* r = real_of(f);
    if (count_and_decide("sync", f)) return SQLITE_IOERR_FSYNC;
    // Counted, not made: no test cuts the power, so a real fsync would only
    // cost time (tens of ms each on a busy disk, hundreds per test).
    (void)r;
    (void)flags;
    return SQLITE_OK;
}

int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xFileSize(r, size);
}

int x_lock(sqlite3_file* f, int level) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xLock(r, level);
}

int x_unlock(sqlite3_file* f, int level) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xUnlock(r, level);
}

int x_check_reserved(sqlite3_file* f, int* out) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xCheckReservedLock(r, out);
}

int x_file_control(sqlite3_file* f, int op, void* arg) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xFileControl(r, op, arg);
}

int x_sector_size(sqlite3_file* f) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xSectorSize(r);
}

int x_device_characteristics(sqlite3_file* f) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xDeviceCharacteristics(r);
}

// The WAL index lives in shared memory (mmap), not written through xWrite.
int x_shm_map(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xShmMap(r, region, size, extend, out);
}

int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xShmLock(r, offset, n, flags);
}

void x_shm_barrier(sqlite3_file* f) {
    sqlite3_file* r = real_of(f);
    r->pMethods->xShmBarrier(r);
}

int x_shm_unmap(sqlite3_file* f, int delete_flag) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xShmUnmap(r, delete_flag);
}

int x_fetch(sqlite3_file* f, sqlite3_int64 off, int amt, void** out) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xFetch(r, off, amt, out);
}

int x_unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
    sqlite3_file* r = real_of(f);
    return r->pMethods->xUnfetch(r, off, p);
}

const sqlite3_io_methods kMethods = {
    3,         x_close,          x_read,     x_write,      x_truncate,   x_sync,      x_file_size,
    x_lock,    x_unlock,         x_check_reserved, x_file_control, x_sector_size, x_device_characteristics,
    x_shm_map, x_shm_lock,       x_shm_barrier,    x_shm_unmap,    x_fetch,       x_unfetch,
};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* out_flags) {
    auto* ff = reinterpret_cast<FaultFile*>(f);
    ff->base.pMethods = nullptr;
    ff->name = name;
    sqlite3_file* r = real_of(f);
    const int rc = g.real->xOpen(g.real, name, r, flags, out_flags);
    // The unix VFS gives version 3 methods to every file; anything less
    // would need our shared-memory forwarders to check.
    if (r->pMethods != nullptr && r->pMethods->iVersion < 3) {
        r->pMethods->xClose(r);
        return SQLITE_CANTOPEN;
    }
    if (r->pMethods != nullptr) ff->base.pMethods = &kMethods;
    return rc;
}

void reset_count() {
    g.calls = 0;
    g.failures = 0;
    g.names.clear();
}

}  // namespace

FaultVfs& FaultVfs::instance() {
    static FaultVfs* self = [] {
        g.real = sqlite3_vfs_find("unix");
        if (g.real == nullptr) throw std::runtime_error("no unix VFS to wrap");
        // The other methods (delete, access, full path, time, ...) are the
        // unix VFS's own; they never look past pAppData, which we keep.
        g.vfs = *g.real;
        g.vfs.pNext = nullptr;
        g.vfs.zName = kName;
        g.vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g.real->szOsFile;
        g.vfs.xOpen = x_open;
        if (sqlite3_vfs_register(&g.vfs, 0) != SQLITE_OK) throw std::runtime_error("cannot register the fault VFS");
        return new FaultVfs();
    }();
    return *self;
}

void FaultVfs::arm(int nth, DiskFault fault, bool sticky) {
    reset_count();
    g.armed = true;
    g.nth = nth;
    g.fault = fault;
    g.sticky = sticky;
}

void FaultVfs::count_only() {
    reset_count();
    g.armed = false;
}

void FaultVfs::clear() { g.armed = false; }

int FaultVfs::calls() const { return g.calls; }

int FaultVfs::failures() const { return g.failures; }

std::string FaultVfs::call_name(int nth) const {
    if (nth < 1 || static_cast<size_t>(nth) > g.names.size()) return "(none)";
    return g.names[static_cast<size_t>(nth) - 1];
}

const char* to_string(DiskFault f) { return f == DiskFault::NoSpace ? "ENOSPC" : "EIO"; }

}  // namespace kiosk::testing
