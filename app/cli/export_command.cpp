// export (DESIGN §7): a practitioner unlocks the clinic key and writes the
// submissions as FHIR or CSV. A refused passphrase writes nothing.
#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/cli.hpp"
#include "cli/commands.hpp"
#include "export/csv_export.hpp"
#include "export/fhir_export.hpp"
#include "questionnaire/snapshot_loader.hpp"
#include "records/practitioner_unlock.hpp"
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

}  // namespace

int export_command(const DataOptions& o) {
    auto pass = read_passphrase(o.passphrase_file);
    if (!pass) return kBadInput;
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
                auto text = store->snapshot(sub->questionnaire_hash);
                auto q = load_questionnaire_snapshot(text.value_or(""), {});
                if (!text || !std::holds_alternative<Questionnaire>(q))
                    throw storage::StorageError(storage::ErrorKind::Damaged,
                                                "the questionnaire snapshot of " + id + " does not load");
                as_answered.emplace(sub->questionnaire_hash, std::get<Questionnaire>(std::move(q)));
            }
            opened.push_back(std::move(*sub));
        }

        std::string content;
        if (o.format == "csv") {
            // One file, one header: typed by the questionnaire of the newest row.
            const Questionnaire* q = opened.empty() ? nullptr : &as_answered.at(opened.front().questionnaire_hash);
            content = q ? exporting::csv(opened, *q) : std::string("id,submitted_at,disposition\r\n");
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
        store->audit({0, now_ms(), "export", keys.practitioner, o.id,
                      o.format + ", " + std::to_string(opened.size()) + " submission(s)"});
        std::cout << "Exported " << opened.size() << " submission(s) to " << o.out << '\n';
        return kOk;
    });
}

}  // namespace kiosk::cli
