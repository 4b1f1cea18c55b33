// The crypto module through its public API only: sealing, key wrapping,
// passphrase rules and the SecretBytes container.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "crypto/key_wrap.hpp"
#include "crypto/sealed_box.hpp"
#include "crypto/secret_bytes.hpp"

namespace kiosk::crypto {
namespace {

// libsodium's sizes, fixed by its wire formats (asserted here without its headers).
constexpr size_t kKeyBytes = 32;        // crypto_box public and secret keys
constexpr size_t kSealOverhead = 48;    // crypto_box_SEALBYTES
constexpr size_t kSaltBytes = 16;       // crypto_pwhash_SALTBYTES
constexpr size_t kNonceBytes = 24;      // crypto_secretbox_NONCEBYTES
constexpr size_t kWrappedBytes = 48;    // secret key + crypto_secretbox_MACBYTES

const std::string kPassphrase = "correct horse battery";

Bytes bytes_of(std::string_view text) { return {text.begin(), text.end()}; }

bool same(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) { return std::ranges::equal(a, b); }

WrappedKey quick_wrap(const SecretBytes& secret_key, const std::string& passphrase = kPassphrase) {
    return wrap_secret_key(secret_key, passphrase, PwhashCost::minimum());
}

// ---------------------------------------------------------------- SecretBytes

TEST(CryptoSecretBytes, StartsZeroFilled) {
    const SecretBytes s(64);
    ASSERT_EQ(s.size(), 64u);
    ASSERT_NE(s.data(), nullptr);
    EXPECT_TRUE(std::ranges::all_of(s.bytes(), [](std::uint8_t b) { return b == 0; }));
}

TEST(CryptoSecretBytes, EmptyHoldsNoMemory) {
    const SecretBytes by_default;
    const SecretBytes sized(0);
    EXPECT_TRUE(by_default.empty());
    EXPECT_EQ(by_default.data(), nullptr);
    EXPECT_TRUE(sized.empty());
    EXPECT_EQ(sized.data(), nullptr);
    EXPECT_TRUE(SecretBytes::copy_of(std::string_view{}).empty());
}

TEST(CryptoSecretBytes, ImpossibleSizeThrowsBadAlloc) {
    EXPECT_THROW(SecretBytes(std::numeric_limits<size_t>::max()), std::bad_alloc);
}

TEST(CryptoSecretBytes, CopyOfCopiesIntoItsOwnMemory) {
    const Bytes source = {1, 2, 3, 250};
    const SecretBytes copy = SecretBytes::copy_of(source);
    ASSERT_EQ(copy.size(), source.size());
    EXPECT_TRUE(same(copy.bytes(), source));
    EXPECT_NE(copy.data(), source.data());

    std::string text = "open sesame";
    const SecretBytes from_text = SecretBytes::copy_of(text);
    text[0] = 'X';
    EXPECT_EQ(from_text.view(), "open sesame");
}

TEST(CryptoSecretBytes, MoveLeavesTheSourceEmpty) {
    SecretBytes a = SecretBytes::copy_of(std::string_view("abc"));
    const std::uint8_t* memory = a.data();

    SecretBytes b(std::move(a));
    EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is the point
    EXPECT_EQ(a.data(), nullptr);
    EXPECT_EQ(b.data(), memory);
    EXPECT_EQ(b.view(), "abc");

    SecretBytes c = SecretBytes::copy_of(std::string_view("replaced"));
    c = std::move(b);
    EXPECT_TRUE(b.empty());  // NOLINT(bugprone-use-after-move)
    EXPECT_EQ(b.data(), nullptr);
    EXPECT_EQ(c.view(), "abc");

    SecretBytes& alias = c;
    c = std::move(alias);
    EXPECT_EQ(c.view(), "abc");
}

TEST(CryptoSecretBytes, IsWritable) {
    SecretBytes s(3);
    s.data()[1] = 7;
    EXPECT_EQ(s.bytes()[1], 7);
}

// ---------------------------------------------------------------- sealing

TEST(CryptoSealedBox, KeyPairHasLibsodiumSizesAndDiffersEachTime) {
    const KeyPair a = generate_key_pair();
    const KeyPair b = generate_key_pair();
    EXPECT_EQ(a.public_key.size(), kKeyBytes);
    EXPECT_EQ(a.secret_key.size(), kKeyBytes);
    EXPECT_NE(a.public_key, b.public_key);
    EXPECT_FALSE(same(a.secret_key.bytes(), b.secret_key.bytes()));
}

TEST(CryptoSealedBox, RoundTrips) {
    const KeyPair keys = generate_key_pair();
    const Bytes plaintext = bytes_of("{\"name\":\"Ana Müller\",\"allergies\":\"latex\"}");
    const Bytes sealed = seal(plaintext, keys.public_key);
    EXPECT_EQ(sealed.size(), plaintext.size() + kSealOverhead);
    EXPECT_EQ(std::ranges::search(sealed, bytes_of("Ana")).size(), 0u) << "plaintext visible in ciphertext";

    const auto opened = open_sealed(sealed, keys.public_key, keys.secret_key);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(same(opened->bytes(), plaintext));
}

TEST(CryptoSealedBox, RoundTripsEmptyPlaintext) {
    const KeyPair keys = generate_key_pair();
    const Bytes sealed = seal({}, keys.public_key);
    EXPECT_EQ(sealed.size(), kSealOverhead);
    const auto opened = open_sealed(sealed, keys.public_key, keys.secret_key);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(opened->empty());
}

TEST(CryptoSealedBox, RoundTripsOneMebibyte) {
    const KeyPair keys = generate_key_pair();
    Bytes plaintext(size_t{1} << 20);
    for (size_t i = 0; i < plaintext.size(); ++i) plaintext[i] = static_cast<std::uint8_t>(i * 31 + (i >> 8));
    const Bytes sealed = seal(plaintext, keys.public_key);
    const auto opened = open_sealed(sealed, keys.public_key, keys.secret_key);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(same(opened->bytes(), plaintext));
}

TEST(CryptoSealedBox, SameMessageSealsDifferentlyEachTime) {
    const KeyPair keys = generate_key_pair();
    const Bytes plaintext = bytes_of("same answers");
    const Bytes first = seal(plaintext, keys.public_key);
    const Bytes second = seal(plaintext, keys.public_key);
    EXPECT_NE(first, second);
    EXPECT_TRUE(open_sealed(first, keys.public_key, keys.secret_key));
    EXPECT_TRUE(open_sealed(second, keys.public_key, keys.secret_key));
}

TEST(CryptoSealedBox, AnotherKeyPairCannotOpen) {
    const KeyPair ours = generate_key_pair();
    const KeyPair theirs = generate_key_pair();
    const Bytes sealed = seal(bytes_of("for the clinic only"), ours.public_key);
    EXPECT_FALSE(open_sealed(sealed, theirs.public_key, theirs.secret_key));
    // Our public key with their secret key: still the wrong recipient.
    EXPECT_FALSE(open_sealed(sealed, ours.public_key, theirs.secret_key));
}

TEST(CryptoSealedBox, EveryFlippedByteIsDetected) {
    const KeyPair keys = generate_key_pair();
    const Bytes sealed = seal(bytes_of("sixteen bytes!!!"), keys.public_key);
    for (size_t i = 0; i < sealed.size(); ++i) {
        Bytes altered = sealed;
        altered[i] ^= 0x01;
        EXPECT_FALSE(open_sealed(altered, keys.public_key, keys.secret_key)) << "byte " << i;
    }
}

TEST(CryptoSealedBox, TruncatedCiphertextFails) {
    const KeyPair keys = generate_key_pair();
    const Bytes sealed = seal(bytes_of("some answers"), keys.public_key);
    for (const size_t keep : {sealed.size() - 1, kSealOverhead, kSealOverhead - 1, size_t{1}, size_t{0}}) {
        const std::span<const std::uint8_t> truncated(sealed.data(), keep);
        EXPECT_FALSE(open_sealed(truncated, keys.public_key, keys.secret_key)) << "kept " << keep;
    }
}

TEST(CryptoSealedBox, WrongSizeKeys) {
    const KeyPair keys = generate_key_pair();
    const Bytes plaintext = bytes_of("x");
    EXPECT_THROW((void)seal(plaintext, Bytes(kKeyBytes - 1)), std::invalid_argument);
    EXPECT_THROW((void)seal(plaintext, Bytes(kKeyBytes + 1)), std::invalid_argument);
    EXPECT_THROW((void)seal(plaintext, Bytes{}), std::invalid_argument);
    // Right size but a degenerate point: libsodium refuses it, so must we.
    EXPECT_THROW((void)seal(plaintext, Bytes(kKeyBytes, 0)), std::invalid_argument);

    const Bytes sealed = seal(plaintext, keys.public_key);
    Bytes long_public = keys.public_key;
    long_public.push_back(0);
    EXPECT_FALSE(open_sealed(sealed, long_public, keys.secret_key));
    EXPECT_FALSE(open_sealed(sealed, Bytes{}, keys.secret_key));
    const SecretBytes short_secret = SecretBytes::copy_of(keys.secret_key.bytes().first(kKeyBytes - 1));
    EXPECT_FALSE(open_sealed(sealed, keys.public_key, short_secret));
    EXPECT_FALSE(open_sealed(sealed, keys.public_key, SecretBytes{}));
    EXPECT_TRUE(open_sealed(sealed, keys.public_key, keys.secret_key));  // the checks above were the only problem
}

// ---------------------------------------------------------------- passphrases

TEST(CryptoPassphrase, NeedsTenCharacters) {
    EXPECT_EQ(passphrase_problem("123456789"), "a passphrase needs at least 10 characters");
    EXPECT_EQ(passphrase_problem(""), "a passphrase needs at least 10 characters");
    EXPECT_EQ(passphrase_problem("1234567890"), std::nullopt);
}

TEST(CryptoPassphrase, CountsCharactersNotBytes) {
    const std::string nine = "ñññññññññ";
    ASSERT_EQ(nine.size(), 18u);
    EXPECT_EQ(passphrase_problem(nine), "a passphrase needs at least 10 characters");
    EXPECT_EQ(passphrase_problem(nine + "ñ"), std::nullopt);
    EXPECT_EQ(passphrase_problem("🔑🔑🔑🔑🔑🔑🔑🔑🔑"), "a passphrase needs at least 10 characters");  // 36 bytes
}

TEST(CryptoPassphrase, RefusesInvalidUtf8) {
    const std::string_view bad_inputs[] = {
        "abcdefghij\xff",          // a byte that never appears in UTF-8
        "abcdefghij\xc3",          // a sequence cut short
        "abcdefghij\xc0\xaf",      // overlong '/'
        "abcdefghij\xed\xa0\x80",  // lone surrogate
    };
    for (const std::string_view bad : bad_inputs) {
        const auto problem = passphrase_problem(bad);
        ASSERT_TRUE(problem);
        EXPECT_NE(problem->find("UTF-8"), std::string::npos) << *problem;
    }
}

TEST(CryptoPassphrase, AtMost1024Bytes) {
    EXPECT_EQ(passphrase_problem(std::string(1024, 'a')), std::nullopt);
    const auto problem = passphrase_problem(std::string(1025, 'a'));
    ASSERT_TRUE(problem);
    EXPECT_NE(problem->find("1024"), std::string::npos) << *problem;
}

// ---------------------------------------------------------------- key wrapping

TEST(CryptoKeyWrap, RoundTripGivesTheSameSecretKey) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = quick_wrap(keys.secret_key);
    EXPECT_EQ(wrapped.salt.size(), kSaltBytes);
    EXPECT_EQ(wrapped.nonce.size(), kNonceBytes);
    EXPECT_EQ(wrapped.ciphertext.size(), kWrappedBytes);
    EXPECT_EQ(wrapped.opslimit, PwhashCost::minimum().opslimit);
    EXPECT_EQ(wrapped.memlimit, PwhashCost::minimum().memlimit);
    EXPECT_EQ(std::ranges::search(wrapped.ciphertext, keys.secret_key.bytes()).size(), 0u);

