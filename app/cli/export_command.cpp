// export (DESIGN §7): a practitioner unlocks the clinic key and writes the
// submissions as FHIR, CSV or the consent PDF. A refused passphrase writes
// nothing.
#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "common/time_zone.hpp"
#include "export/csv_export.hpp"
#include "export/fhir_export.hpp"
#include "export/pdf_export.hpp"
#include "questionnaire/loader.hpp"
#include "records/practitioner_unlock.hpp"
#include "records/read_back.hpp"
#include "records/sealed_submission.hpp"

namespace kiosk::cli {

namespace {

// Writes beside the target, then renames: a reader never sees half a file.
bool write_file(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".partial";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        ::chmod(tmp.c_str(), 0600);  // an export holds client data in the clear
        out << content;
        if (!out.flush()) return false;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    return !ec;
}

// The clinic's name for the PDF's header, and its time zone for every date
// the export writes. An export needs only the data directory (each
// submission carries its questionnaire and consent as signed), so a config
// that does not load leaves the name out and the system's zone in, no more.
std::string clinic_name(const std::string& config_dir) {
    auto cfg = load_config(config_dir);
    const auto* c = std::get_if<KioskConfig>(&cfg);
    if (c) use_time_zone(c->clinic.timezone);
    return c ? c->clinic.name : std::string();
}

std::string pdf_content(storage::Store& store, const records::Unlocked& keys,
                        const std::vector<records::OpenedSubmission>& opened,
                        const std::map<std::string, Questionnaire>& as_answered, const std::string& clinic) {
    std::vector<exporting::PdfSubmission> subs;
    for (const auto& s : opened)
        subs.push_back(records::pdf_submission(store, keys, s, as_answered.at(s.questionnaire_hash), clinic));
    return exporting::pdf_document(subs);
}

}  // namespace

int export_command(const DataOptions& o) {
    auto pass = read_passphrase(o.passphrase_file);
    if (!pass) return kBadInput;
    const std::string clinic = clinic_name(o.config_dir);
    return with_storage_errors([&] {
        auto store = storage::Store::open(o.data_dir, {});
        auto result = records::unlock(*store, o.practitioner, *pass, now_ms());
        sodium_memzero(pass->data(), pass->size());
        if (!result.unlocked) {
            std::cerr << "intake-kiosk: " << result.message() << '\n';
            return kBadInput;
        }
        const auto& keys = *result.unlocked;

        std::vector<std::string> ids;
        if (!o.id.empty()) {
            ids.push_back(o.id);
        } else {
            storage::ListFilter all{.disposition = std::nullopt, .reviewed = std::nullopt, .limit = 1000, .offset = 0};
            for (;; all.offset += all.limit) {
                const auto page = store->list(all);
                for (const auto& m : page) ids.push_back(m.id);
                if (page.size() < all.limit) break;
            }
        }

        std::map<std::string, Questionnaire> as_answered;  // by content hash
        std::vector<records::OpenedSubmission> opened;
        for (const auto& id : ids) {
            auto stored = store->submission(id);
            if (!stored) {
                std::cerr << "--id: no submission " << id << '\n';
                return kBadInput;
            }
            auto sub = records::open_submission(*stored, keys.public_key, keys.secret_key);
            if (!sub) throw storage::StorageError(storage::ErrorKind::Damaged, "submission " + id + " does not open");
            if (!as_answered.contains(sub->questionnaire_hash)) {
                auto q = records::questionnaire_as_answered(*store, sub->questionnaire_hash);
                if (!q)
                    throw storage::StorageError(storage::ErrorKind::Damaged,
                                                "the questionnaire snapshot of " + id + " does not load");
                as_answered.emplace(sub->questionnaire_hash, std::move(*q));
            }
            opened.push_back(std::move(*sub));
        }

        std::string content;
        if (o.format == "csv") {
            // Each row through its own questionnaire snapshot; columns the union.
            content = exporting::csv(opened, [&](const records::OpenedSubmission& s) -> const Questionnaire& {
                return as_answered.at(s.questionnaire_hash);
            });
        } else if (o.format == "pdf") {
            content = pdf_content(*store, keys, opened, as_answered, clinic);
        } else {
            std::vector<nlohmann::json> responses;
            for (const auto& s : opened)
                responses.push_back(exporting::questionnaire_response(s, as_answered.at(s.questionnaire_hash)));
            const auto doc = o.id.empty() ? exporting::bundle(responses) : responses.front();
            content = doc.dump(2) + "\n";
        }
        if (!write_file(o.out, content)) {
            sodium_memzero(content.data(), content.size());
            std::cerr << "intake-kiosk: cannot write " << o.out << '\n';
            return kInternal;
        }
        sodium_memzero(content.data(), content.size());
        // The head this export saw, in its audit row and for the operator to
        // keep: checking against it later finds rows deleted since.
        const auto head = storage::to_string(store->audit_head());
        store->audit({0, now_ms(), "export", keys.practitioner, o.id,
                      o.format + ", " + std::to_string(opened.size()) + " submission(s), audit head " + head});
        std::cerr << "intake-kiosk: exported with the audit log at head " << head << '\n';
        std::cout << "Exported " << opened.size() << " submission(s) to " << o.out << '\n';
        return kOk;
    });
}

}  // namespace kiosk::cli
