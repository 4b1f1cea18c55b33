// SecretBytes on sodium_malloc: guard pages catch overruns, the pages are
// locked against swap where the system allows, and sodium_free scrubs them.
#include "crypto/secret_bytes.hpp"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

#include "crypto/sealed_box.hpp"

namespace kiosk::crypto {

SecretBytes::SecretBytes(size_t size) {
    // sodium_malloc(0) would still map guard pages; an empty secret needs none.
    if (size == 0) return;
    ensure_sodium();
    auto* memory = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (memory == nullptr) throw std::bad_alloc();
    // sodium_malloc fills with a canary pattern, and callers rely on zeros.
    sodium_memzero(memory, size);
    data_ = memory;
    size_ = size;
}

SecretBytes SecretBytes::copy_of(std::span<const std::uint8_t> bytes) {
    SecretBytes copy(bytes.size());
    if (!bytes.empty()) std::memcpy(copy.data_, bytes.data(), bytes.size());
    return copy;
}

SecretBytes SecretBytes::copy_of(std::string_view text) {
    return copy_of(std::span{reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
}

SecretBytes::~SecretBytes() { release(); }

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        release();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

void SecretBytes::release() {
    sodium_free(data_);  // scrubs first; a null pointer is a no-op
    data_ = nullptr;
    size_ = 0;
}

}  // namespace kiosk::crypto
