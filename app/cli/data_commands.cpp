// init, add-practitioner, submit and list (DESIGN §7).
#include <sodium.h>

#include <iostream>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "common/iso_time.hpp"
#include "crypto/key_wrap.hpp"
#include "questionnaire/answers_file.hpp"
#include "questionnaire/validation.hpp"
#include "records/clinic_setup.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/sealed_submission.hpp"
#include "rules/contraindication_engine.hpp"
#include "storage/store.hpp"

namespace kiosk::cli {

namespace {

bool name_ok(const std::string& name) {
    if (auto why = records::practitioner_name_problem(name)) {
        std::cerr << "--practitioner: " << *why << '\n';
        return false;
    }
    return true;
}

// A new practitioner's passphrase, checked against the rules; wiped by caller.
std::optional<std::string> new_passphrase(const std::string& file) {
    auto p = read_passphrase(file);
    if (!p) return std::nullopt;
    if (auto why = crypto::passphrase_problem(*p)) {
        std::cerr << "--passphrase-file: " << *why << '\n';
        sodium_memzero(p->data(), p->size());
        return std::nullopt;
    }
    return p;
}

void wipe(std::string& s) { sodium_memzero(s.data(), s.size()); }

}  // namespace

int init_command(const DataOptions& o) {
    if (!name_ok(o.practitioner)) return kBadInput;
    if (storage::Store::exists(o.data_dir)) {
        std::cerr << "intake-kiosk: " << storage::Store::path_in(o.data_dir)
                  << " already exists; init changes nothing (use add-practitioner)\n";
        return kBadInput;
    }
    auto pass = new_passphrase(o.passphrase_file);
    if (!pass) return kBadInput;
    return with_storage_errors([&] {
        records::initialize_clinic(o.data_dir, o.practitioner, *pass, now_ms());
        wipe(*pass);
        std::cout << "Initialised " << storage::Store::path_in(o.data_dir) << " with practitioner " << o.practitioner
                  << '\n';
        return kOk;
    });
}

int add_practitioner_command(const DataOptions& o) {
    if (!name_ok(o.practitioner)) return kBadInput;
    if (o.by.empty() || o.by_passphrase_file.empty()) {
        std::cerr << "add-practitioner: --by and --by-passphrase-file (an existing practitioner) are required\n";
        return kBadInput;
    }
    auto pass = new_passphrase(o.passphrase_file);
    if (!pass) return kBadInput;
    auto by_pass = read_passphrase(o.by_passphrase_file);
    if (!by_pass) return kBadInput;
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, {});
        auto result = records::unlock(*store, o.by, *by_pass, now_ms());
        wipe(*by_pass);
        if (!result.unlocked) {
            std::cerr << "intake-kiosk: " << result.message() << '\n';
            wipe(*pass);
            return kBadInput;
        }
        const auto wrapped = crypto::wrap_secret_key(result.unlocked->secret_key, *pass);
        wipe(*pass);
        store->add_practitioner(o.practitioner, wrapped, now_ms());
        std::cout << "Added practitioner " << o.practitioner << '\n';
        return kOk;
    });
}

int submit_command(const DataOptions& o) {
    auto cfg = load_config_or_report(o.config_dir);
    if (!cfg) return kBadInput;
    const Date today = Date::today_local();
    auto set = read_valid_answers(*cfg, o.answers, Completeness::Submit, today);
    if (!set) return kBadInput;
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, {});
        const auto result = ContraindicationEngine(cfg->questionnaire).check(set->answers, today, set->language);
        const auto sub = records::seal_submission(*cfg, *set, result, now_ms(), store->public_key());
        // false: already stored with the same answers, which is what a retry
        // wants; the same id with other answers throws (Refused: exit 2).
        store->add_submission(sub);
        std::cout << sub.id << '\n';
        return kOk;
    });
}

int list_command(const DataOptions& o) {
    std::optional<Severity> filter;
    if (!o.disposition.empty()) {
        filter = severity_from(o.disposition);
        if (!filter) {
            std::cerr << "--disposition: \"" << o.disposition << "\" is not one of clear, review, clearance, defer, decline\n";
            return kBadInput;
        }
    }
    return with_storage_errors([&] {
        auto store =
            storage::Store::open(o.data_dir, storage::Store::Options::reading());
        nlohmann::json all = nlohmann::json::array();
        storage::ListFilter f{.disposition = filter, .reviewed = std::nullopt, .limit = 1000, .offset = 0};
        for (;; f.offset += f.limit) {
            const auto page = store->list(f);
            for (const auto& m : page) {
                if (o.json) {
                    all.push_back({{"id", m.id}, {"submitted_at", iso_utc(m.submitted_at_ms)},
                                   {"questionnaire", m.questionnaire}, {"disposition", to_string(m.disposition)},
                                   {"reviewed", m.reviewed}});
                } else {
                    std::cout << iso_utc(m.submitted_at_ms) << "  " << m.id << "  " << m.questionnaire << "  "
                              << to_string(m.disposition) << (m.reviewed ? "  reviewed" : "") << '\n';
                }
            }
            if (page.size() < f.limit) break;
        }
        if (o.json) std::cout << all.dump(2) << '\n';
        return kOk;
    });
}

}  // namespace kiosk::cli
