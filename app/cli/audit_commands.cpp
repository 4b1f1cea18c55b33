// audit verify and backup (DESIGN §7).
#include <iostream>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "storage/store.hpp"

namespace kiosk::cli {

int audit_verify_command(const DataOptions& o) {
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, {});
        const auto report = store->verify_audit();
        if (!report.ok) {
            std::cerr << "intake-kiosk: the audit log is broken: " << report.problem << '\n';
            return kDamaged;
        }
        std::cout << "audit log OK: " << report.rows << (report.rows == 1 ? " entry" : " entries") << ", chain intact\n";
        return kOk;
    });
}

int backup_command(const DataOptions& o) {
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, {});
        store->backup_to(o.out);
        std::cout << "Backed up " << storage::Store::path_in(o.data_dir) << " to " << o.out << '\n';
        return kOk;
    });
}

}  // namespace kiosk::cli
