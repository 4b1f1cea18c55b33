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

WriterLock::WriterLock(std::string path) : path_(std::move(path)) {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw StorageError(ErrorKind::Io, "cannot open the lock file " + path_ + ": " + std::strerror(errno));
}

WriterLock::~WriterLock() {
    if (fd_ >= 0) ::close(fd_);
}

WriterLock::Guard::Guard(WriterLock& lock, int timeout_ms) : lock_(lock) {
    if (lock_.depth_++ > 0) return;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (::flock(lock_.fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            --lock_.depth_;
            throw StorageError(ErrorKind::Io, "cannot lock " + lock_.path_ + ": " + std::strerror(errno));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            --lock_.depth_;
            throw StorageError(ErrorKind::Busy, "the database is busy (another process is writing)");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

WriterLock::Guard::~Guard() {
    if (--lock_.depth_ == 0) ::flock(lock_.fd_, LOCK_UN);
}

}  // namespace kiosk::storage