    const auto unwrapped = unwrap_secret_key(wrapped, kPassphrase);
    ASSERT_TRUE(unwrapped);
    EXPECT_TRUE(same(unwrapped->bytes(), keys.secret_key.bytes()));
}

TEST(CryptoKeyWrap, DefaultIsTheConfiguredCost) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = wrap_secret_key(keys.secret_key, kPassphrase);
    EXPECT_EQ(cost_of(wrapped), PwhashCost::configured());
    EXPECT_TRUE(unwrap_secret_key(wrapped, kPassphrase));
}

TEST(CryptoKeyWrap, InteractiveRoundTrips) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = wrap_secret_key(keys.secret_key, kPassphrase, PwhashCost::interactive());
    EXPECT_EQ(wrapped.opslimit, PwhashCost::interactive().opslimit);
    EXPECT_EQ(wrapped.memlimit, PwhashCost::interactive().memlimit);
    EXPECT_GT(PwhashCost::interactive().memlimit, PwhashCost::minimum().memlimit);
    EXPECT_GT(PwhashCost::moderate().memlimit, PwhashCost::interactive().memlimit);
    const auto unwrapped = unwrap_secret_key(wrapped, kPassphrase);
    ASSERT_TRUE(unwrapped);
    EXPECT_TRUE(same(unwrapped->bytes(), keys.secret_key.bytes()));
}

