#pragma once
// Thin RAII over the SQLite C API: one connection, prepared statements only.
// Errors become StorageError with a kind the caller can act on.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "storage/storage_error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::storage {

class Statement;

class Connection {
public:
    // ReadOnlyImmutable: SQLite's immutable=1, which takes no locks and
    // creates no -wal/-shm; only for a file no writer can change meanwhile.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };
    // `vfs`: an SQLite VFS by name (tests inject disk faults); empty: the default.
    Connection(const std::string& path, Mode mode, const std::string& vfs = {});
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // For statements without parameters or results (pragmas, DDL).
    void exec(const std::string& sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    [[nodiscard]] std::int64_t changes() const;
    [[nodiscard]] sqlite3* handle() const { return db_; }

    // Throws StorageError for a non-OK result code, naming `what`.
    void check(int rc, std::string_view what) const;

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    ~Statement();
    Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t v);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::span<const std::uint8_t> blob);
    Statement& bind_null(int index);

    // True while there is a row to read; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] std::int64_t int64(int col) const;
    [[nodiscard]] std::string text(int col) const;
    [[nodiscard]] std::vector<std::uint8_t> blob(int col) const;
    [[nodiscard]] bool is_null(int col) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted.
class Transaction {
public:
    explicit Transaction(Connection& c);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& c_;
    bool done_ = false;
};

}  // namespace kiosk::storage
