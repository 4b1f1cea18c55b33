#include "storage/submission_binding.hpp"

#include <map>

#include "storage/field_hash.hpp"

namespace kiosk::storage {

namespace {

constexpr std::string_view kColumns =
    "SELECT id, submitted_at, questionnaire, questionnaire_hash, consent_version, language, disposition, sealed, "
    "answers_digest FROM submissions ";
constexpr std::string_view kPrefix = "binding ";

crypto::Bytes binding_of(const Statement& st) {
    FieldHash h;
    h.add(std::string_view("intake-kiosk submission binding v1"));
    h.add(st.text(0)).add(st.int64(1));
    for (int col = 2; col <= 6; ++col) h.add(st.text(col));
    h.add(st.blob(7)).add(st.blob(8));  // answers_digest: empty when NULL (stored before schema 2)
    return h.finish();
}

}  // namespace

crypto::Bytes binding_of_stored(Connection& c, const std::string& id) {
    auto st = c.prepare(std::string(kColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) throw StorageError(ErrorKind::Internal, "no stored submission " + id + " to bind");
    return binding_of(st);
}

std::string binding_details(const crypto::Bytes& binding) { return std::string(kPrefix) + to_hex(binding); }

crypto::Bytes binding_in(const std::string& details) {
    const auto at = details.find(kPrefix);
    if (at == std::string::npos) return {};
    return from_hex(std::string_view(details).substr(at + kPrefix.size(), kHashBytes * 2));
}

std::vector<BindingProblem> binding_problems(Connection& c) {
    struct Bound {
        std::int64_t seq;
        crypto::Bytes binding;
    };
    std::map<std::string, Bound> bound;  // by submission id
    std::vector<BindingProblem> out;
    auto rows = c.prepare("SELECT seq, submission_id, details FROM audit WHERE event IN (?, ?) ORDER BY seq");
    rows.bind(1, std::string_view(kSubmitEvent)).bind(2, std::string_view(kBoundEvent));
    while (rows.step()) {
        const std::int64_t seq = rows.int64(0);
        if (!bound.emplace(rows.text(1), Bound{seq, binding_in(rows.text(2))}).second)
            out.push_back({seq, "audit row " + std::to_string(seq) + " binds submission " + rows.text(1) + " again"});
    }
    auto subs = c.prepare(std::string(kColumns) + "ORDER BY seq");
    while (subs.step()) {
        const std::string id = subs.text(0);
        auto it = bound.find(id);
        if (it == bound.end()) {
            out.push_back({0, "submission " + id + " has no audit row (stored past the kiosk, or its row was removed)"});
            continue;
        }
        if (binding_of(subs) != it->second.binding)
            out.push_back({it->second.seq, "submission " + id + " differs from what audit row " +
                                               std::to_string(it->second.seq) +
                                               " recorded (its disposition, other metadata or sealed answers were "
                                               "changed)"});
        bound.erase(it);
    }
    for (const auto& [id, b] : bound)
        out.push_back({b.seq, "submission " + id + " recorded by audit row " + std::to_string(b.seq) + " is missing (deleted)"});
    return out;
}

}  // namespace kiosk::storage