TEST(CryptoKeyWrap, ADecoyUnwrapDerivesOnceAtItsCost) {
    static std::vector<PwhashCost> seen;
    seen.clear();
    observe_key_derivations([](PwhashCost c) { seen.push_back(c); });
    decoy_unwrap(kPassphrase, PwhashCost::minimum());
    observe_key_derivations(nullptr);
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_EQ(seen[0], PwhashCost::minimum());
    EXPECT_THROW(decoy_unwrap(kPassphrase, {0, PwhashCost::minimum().memlimit}), std::invalid_argument);
}

TEST(CryptoKeyWrap, WrongPassphraseGivesNothing) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = quick_wrap(keys.secret_key);
    EXPECT_FALSE(unwrap_secret_key(wrapped, "correct horse battery "));
    EXPECT_FALSE(unwrap_secret_key(wrapped, "Correct horse battery"));
    EXPECT_FALSE(unwrap_secret_key(wrapped, ""));
    EXPECT_TRUE(unwrap_secret_key(wrapped, kPassphrase));
}

TEST(CryptoKeyWrap, FreshSaltAndNonceEachWrap) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey first = quick_wrap(keys.secret_key);
    const WrappedKey second = quick_wrap(keys.secret_key);
    EXPECT_NE(first.salt, second.salt);
    EXPECT_NE(first.nonce, second.nonce);
    EXPECT_NE(first.ciphertext, second.ciphertext);
}

