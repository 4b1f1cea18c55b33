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

private:
    std::string path_;
    int fd_ = -1;
    int depth_ = 0;  // re-entrant within one process
};

}  // namespace kiosk::storage
