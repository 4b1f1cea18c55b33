#include "storage/writer_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "storage/storage_error.hpp"

namespace kiosk::storage {

namespace {

// flock with a deadline; false when it passed.
bool lock_within(int fd, int operation, int timeout_ms, const std::string& path) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (::flock(fd, operation | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            throw StorageError(ErrorKind::Io, "cannot lock " + path + ": " + std::strerror(errno));
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

}  // namespace

WriterLock::WriterLock(std::string path) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw StorageError(ErrorKind::Io, "cannot open the lock file " + path_ + ": " + std::strerror(errno));
}

WriterLock WriterLock::for_reader(std::string path, bool hold_shared) {
    WriterLock lock;
    lock.path_ = std::move(path);
    lock.read_only_ = true;
    if (!hold_shared) return lock;
    lock.fd_ = ::open(lock.path_.c_str(), O_RDONLY | O_CLOEXEC);  // never O_CREAT: a missing file stays missing
    if (lock.fd_ >= 0 && !lock_within(lock.fd_, LOCK_SH, 10000, lock.path_))
        throw StorageError(ErrorKind::Busy, "the database is busy (another process is writing)");
    return lock;
}

WriterLock::WriterLock(WriterLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(other.fd_), depth_(other.depth_), read_only_(other.read_only_) {
    other.fd_ = -1;
}

WriterLock::~WriterLock() {
    if (fd_ >= 0) ::close(fd_);
}

WriterLock::Guard::Guard(WriterLock& lock, int timeout_ms) : lock_(lock) {
    if (lock_.read_only_)
        throw StorageError(ErrorKind::Refused, "the database was opened read-only; this command cannot write to it");
    if (lock_.depth_++ > 0) return;
    bool locked = false;
    try {
        locked = lock_within(lock_.fd_, LOCK_EX, timeout_ms, lock_.path_);
    } catch (...) {
        --lock_.depth_;
        throw;
    }
    if (!locked) {
        --lock_.depth_;
        throw StorageError(ErrorKind::Busy, "the database is busy (another process is writing)");
    }
}

WriterLock::Guard::~Guard() {
    if (--lock_.depth_ == 0) ::flock(lock_.fd_, LOCK_UN);
}

}  // namespace kiosk::storage
