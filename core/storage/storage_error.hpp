#pragma once
// What can go wrong below the store, sorted by what the caller must do about it.
#include <stdexcept>
#include <string>

namespace kiosk::storage {

enum class ErrorKind {
    Damaged,   // corrupt database or broken audit chain: report, never write (exit 3)
    Full,      // disk or quota full: rolled back, nothing partial
    Busy,      // another process holds the writer lock too long
    Refused,   // bad input to the store: unknown practitioner, wrong passphrase, locked out (exit 2)
    Io,        // cannot open, read or write the files
    Internal,  // a bug
};

class StorageError : public std::runtime_error {
public:
    StorageError(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    [[nodiscard]] ErrorKind kind() const { return kind_; }

private:
    ErrorKind kind_;
};

}  // namespace kiosk::storage
