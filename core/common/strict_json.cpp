#include "common/strict_json.hpp"

#include <cmath>
#include <iterator>
#include <vector>

namespace kiosk {

using nlohmann::json;

namespace {

// Walks the text for nlohmann's lexer and keeps the offset of the next byte
// it will read, so a problem found in a callback has a place in the file.
class CountingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* p, const char* base, std::size_t* next) : m_p(p), m_base(base), m_next(next) {}
    reference operator*() const { return *m_p; }
    CountingIterator& operator++() {
        ++m_p;
        *m_next = static_cast<std::size_t>(m_p - m_base);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const CountingIterator& o) const { return m_p == o.m_p; }

private:
    const char* m_p;
    const char* m_base;
    std::size_t* m_next;
};

// Builds the document as nlohmann's DOM parser would, refusing what that one
// lets through. The parse stops at the first problem.
class StrictBuilder {
public:
    StrictBuilder(std::size_t max_depth, const std::size_t* next) : m_max_depth(max_depth), m_next(next) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool b) { return put(json(b)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    bool number_float(json::number_float_t v, const std::string& /*text*/) {
        // The parser reports overflow itself (parse_error 406); this guards the rest.
        if (!std::isfinite(v)) return fail(slot_path(), "number out of range");
        return put(json(v));
    }
    bool string(std::string& s) { return put(json(std::move(s))); }
    bool binary(json::binary_t& /*b*/) { return fail(slot_path(), "binary values are not JSON text"); }
    bool start_object(std::size_t /*size*/) { return open(json::object()); }
    bool start_array(std::size_t /*size*/) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Level& top = m_stack.back();
        if (top.value->contains(k))
            return fail(json_path_key(path_to(m_stack.size() - 1), k),
                        "this key is given twice (each key may appear once: the kiosk never picks one of two answers)");
        top.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*token*/, const nlohmann::detail::exception& ex) {
        m_error.byte = position == 0 ? 0 : position - 1;
        if (ex.id == 406) {  // out_of_range: a number no double holds (1e999, 400 digits)
            m_error.path = slot_path();
            m_error.message = "number out of range (it must fit a double, about 1.8e308)";
        } else {
            std::string what = ex.what();
            if (auto p = what.find("parse error"); p != std::string::npos) what = what.substr(p);
            m_error.message = "malformed JSON: " + what;
        }
        m_failed = true;
        return false;
    }

    [[nodiscard]] bool failed() const { return m_failed; }
    StrictJsonError& error() { return m_error; }
    json& root() { return m_root; }

private:
    struct Level {
        json* value;
        std::string key;  // objects: the key whose value comes next
    };

    bool put(json v) {
        if (m_stack.empty()) {
            m_root = std::move(v);
            return true;
        }
        Level& top = m_stack.back();
        if (top.value->is_array()) top.value->push_back(std::move(v));
        else (*top.value)[top.key] = std::move(v);
        return true;
    }

    // The child is placed into its parent before it is filled: a pointer into
    // the parent stays valid because nothing else is added to the parent
    // while the child is open.
    bool open(json container) {
        if (m_stack.size() >= m_max_depth)
            return fail(slot_path(), "nested deeper than " + std::to_string(m_max_depth) + " levels");
        json* placed = nullptr;
        if (m_stack.empty()) {
            m_root = std::move(container);
            placed = &m_root;
        } else if (Level& top = m_stack.back(); top.value->is_array()) {
            top.value->push_back(std::move(container));
            placed = &top.value->back();
        } else {
            placed = &((*top.value)[top.key] = std::move(container));
        }
        m_stack.push_back({placed, {}});
        return true;
    }

    bool close() {
        m_stack.pop_back();
        return true;
    }

    // Path of the container at `depth` (0: the top value).
    [[nodiscard]] std::string path_to(std::size_t depth) const {
        std::string path;
        for (std::size_t i = 0; i < depth; ++i) {
            const Level& l = m_stack[i];
            path = l.value->is_array() ? json_path_index(path, l.value->size() - 1) : json_path_key(path, l.key);
        }
        return path;
    }

    // Path of the value being read now.
    [[nodiscard]] std::string slot_path() const {
        if (m_stack.empty()) return {};
        const Level& top = m_stack.back();
        const std::string parent = path_to(m_stack.size() - 1);
        return top.value->is_array() ? json_path_index(parent, top.value->size()) : json_path_key(parent, top.key);
    }

    bool fail(std::string path, std::string message) {
        m_error = {*m_next == 0 ? 0 : *m_next - 1, std::move(path), std::move(message)};
        m_failed = true;
        return false;
    }

    std::size_t m_max_depth;
    const std::size_t* m_next;
    json m_root;
    std::vector<Level> m_stack;
    StrictJsonError m_error;
    bool m_failed = false;
};

bool plain_key(std::string_view key) {
    if (key.empty()) return false;
    for (const char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    return true;
}

}  // namespace

std::string json_path_key(const std::string& parent, std::string_view key) {
    if (plain_key(key)) return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    return parent + "[" + json(std::string(key)).dump() + "]";
}

std::string json_path_index(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

StrictJsonResult parse_strict_json(std::string_view text, std::size_t max_depth) {
    std::size_t next = 0;
    StrictBuilder builder(max_depth, &next);
    const char* base = text.data();
    const CountingIterator first(base, base, &next), last(base + text.size(), base, &next);
    const bool ok = json::sax_parse(first, last, &builder);
    if (!ok || builder.failed()) return std::move(builder.error());
    return std::move(builder.root());
}

}  // namespace kiosk
