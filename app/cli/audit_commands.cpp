// audit verify and backup (DESIGN §7).
#include <iostream>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "storage/store.hpp"

namespace kiosk::cli {

int audit_verify_command(const DataOptions& o) {
    std::optional<storage::AuditHead> earlier;
    if (!o.head.empty()) {
        earlier = storage::audit_head_from(o.head);
        if (!earlier) {
            std::cerr << "--head: \"" << o.head << "\" is not SEQ:HASH (a head as audit verify prints it)\n";
            return kBadInput;
        }
    }
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, storage::Store::Options::reading());
        const auto report = store->verify_audit(earlier);
        if (!report.ok) {
            std::cerr << "intake-kiosk: the audit log is broken: " << report.problem << '\n';
            for (size_t i = 1; i < report.problems.size(); ++i) std::cerr << "  also: " << report.problems[i] << '\n';
            return kDamaged;
        }
        std::cout << "audit log OK: " << report.rows << (report.rows == 1 ? " entry" : " entries")
                  << ", chain intact, every submission bound, triggers in place\n"
                  << "head " << storage::to_string(report.head)
                  << "  (keep it: audit verify --head with it later finds rows deleted since)\n";
        return kOk;
    });
}

int backup_command(const DataOptions& o) {
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, {});
        const auto head = store->backup_to(o.out, now_ms());
        std::cout << "Backed up " << storage::Store::path_in(o.data_dir) << " to " << o.out << '\n';
        std::cerr << "intake-kiosk: the backup holds the audit log up to head " << storage::to_string(head) << '\n';
        return kOk;
    });
}

}  // namespace kiosk::cli
