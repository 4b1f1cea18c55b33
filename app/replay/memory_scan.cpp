#include "replay/memory_scan.hpp"

#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "crypto/secret_bytes.hpp"

namespace kiosk::replay {

namespace {

using crypto::SecretBytes;

constexpr std::size_t kChunk = std::size_t{1} << 20;
// Larger mappings are reservations, not data (ASan's shadow is terabytes).
constexpr std::size_t kMaxRegion = std::size_t{1} << 32;

struct Range {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
};

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes `hex` straight into sodium memory; empty on bad hex.
SecretBytes decode_hex(std::string_view hex) {
    if (hex.empty() || hex.size() % 2 != 0) return {};
    SecretBytes out(hex.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hex_value(hex[2 * i]);
        const int lo = hex_value(hex[2 * i + 1]);
        if (hi < 0 || lo < 0) return {};
        out.data()[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return out;
}

// The code points of UTF-8 `text`, written into sodium memory as UTF-16LE
// (width 2) or UTF-32LE (width 4); empty when `text` is not UTF-8.
SecretBytes widen(const SecretBytes& text, int width) {
    SecretBytes out(text.size() * 4);  // never more than 4 bytes a byte
    std::size_t n = 0;
    const std::uint8_t* s = text.data();
    const auto put16 = [&](std::uint32_t u) {
        out.data()[n++] = static_cast<std::uint8_t>(u & 0xFF);
        out.data()[n++] = static_cast<std::uint8_t>(u >> 8);
    };
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = s[i];
        std::size_t len = 1;
        if (cp >= 0xF0) len = 4, cp &= 0x07;
        else if (cp >= 0xE0) len = 3, cp &= 0x0F;
        else if (cp >= 0xC0) len = 2, cp &= 0x1F;
        else if (cp >= 0x80) return {};
        if (i + len > text.size()) return {};
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3FU);
        i += len;
        if (width == 4) {
            for (int b = 0; b < 4; ++b) out.data()[n++] = static_cast<std::uint8_t>((cp >> (8 * b)) & 0xFF);
        } else if (cp > 0xFFFF) {
            put16(0xD800 + ((cp - 0x10000) >> 10));
            put16(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            put16(cp);
        }
    }
    SecretBytes exact(n);
    std::memcpy(exact.data(), out.data(), n);
    return exact;
}

Range pages_of(const SecretBytes& b) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(b.data());
    return {begin & ~(page - 1), (begin + b.size() + page - 1) & ~(page - 1)};
}

struct Mapping {
    Range range;
    std::string label;
};

std::vector<Mapping> readable_mappings() {
    std::vector<Mapping> out;
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line)) {
        std::istringstream fields(line);
        std::string span;
        std::string perms;
        std::string offset;
        std::string dev;
        std::string inode;
        std::string path;
        fields >> span >> perms >> offset >> dev >> inode;
        std::getline(fields >> std::ws, path);
        if (perms.empty() || perms[0] != 'r' || path == "[vvar]" || path == "[vsyscall]") continue;
        const auto dash = span.find('-');
        if (dash == std::string::npos) continue;
        Mapping m;
        m.range.begin = std::stoull(span.substr(0, dash), nullptr, 16);
        m.range.end = std::stoull(span.substr(dash + 1), nullptr, 16);
        m.label = path.empty() ? "anonymous" : path;
        out.push_back(std::move(m));
    }
    return out;
}

struct Needle {
    const char* encoding;
    SecretBytes bytes;
    std::vector<std::string> found_in;
};

void note(Needle& n, const std::string& label, ScanReport& report) {
    ++report.copies;
    if (std::find(n.found_in.begin(), n.found_in.end(), label) == n.found_in.end()) n.found_in.push_back(label);
}

// Counts matches that start in buf[0, limit).
void search(std::vector<Needle>& needles, const std::uint8_t* buf, std::size_t len, std::size_t limit,
            const std::string& label, ScanReport& report) {
    for (Needle& n : needles) {
        const std::size_t nl = n.bytes.size();
        std::size_t at = 0;
        while (at + nl <= len) {
            const void* hit = ::memmem(buf + at, len - at, n.bytes.data(), nl);
            if (hit == nullptr) break;
            const auto off = static_cast<std::size_t>(static_cast<const std::uint8_t*>(hit) - buf);
            if (off >= limit) break;
            note(n, label, report);
            at = off + 1;
        }
    }
}

