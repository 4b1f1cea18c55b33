#include "storage/store.hpp"

#include <sys/stat.h>

#include <filesystem>

#include "storage/data_dir_check.hpp"
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
    if (auto problem = unwritable_data_dir(data_dir)) throw StorageError(ErrorKind::Refused, *problem);
    if (!existed) {
        std::error_code ec;
        fs::create_directories(data_dir, ec);
        if (ec) throw StorageError(ErrorKind::Io, "cannot create " + data_dir + ": " + ec.message());
        ::chmod(data_dir.c_str(), 0700);
    }
    lock_ = std::make_unique<WriterLock>(path + ".lock");
    WriterLock::Guard guard(*lock_);
    db_ = std::make_unique<Connection>(path, existed ? Connection::Mode::ReadWrite : Connection::Mode::ReadWriteCreate,
                                       options.vfs);
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

void Store::initialize(const crypto::Bytes& public_key, const std::string& practitioner,
                       const crypto::WrappedKey& wrapped, std::int64_t now_ms) {
    WriterLock::Guard guard(*lock_);
    Transaction tx(*db_);
    if (db_->prepare("SELECT 1 FROM meta WHERE key = 'public_key'").step())
        throw StorageError(ErrorKind::Refused, "this data directory already holds a kiosk database");
    db_->prepare("INSERT INTO meta (key, value) VALUES ('public_key', ?)").bind(1, public_key).run();
    insert_practitioner(practitioner, wrapped, now_ms);
    append_audit({0, now_ms, "init", practitioner, "", "clinic key pair created"});
    tx.commit();
}

}  // namespace kiosk::storage
