#include "questionnaire/bounded_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kiosk {

namespace {

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

BoundedRead failed(BoundedRead::Status status, std::string problem) { return {status, {}, std::move(problem)}; }

BoundedRead too_large(size_t max_bytes) {
    return failed(BoundedRead::Status::TooLarge,
                  "the file is larger than " + std::to_string(max_bytes / 1024) + " KiB, the most a config file may be");
}

}  // namespace

BoundedRead read_bounded_file(const std::string& path, size_t max_bytes) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)};
    if (f.fd < 0) return failed(BoundedRead::Status::Unreadable, std::string("cannot read the file (") + std::strerror(errno) + ")");
    struct stat st {};
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        return failed(BoundedRead::Status::NotRegular, "not a regular file (a device, pipe or directory is refused)");
    }
    if (st.st_size < 0 || static_cast<unsigned long long>(st.st_size) > max_bytes) return too_large(max_bytes);
    BoundedRead out;
    out.text.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    // Read one byte past what fstat promised, to notice a file that grows.
    for (;;) {
        if (got == out.text.size()) {
            if (got > max_bytes) return too_large(max_bytes);
            out.text.resize(max_bytes + 1);
        }
        const ssize_t n = ::read(f.fd, out.text.data() + got, out.text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failed(BoundedRead::Status::Unreadable, std::string("cannot read the file (") + std::strerror(errno) + ")");
        if (n == 0) break;
        got += static_cast<size_t>(n);
    }
    out.text.resize(got);
    return out;
}

}  // namespace kiosk
