#include "storage/store.hpp"

#include <sys/stat.h>

#include <filesystem>

#include "storage/schema.hpp"

namespace kiosk::storage {

namespace fs = std::filesystem;

std::string Store::path_in(const std::string& data_dir) { return (fs::path(data_dir) / kFileName).string(); }

bool Store::exists(const std::string& data_dir) { return fs::exists(path_in(data_dir)); }

std::unique_ptr<Store> Store::open(const std::string& data_dir, Options options) {
    return std::unique_ptr<Store>(new Store(data_dir, options));
}

namespace {

void quick_check(Connection& c, const std::string& path) {
    std::string first;
    try {
        auto s = c.prepare("PRAGMA quick_check");
        if (s.step()) first = s.text(0);
    } catch (const StorageError& e) {
        if (e.kind() != ErrorKind::Damaged) throw;
        throw StorageError(ErrorKind::Damaged, "the database " + path + " is damaged (" + e.what() +
                                                   "); it was left as it is: restore a backup");
    }
    if (first != "ok")
        throw StorageError(ErrorKind::Damaged,
                           "the database " + path + " is damaged (" + first + "); it was left as it is: restore a backup");
}

}  // namespace

Store::Store(const std::string& data_dir, Options options) : data_dir_(data_dir) {
    const std::string path = path_in(data_dir);
    const bool existed = fs::exists(path);
    if (!existed && !options.create)
        throw StorageError(ErrorKind::Refused, "no kiosk database in " + data_dir + " (run intake-kiosk init first)");
    if (!existed) {
        std::error_code ec;
        fs::create_directories(data_dir, ec);
        if (ec) throw StorageError(ErrorKind::Io, "cannot create " + data_dir + ": " + ec.message());
        ::chmod(data_dir.c_str(), 0700);
    }
    lock_ = std::make_unique<WriterLock>(path + ".lock");
    WriterLock::Guard guard(*lock_);
    db_ = std::make_unique<Connection>(path, existed ? Connection::Mode::ReadWrite : Connection::Mode::ReadWriteCreate);
    if (existed) quick_check(*db_, path);  // before anything can write to a damaged file
    db_->exec("PRAGMA journal_mode = WAL");
    db_->exec("PRAGMA synchronous = FULL");
    db_->exec("PRAGMA foreign_keys = ON");
    db_->exec("PRAGMA trusted_schema = OFF");
    db_->exec("PRAGMA temp_store = MEMORY");
    db_->exec("PRAGMA secure_delete = ON");
    if (options.max_page_count) db_->exec("PRAGMA max_page_count = " + std::to_string(*options.max_page_count));
    migrate(*db_);
    if (!existed) ::chmod(path.c_str(), 0600);
}

Store::~Store() {
    // Closing the last connection checkpoints the WAL: a write, so under the lock.
    try {
        WriterLock::Guard guard(*lock_);
        db_.reset();
    } catch (...) {
        db_.reset();
    }
}

bool Store::initialized() {
    auto s = db_->prepare("SELECT 1 FROM meta WHERE key = 'public_key'");
    return s.step();
}

crypto::Bytes Store::public_key() {
    auto s = db_->prepare("SELECT value FROM meta WHERE key = 'public_key'");
    if (!s.step()) throw StorageError(ErrorKind::Refused, "the kiosk has no clinic key yet (run intake-kiosk init)");
    return s.blob(0);
}

namespace {
void insert_practitioner(Connection& c, const std::string& name, const crypto::WrappedKey& w, std::int64_t now_ms) {
    c.prepare("INSERT INTO practitioners (name, salt, nonce, wrapped_key, opslimit, memlimit, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, name)
        .bind(2, w.salt)
        .bind(3, w.nonce)
        .bind(4, w.ciphertext)
        .bind(5, static_cast<std::int64_t>(w.opslimit))
        .bind(6, static_cast<std::int64_t>(w.memlimit))
        .bind(7, now_ms)
        .run();
}
}  // namespace

void Store::initialize(const crypto::Bytes& public_key, const std::string& practitioner,
                       const crypto::WrappedKey& wrapped, std::int64_t now_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    if (db_->prepare("SELECT 1 FROM meta WHERE key = 'public_key'").step())
        throw StorageError(ErrorKind::Refused, "this data directory already holds a kiosk database");
    db_->prepare("INSERT INTO meta (key, value) VALUES ('public_key', ?)").bind(1, public_key).run();
    insert_practitioner(*db_, practitioner, wrapped, now_ms);
    append_audit({0, now_ms, "init", practitioner, "", "clinic key pair created"});
    tx.commit();
}

void Store::add_practitioner(const std::string& name, const crypto::WrappedKey& wrapped, std::int64_t now_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    if (practitioner(name)) throw StorageError(ErrorKind::Refused, "a practitioner named '" + name + "' already exists");
    insert_practitioner(*db_, name, wrapped, now_ms);
    append_audit({0, now_ms, "add_practitioner", name, "", ""});
    tx.commit();
}

std::optional<PractitionerRecord> Store::practitioner(const std::string& name) {
    auto s = db_->prepare(
        "SELECT salt, nonce, wrapped_key, opslimit, memlimit, failed_count, locked_until FROM practitioners "
        "WHERE name = ?");
    s.bind(1, name);
    if (!s.step()) return std::nullopt;
    PractitionerRecord r;
    r.name = name;
    r.wrapped = {s.blob(0), s.blob(1), s.blob(2), static_cast<std::uint64_t>(s.int64(3)),
                 static_cast<std::uint64_t>(s.int64(4))};
    r.failed_count = static_cast<int>(s.int64(5));
    r.locked_until_ms = s.int64(6);
    return r;
}

std::vector<std::string> Store::practitioner_names() {
    std::vector<std::string> out;
    auto s = db_->prepare("SELECT name FROM practitioners ORDER BY name");
    while (s.step()) out.push_back(s.text(0));
    return out;
}

void Store::record_unlock_failure(const std::string& name, int failed_count, std::int64_t locked_until_ms,
                                  std::int64_t now_ms, const std::string& details) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    db_->prepare("UPDATE practitioners SET failed_count = ?, locked_until = ? WHERE name = ?")
        .bind(1, static_cast<std::int64_t>(failed_count))
        .bind(2, locked_until_ms)
        .bind(3, name)
        .run();
    append_audit({0, now_ms, "unlock_failed", name, "", details});
    tx.commit();
}

void Store::record_unlock_success(const std::string& name, std::int64_t now_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    db_->prepare("UPDATE practitioners SET failed_count = 0, locked_until = 0 WHERE name = ?").bind(1, name).run();
    append_audit({0, now_ms, "unlock", name, "", ""});
    tx.commit();
}

}  // namespace kiosk::storage
