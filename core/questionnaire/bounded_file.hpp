#pragma once
// Reads a config file without trusting it: only a regular file (not a FIFO,
// a device such as /dev/zero, or a directory), and never more than a limit,
// checked before a byte is parsed.
#include <cstddef>
#include <string>

namespace kiosk {

struct BoundedRead {
    enum class Status { Ok, Unreadable, NotRegular, TooLarge };
    Status status = Status::Ok;
    std::string text;     // Ok: the whole file
    std::string problem;  // otherwise: a sentence for the clinic's admin
};

[[nodiscard]] BoundedRead read_bounded_file(const std::string& path, size_t max_bytes);

}  // namespace kiosk
