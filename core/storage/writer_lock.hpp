#pragma once
// One writer at a time across processes. SQLite before 3.51.3 (Debian ships
// 3.40) can corrupt a WAL database when two connections write or checkpoint
// at once, so every write transaction, checkpoint and close of a writing
// connection happens under this lock (flock on a file beside the database).
#include <string>

namespace kiosk::storage {

class WriterLock {
public:
    explicit WriterLock(std::string path);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    // A read-only store's lock: never creates or writes the lock file, and
    // every Guard throws StorageError (Refused). With `hold_shared`, it holds
    // a shared flock on the lock file (when there is one) for its lifetime,
    // so no writer writes or checkpoints meanwhile (waits up to 10 s).
    static WriterLock for_reader(std::string path, bool hold_shared);

    // Held for its scope; waits up to `timeout_ms`, then throws StorageError(Busy).
    class Guard {
    public:
        explicit Guard(WriterLock& lock, int timeout_ms = 10000);
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;

    private:
        WriterLock& lock_;
    };

    WriterLock(WriterLock&& other) noexcept;

private:
    WriterLock() = default;

    std::string path_;
    int fd_ = -1;
    int depth_ = 0;  // re-entrant within one process
    bool read_only_ = false;
};

}  // namespace kiosk::storage
