#include "storage/store.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
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

// A file beside the database that this user cannot write (a -wal or -shm
// left by a reader of an older kiosk run as another user): name it rather
// than fail later with SQLite's "attempt to write a readonly database".
void refuse_unwritable_companions(const std::string& path) {
    for (const char* suffix : {"-wal", "-shm", ".lock"}) {
        const std::string file = path + suffix;
        if (::access(file.c_str(), F_OK) == 0 && ::access(file.c_str(), W_OK) != 0)
            throw StorageError(ErrorKind::Io, "cannot write " + file + " (" + std::strerror(errno) +
                                                  "): it belongs to another user or is read-only; with no kiosk "
                                                  "running, remove it or give it back to the kiosk's user");
    }
}

// The database file made 0600 by open(2) itself, so neither it nor the -wal
// and -shm files SQLite creates with its mode are ever readable by others.
void create_private_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) throw StorageError(ErrorKind::Io, "cannot create " + path + ": " + std::strerror(errno));
    ::close(fd);
}

void set_pragmas(Connection& c, bool writer) {
    if (writer) {
        c.exec("PRAGMA journal_mode = WAL");
        // The -wal and -shm files stay when the last writer closes (emptied):
        // a reader then never has to create them, so it never leaves files
        // of its own (another user's, or on a read-only mount) that would
        // block the next writer.
        int persist = 1;
        sqlite3_file_control(c.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
        c.exec("PRAGMA journal_size_limit = 0");
    }
    c.exec("PRAGMA synchronous = FULL");
    c.exec("PRAGMA foreign_keys = ON");
    c.exec("PRAGMA trusted_schema = OFF");
    c.exec("PRAGMA temp_store = MEMORY");
    c.exec("PRAGMA secure_delete = ON");
}

std::int64_t wall_now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

Store::Store(const std::string& data_dir, Options options) : data_dir_(data_dir), read_only_(options.read_only) {
    const std::string path = path_in(data_dir);
    const bool existed = fs::exists(path);
    if (!existed && (!options.create || options.read_only))
        throw StorageError(ErrorKind::Refused, "no kiosk database in " + data_dir + " (run intake-kiosk init first)");
    if (options.read_only) {
        open_read_only(path);
        return;
    }
    if (auto problem = unwritable_data_dir(data_dir)) throw StorageError(ErrorKind::Refused, *problem);
    if (!existed) {
        std::error_code ec;
        fs::create_directories(data_dir, ec);
        if (ec) throw StorageError(ErrorKind::Io, "cannot create " + data_dir + ": " + ec.message());
        ::chmod(data_dir.c_str(), 0700);
        create_private_file(path);
    }
    refuse_unwritable_companions(path);
    lock_ = std::make_unique<WriterLock>(path + ".lock");
    WriterLock::Guard guard(*lock_);
    db_ = std::make_unique<Connection>(path, Connection::Mode::ReadWrite, options.vfs);
    if (existed) quick_check(*db_, path);  // before anything can write to a damaged file
    set_pragmas(*db_, true);
    if (options.max_page_count) db_->exec("PRAGMA max_page_count = " + std::to_string(*options.max_page_count));
    migrate(*db_, [this](int version) {
        if (version == 2) bind_stored_submissions(wall_now_ms());
    });
    schema_version_ = kSchemaVersion;
}

void Store::open_read_only(const std::string& path) {
    // With the -wal and -shm in place (every writer of this kiosk leaves
    // them), an ordinary read-only connection uses them and creates nothing.
    // Without them (a file from an older kiosk, or a copy), SQLite would
    // create them, so the file is read as immutable instead, under a shared
    // hold of the writer lock so that no writer changes it meanwhile.
    const bool companions = fs::exists(path + "-wal") && fs::exists(path + "-shm");
    lock_ = std::make_unique<WriterLock>(WriterLock::for_reader(path + ".lock", !companions));
    db_ = std::make_unique<Connection>(path, companions ? Connection::Mode::ReadOnly
                                                        : Connection::Mode::ReadOnlyImmutable);
    quick_check(*db_, path);
    set_pragmas(*db_, false);
    auto st = db_->prepare("PRAGMA user_version");
    schema_version_ = st.step() ? static_cast<int>(st.int64(0)) : 0;
    if (schema_version_ > kSchemaVersion)
        throw StorageError(ErrorKind::Damaged, "the database was written by a newer kiosk (schema " +
                                                   std::to_string(schema_version_) + ")");
}

Store::~Store() {
    if (read_only_) {
        db_.reset();
        return;
    }
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
