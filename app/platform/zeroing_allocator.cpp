#include "platform/zeroing_allocator.hpp"

#include <malloc.h>
#include <sqlite3.h>
#include <strings.h>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

#include <imgui.h>

// Under ASan (GCC defines __SANITIZE_ADDRESS__) the sanitizer's malloc and
// free must stay in charge; the C library's own entry points are used
// otherwise, under our free and realloc.
#if defined(__SANITIZE_ADDRESS__)
#define KIOSK_REPLACE_FREE 0
#else
#define KIOSK_REPLACE_FREE 1
extern "C" {
void* __libc_malloc(std::size_t size);  // NOLINT: glibc's exported entry points
void __libc_free(void* p);              // NOLINT
}
#endif

namespace {

// Zeroes the whole usable block (what the caller asked for and the slack).
// explicit_bzero: the compiler may not drop it as a dead store before free.
void wipe(void* p) noexcept {
    if (p != nullptr) ::explicit_bzero(p, ::malloc_usable_size(p));
}

void* raw_malloc(std::size_t n) noexcept {
#if KIOSK_REPLACE_FREE
    return __libc_malloc(n);
#else
    return std::malloc(n);
#endif
}

void raw_free(void* p) noexcept {
#if KIOSK_REPLACE_FREE
    __libc_free(p);
#else
    std::free(p);
#endif
}

void release(void* p) noexcept {
    wipe(p);
    raw_free(p);
}

// realloc that never leaves the old bytes behind: a shrink stays in place
// (the tail is zeroed), a growth copies into a new block and wipes the old.
void* zeroing_realloc(void* p, std::size_t n) noexcept {
    if (p == nullptr) return raw_malloc(n);
    if (n == 0) {
        release(p);
        return nullptr;
    }
    const std::size_t have = ::malloc_usable_size(p);
    if (n <= have) {
        ::explicit_bzero(static_cast<unsigned char*>(p) + n, have - n);
        return p;
    }
    void* q = raw_malloc(n);
    if (q == nullptr) return nullptr;
    std::memcpy(q, p, have);
    release(p);
    return q;
}

void* allocate(std::size_t n) {
    if (n == 0) n = 1;
    while (true) {
        if (void* p = raw_malloc(n)) return p;
        std::new_handler handler = std::get_new_handler();
        if (handler == nullptr) throw std::bad_alloc();
        handler();
    }
}

void* allocate_aligned(std::size_t n, std::align_val_t align) {
    if (n == 0) n = 1;
    const auto a = static_cast<std::size_t>(align);
    while (true) {
        void* p = nullptr;
        if (::posix_memalign(&p, a < sizeof(void*) ? sizeof(void*) : a, n) == 0) return p;
        std::new_handler handler = std::get_new_handler();
        if (handler == nullptr) throw std::bad_alloc();
        handler();
    }
}

void* allocate_nothrow(std::size_t n) noexcept {
    try {
        return allocate(n);
    } catch (...) {
        return nullptr;
    }
}

void* allocate_aligned_nothrow(std::size_t n, std::align_val_t align) noexcept {
    try {
        return allocate_aligned(n, align);
    } catch (...) {
        return nullptr;
    }
}

// SQLite's allocator interface over the same functions.
void* sqlite_malloc(int n) { return raw_malloc(static_cast<std::size_t>(n)); }
void sqlite_free(void* p) { release(p); }
void* sqlite_realloc(void* p, int n) { return zeroing_realloc(p, static_cast<std::size_t>(n)); }
int sqlite_size(void* p) { return static_cast<int>(::malloc_usable_size(p)); }
int sqlite_roundup(int n) { return (n + 7) & ~7; }
int sqlite_init(void*) { return SQLITE_OK; }
void sqlite_shutdown(void*) {}

void* imgui_alloc(std::size_t n, void*) { return raw_malloc(n); }
void imgui_free(void* p, void*) { release(p); }

}  // namespace

namespace kiosk::platform {

bool install_sqlite_zeroing() {
    static const sqlite3_mem_methods methods{sqlite_malloc, sqlite_free,   sqlite_realloc, sqlite_size,
                                             sqlite_roundup, sqlite_init, sqlite_shutdown, nullptr};
    return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
}

void install_imgui_zeroing() { ImGui::SetAllocatorFunctions(imgui_alloc, imgui_free, nullptr); }

}  // namespace kiosk::platform

// The C library's free and realloc for every library in the process (glib's
// g_free and g_realloc, pango, cairo, SQLite's default allocator, libstdc++'s
// own operator delete): a block is zeroed before the C library gets it back.
#if KIOSK_REPLACE_FREE
extern "C" {
void free(void* p) noexcept { release(p); }
void* realloc(void* p, std::size_t n) noexcept { return zeroing_realloc(p, n); }
void* reallocarray(void* p, std::size_t count, std::size_t size) noexcept {
    std::size_t n = 0;
    if (__builtin_mul_overflow(count, size, &n)) return nullptr;
    return zeroing_realloc(p, n);
}
}
#endif

// The global operator new and delete: under ASan too, every C++ block
// (std::string growth, nlohmann::json, containers) is zeroed when freed.
void* operator new(std::size_t n) { return allocate(n); }
void* operator new[](std::size_t n) { return allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate_nothrow(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate_nothrow(n); }
void* operator new(std::size_t n, std::align_val_t a) { return allocate_aligned(n, a); }
void* operator new[](std::size_t n, std::align_val_t a) { return allocate_aligned(n, a); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate_aligned_nothrow(n, a);
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate_aligned_nothrow(n, a);
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
