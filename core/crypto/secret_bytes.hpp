#pragma once
// Bytes that must never linger: held in sodium_malloc memory (guard pages,
// locked against swapping where allowed) and scrubbed when released.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace kiosk::crypto {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(size_t size);  // zero-filled; throws std::bad_alloc
    static SecretBytes copy_of(std::span<const std::uint8_t> bytes);
    static SecretBytes copy_of(std::string_view text);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] std::uint8_t* data() { return data_; }
    [[nodiscard]] const std::uint8_t* data() const { return data_; }
    [[nodiscard]] size_t size() const { return size_; }
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] std::span<const std::uint8_t> bytes() const { return {data_, size_}; }
    [[nodiscard]] std::string_view view() const { return {reinterpret_cast<const char*>(data_), size_}; }

private:
    void release();
    std::uint8_t* data_ = nullptr;
    size_t size_ = 0;
};

}  // namespace kiosk::crypto
