#pragma once
// The practitioner's search by name (DESIGN §3). Names are sealed, so the
// session opens each submission once and keeps "First Last" here with a
// folded copy to match against. It lives only while the clinic key is
// unlocked: scrub() zeroes every name and empties it.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "practitioner/practitioner_session.hpp"

namespace kiosk::practitioner {

// Text as a search compares it: lower case, letters without their accents
// (García -> garcia, Ñ -> n, ß -> ss, Ø -> o), any run of spaces as one
// space, none at either end.
[[nodiscard]] std::string fold_for_search(std::string_view text);

class NameIndex {
public:
    NameIndex() = default;
    ~NameIndex();
    NameIndex(const NameIndex&) = delete;
    NameIndex& operator=(const NameIndex&) = delete;

    // In the order added: the session adds newest first, as the queue shows them.
    void add(const storage::SubmissionMeta& meta, std::string name);
    // "First Last" of an indexed submission; nullptr when not indexed.
    [[nodiscard]] const std::string* name_of(const std::string& id) const;
    void mark_reviewed(const std::string& id);
    [[nodiscard]] size_t size() const { return entries_.size(); }

    // The entries whose folded name holds q.search folded, filtered and paged as `q` says.
    [[nodiscard]] QueuePage search(const QueueQuery& q) const;

    void scrub();

private:
    struct Entry {
        storage::SubmissionMeta meta;
        std::string name;
        std::string folded;
    };
    std::vector<Entry> entries_;
    std::unordered_map<std::string, size_t> by_id_;
};

}  // namespace kiosk::practitioner