TEST(CryptoKeyWrap, TamperedRecordGivesNothing) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = quick_wrap(keys.secret_key);
    ASSERT_TRUE(unwrap_secret_key(wrapped, kPassphrase));

    for (size_t i = 0; i < wrapped.ciphertext.size(); ++i) {
        WrappedKey t = wrapped;
        t.ciphertext[i] ^= 0x80;
        EXPECT_FALSE(unwrap_secret_key(t, kPassphrase)) << "ciphertext byte " << i;
    }
    WrappedKey salt = wrapped;
    salt.salt[3] ^= 0x01;
    EXPECT_FALSE(unwrap_secret_key(salt, kPassphrase));
    WrappedKey nonce = wrapped;
    nonce.nonce[20] ^= 0x01;
    EXPECT_FALSE(unwrap_secret_key(nonce, kPassphrase));
    // The stored cost feeds the derivation, so changing it is caught too.
    WrappedKey ops = wrapped;
    ops.opslimit += 1;
    EXPECT_FALSE(unwrap_secret_key(ops, kPassphrase));
    WrappedKey mem = wrapped;
    mem.memlimit += 1024;
    EXPECT_FALSE(unwrap_secret_key(mem, kPassphrase));
}

TEST(CryptoKeyWrap, WrongFieldSizesGiveNothing) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = quick_wrap(keys.secret_key);
    WrappedKey t = wrapped;
    t.salt.pop_back();
    EXPECT_FALSE(unwrap_secret_key(t, kPassphrase));
    t = wrapped;
    t.nonce.push_back(0);
    EXPECT_FALSE(unwrap_secret_key(t, kPassphrase));
    t = wrapped;
    t.ciphertext.pop_back();
    EXPECT_FALSE(unwrap_secret_key(t, kPassphrase));
    t = wrapped;
    t.ciphertext.clear();
    EXPECT_FALSE(unwrap_secret_key(t, kPassphrase));
    EXPECT_FALSE(unwrap_secret_key(WrappedKey{}, kPassphrase));
}