// Scans [r.begin, r.end) of this process through process_vm_readv.
void scan_range(Range r, const std::string& label, std::vector<Needle>& needles, SecretBytes& buf,
                std::size_t overlap, ScanReport& report) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    std::uintptr_t pos = r.begin;
    std::uintptr_t careful_until = 0;  // after a failed read: a page at a time up to here
    while (pos < r.end) {
        const std::size_t rest_of_page = page - (pos & (page - 1));
        std::size_t want = std::min<std::size_t>(buf.size(), r.end - pos);
        if (pos < careful_until) want = std::min(want, rest_of_page);
        iovec local{buf.data(), want};
        iovec remote{reinterpret_cast<void*>(pos), want};
        const ssize_t got = ::process_vm_readv(::getpid(), &local, 1, &remote, 1, 0);
        if (got <= 0) {
            // One bad page fails the whole read: retry this stretch page by
            // page, and skip the pages that cannot be read (device memory).
            if (want > rest_of_page) careful_until = pos + want;
            else pos += rest_of_page;
            continue;
        }
        const auto n = static_cast<std::size_t>(got);
        report.bytes_scanned += n;
        const bool last = pos + n >= r.end || n < want;
        // Matches starting in the overlap are counted by the next read.
        const std::size_t limit = last || n <= overlap ? n : n - overlap;
        search(needles, buf.data(), n, limit, label, report);
        pos += limit;
    }
}

}  // namespace

std::string text_of_hex(std::string_view hex) {
    std::string out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<char>(hex_value(hex[i]) * 16 + hex_value(hex[i + 1])));
    return out;
}

ScanReport scan_own_memory(std::string_view hex_needle, std::string& error) {
    ScanReport report;
    std::vector<Needle> needles;
    needles.push_back({"utf-8", decode_hex(hex_needle), {}});
    if (needles[0].bytes.empty()) {
        error = "expect-absent needs the text as an even number of hex digits";
        return report;
    }
    needles.push_back({"utf-16", widen(needles[0].bytes, 2), {}});
    needles.push_back({"utf-32", widen(needles[0].bytes, 4), {}});
    if (needles[1].bytes.empty() || needles[2].bytes.empty()) {
        error = "expect-absent needs UTF-8 text";
        return report;
    }
    std::size_t longest = 0;
    for (const Needle& n : needles) longest = std::max(longest, n.bytes.size());
    SecretBytes buf(kChunk + longest);

    std::vector<Range> skip;
    for (const Needle& n : needles) skip.push_back(pages_of(n.bytes));
    skip.push_back(pages_of(buf));
    std::sort(skip.begin(), skip.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });

    const std::vector<Mapping> maps = readable_mappings();
    if (maps.empty()) {
        error = "cannot read /proc/self/maps";
        return report;
    }
    for (const Mapping& m : maps) {
        if (m.range.end - m.range.begin > kMaxRegion) {
            report.bytes_skipped += m.range.end - m.range.begin;
            continue;
        }
        // The mapping minus the scan's own sodium pages.
        std::uintptr_t from = m.range.begin;
        for (const Range& s : skip) {
            if (s.end <= from || s.begin >= m.range.end) continue;
            if (s.begin > from) scan_range({from, s.begin}, m.label, needles, buf, longest - 1, report);
            from = std::max(from, s.end);
        }
        if (from < m.range.end) scan_range({from, m.range.end}, m.label, needles, buf, longest - 1, report);
    }
    for (const Needle& n : needles) {
        if (n.found_in.empty()) continue;
        std::string labels;
        for (const std::string& l : n.found_in) labels += (labels.empty() ? "" : ", ") + l;
        report.where += (report.where.empty() ? "" : "; ") + std::string(n.encoding) + " in " + labels;
    }
    return report;
}

}  // namespace kiosk::replay
