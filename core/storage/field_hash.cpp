#include "storage/field_hash.hpp"

namespace kiosk::storage {

FieldHash::FieldHash(std::span<const std::uint8_t> key) {
    crypto::ensure_sodium();
    crypto_generichash_init(&state_, key.empty() ? nullptr : key.data(), key.size(), kHashBytes);
}

FieldHash& FieldHash::add(std::span<const std::uint8_t> bytes) {
    const auto len = static_cast<std::uint64_t>(bytes.size());
    crypto_generichash_update(&state_, reinterpret_cast<const unsigned char*>(&len), sizeof len);
    crypto_generichash_update(&state_, bytes.data(), bytes.size());
    return *this;
}

FieldHash& FieldHash::add(std::string_view text) {
    return add(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

FieldHash& FieldHash::add(std::int64_t number) {
    return add(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(&number), sizeof number));
}

crypto::Bytes FieldHash::finish() {
    crypto::Bytes out(kHashBytes);
    crypto_generichash_final(&state_, out.data(), out.size());
    return out;
}

std::string to_hex(std::span<const std::uint8_t> bytes) {
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
    out.pop_back();
    return out;
}

crypto::Bytes from_hex(std::string_view hex) {
    if (hex.empty()) return {};  // sodium_hex2bin must not get a null buffer
    crypto::Bytes out(hex.size() / 2);
    size_t len = 0;
    const char* end = nullptr;
    if (hex.size() % 2 != 0 ||
        sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, &end) != 0 ||
        end != hex.data() + hex.size())
        return {};
    out.resize(len);
    return out;
}

}  // namespace kiosk::storage