// A tampered cost must be refused before Argon2 runs. Without the memory cap
// the 1 TiB record makes libsodium fail to allocate, which throws instead of
// returning nullopt; the pass cap is read from the code (time is for benchmarks).
TEST(CryptoKeyWrap, AbsurdCostIsRefusedWithoutDeriving) {
    const KeyPair keys = generate_key_pair();
    const WrappedKey wrapped = quick_wrap(keys.secret_key);
    constexpr std::uint64_t kGiB = std::uint64_t{1} << 30;
    const std::pair<std::uint64_t, std::uint64_t> costs[] = {
        {1, kGiB + 1024},                                         // just over our ceiling
        {1, kGiB << 10},                                          // 1 TiB: libsodium would accept it
        {1, std::numeric_limits<std::uint64_t>::max()},           // beyond libsodium's bounds
        {1, 1024},                                                // below Argon2id's minimum
        {0, wrapped.memlimit},                                    // no passes
        {1'000'000, wrapped.memlimit},                            // would take seconds
        {std::numeric_limits<std::uint64_t>::max(), wrapped.memlimit},
    };
    for (const auto& [opslimit, memlimit] : costs) {
        WrappedKey t = wrapped;
        t.opslimit = opslimit;
        t.memlimit = memlimit;
        std::optional<SecretBytes> result;
        EXPECT_NO_THROW(result = unwrap_secret_key(t, kPassphrase)) << opslimit << " passes, " << memlimit << " bytes";
        EXPECT_FALSE(result) << opslimit << " passes, " << memlimit << " bytes";
    }
}

TEST(CryptoKeyWrap, RefusesToWrapBadInput) {
    const KeyPair keys = generate_key_pair();
    EXPECT_THROW((void)quick_wrap(keys.secret_key, "too short"), std::invalid_argument);
    EXPECT_THROW((void)quick_wrap(SecretBytes(kKeyBytes - 1)), std::invalid_argument);
    EXPECT_THROW((void)wrap_secret_key(keys.secret_key, kPassphrase, {1, std::uint64_t{1} << 31}),
                 std::invalid_argument);
    EXPECT_THROW((void)wrap_secret_key(keys.secret_key, kPassphrase, {0, PwhashCost::minimum().memlimit}),
                 std::invalid_argument);
}

// ---------------------------------------------------------------- end to end

TEST(CryptoEndToEnd, UnwrappedKeyOpensWhatThePublicKeySealed) {
    // At init: the clinic's key pair, its secret key wrapped for a practitioner.
    Bytes public_key;
    WrappedKey wrapped;
    {
        KeyPair keys = generate_key_pair();
        public_key = keys.public_key;
        wrapped = quick_wrap(keys.secret_key, "ñandú en el jardín");
    }  // the unwrapped secret key is gone from memory from here on

    const Bytes answers = bytes_of("{\"q1\":\"yes\",\"signature\":\"...\"}");
    const Bytes sealed = seal(answers, public_key);

    EXPECT_FALSE(unwrap_secret_key(wrapped, "nandu en el jardin"));
    const auto secret_key = unwrap_secret_key(wrapped, "ñandú en el jardín");
    ASSERT_TRUE(secret_key);
    const auto opened = open_sealed(sealed, public_key, *secret_key);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(same(opened->bytes(), answers));
}

}  // namespace
}  // namespace kiosk::crypto
