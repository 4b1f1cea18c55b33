#include "questionnaire/questionnaire_loader.hpp"

#include <cctype>
#include <filesystem>
#include <map>
#include <variant>

#include "questionnaire/config_limits.hpp"
#include "questionnaire/content_hash.hpp"

namespace kiosk::config {

namespace {

struct KnownItem {
    ItemSignature signature;
    size_t position = 0;  // order in the questionnaire
    bool required = false;
    ItemType type = ItemType::Info;
};

using ItemIndex = std::map<std::string, KnownItem, std::less<>>;

std::vector<std::string_view> validation_keys_for(ItemType t) {
    switch (t) {
        case ItemType::Text:
        case ItemType::LongText:
            return {"min_length", "max_length", "pattern", "pattern_message", "format"};
        case ItemType::Number: return {"min", "max", "integer"};
        case ItemType::Date: return {"not_future", "min_date", "max_date"};
        case ItemType::YesNo: return {"must_be"};
        case ItemType::MultiChoice: return {"min_choices", "max_choices"};
        default: return {};
    }
}

void read_validation(YamlReader& r, const YAML::Node& n, Item& item) {
    if (!n) return;
    if (!n.IsMap()) {
        r.error(n, "'validation' must be a mapping of keys");
        return;
    }
    const auto allowed = validation_keys_for(item.type);
    for (const auto& kv : n) {
        const auto key = kv.first.as<std::string>("");
        bool ok = false;
        for (auto a : allowed) ok = ok || a == key;
        if (!ok) {
            std::string names;
            for (auto a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
            r.error(kv.first, "'" + key + "' is not a validation for a " + std::string(to_string(item.type)) +
                                  " item" + (names.empty() ? std::string(" (it takes none)") : " (expected one of: " + names + ")"));
        }
    }
    Validation& v = item.validation;
    v.min = r.number(n, "min");
    v.max = r.number(n, "max");
    v.integer = r.boolean(n, "integer").value_or(false);
    if (auto x = r.integer(n, "min_length", 0, 100000)) v.min_length = static_cast<size_t>(*x);
    if (auto x = r.integer(n, "max_length", 1, 100000)) v.max_length = static_cast<size_t>(*x);
    if (auto x = r.integer(n, "min_choices", 0, 100)) v.min_choices = static_cast<size_t>(*x);
    if (auto x = r.integer(n, "max_choices", 1, 100)) v.max_choices = static_cast<size_t>(*x);
    if (auto p = r.text(n, "pattern", false)) {
        auto compiled = TextPattern::compile(*p);
        if (auto* pattern = std::get_if<TextPattern>(&compiled)) {
            v.pattern_re = std::move(*pattern);
            v.pattern = *p;
        } else {
            r.error(n["pattern"], "'pattern' is not a valid regular expression: " + std::get<std::string>(compiled));
        }
        v.pattern_message = r.localized(n, "pattern_message", true);
    }
    if (auto f = r.text(n, "format", false)) {
        if (*f == "email") v.format = TextFormat::Email;
        else if (*f == "phone") v.format = TextFormat::Phone;
        else r.error(n["format"], "'format' must be email or phone");
    }
    v.not_future = r.boolean(n, "not_future").value_or(false);
    for (auto [key, field] : {std::pair{"min_date", &v.min_date}, {"max_date", &v.max_date}}) {
        if (auto s = r.text(n, key, false)) {
            *field = Date::parse(*s);
            if (!*field) r.error(n[key], "'" + *s + "' is not a real date (YYYY-MM-DD)");
        }
    }
    v.must_be = r.boolean(n, "must_be");
    if (v.min && v.max && *v.min > *v.max) r.error(n, "'min' is greater than 'max'");
    if (v.min_length && v.max_length && *v.min_length > *v.max_length) r.error(n, "'min_length' is greater than 'max_length'");
}

void read_options(YamlReader& r, const YAML::Node& n, Item& item) {
    const bool is_choice = item.type == ItemType::SingleChoice || item.type == ItemType::MultiChoice;
    if (!is_choice) {
        if (n) r.error(n, "only single_choice and multi_choice items have options");
        return;
    }
    if (!n) {
        r.error_at(item.loc, "a " + std::string(to_string(item.type)) + " item needs 'options'");
        return;
    }
    if (!r.expect_seq(n, "options") || !r.at_most(n, limits::kOptions, "options in one item")) return;
    for (const auto& o : n) {
        if (!r.expect_map(o, "an option", {"id", "label"})) continue;
        auto id = r.identifier(o, "id");
        Localized label = r.localized(o, "label", true);
        if (!id) continue;
        if (item.option(*id)) {
            r.error(o["id"], "duplicate option '" + *id + "' in item '" + item.id + "'");
            continue;
        }
        item.options.push_back({*id, std::move(label)});
    }
    if (item.options.size() < 2 && n.size() >= 1) r.error(n, "a choice needs at least two options");
}

void read_item(YamlReader& r, const YAML::Node& n, Page& page, ItemIndex& index, std::vector<YAML::Node>& conds) {
    if (!r.expect_map(n, "an item", {"id", "type", "text", "hint", "required", "show_if", "options", "validation"}))
        return;
    Item item;
    item.loc = r.loc(n);
    auto id = r.identifier(n, "id");
    auto type_name = r.text(n, "type", true);
    if (type_name) {
        if (auto t = item_type_from(*type_name)) item.type = *t;
        else {
            r.error(n["type"], "unknown item type '" + *type_name +
                                   "' (expected one of: yes_no, single_choice, multi_choice, text, long_text, number, "
                                   "date, info, signature)");
            type_name.reset();
        }
    }
    if (!id || !type_name) return;
    if (index.size() == limits::kItems) {
        r.error(n, "more than " + std::to_string(limits::kItems) + " items in the questionnaire");
        return;
    }
    item.id = *id;
    if (auto it = index.find(item.id); it != index.end()) {
        r.error(n["id"], "duplicate item id '" + item.id + "'");
        return;
    }
    item.text = r.localized(n, "text", true);
    item.hint = r.localized(n, "hint", false);
    item.required = r.boolean(n, "required").value_or(false);
    if (item.required && item.type == ItemType::Info) r.error(n["required"], "an info item cannot be required");
    read_options(r, n["options"], item);
    read_validation(r, n["validation"], item);

    KnownItem known;
    known.signature.type = value_type_of(item.type);
    for (const auto& o : item.options) known.signature.options.push_back(o.id);
    known.position = index.size();
    known.required = item.required;
    known.type = item.type;
    index.emplace(item.id, std::move(known));
    page.items.push_back(std::move(item));
    conds.push_back(n["show_if"]);
}

// Compiles `node` (a scalar) as an expression; reports at the exact column.
std::optional<Expression> compile(YamlReader& r, const YAML::Node& node, std::string_view what, const ItemIndex& index) {
    if (!node.IsScalar()) {
        r.error(node, std::string(what) + " must be an expression in one line");
        return std::nullopt;
    }
    ItemLookup lookup = [&index](std::string_view id) -> const ItemSignature* {
        auto it = index.find(id);
        return it == index.end() ? nullptr : &it->second.signature;
    };
    auto result = Expression::compile(node.Scalar(), lookup);
    if (auto* err = std::get_if<ExprError>(&result)) {
        r.error_at(r.loc_in_scalar(node, err->offset), std::string(what) + ": " + err->message);
        return std::nullopt;
    }
    return std::get<Expression>(std::move(result));
}

size_t offset_of_word(const std::string& src, const std::string& word) {
    for (size_t pos = src.find(word); pos != std::string::npos; pos = src.find(word, pos + 1)) {
        auto is_id = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
        const bool start_ok = pos == 0 || !is_id(src[pos - 1]);
        const bool end_ok = pos + word.size() >= src.size() || !is_id(src[pos + word.size()]);
        if (start_ok && end_ok) return pos;
    }
    return 0;
}

void compile_conditions(YamlReader& r, std::vector<Page>& pages, const std::vector<YAML::Node>& conds,
                        const ItemIndex& index) {
    size_t k = 0;
    for (auto& page : pages) {
        for (auto& item : page.items) {
            const YAML::Node node = conds[k++];
            if (!node) continue;
            auto expr = compile(r, node, "show_if", index);
            if (!expr) continue;
            const size_t self = index.find(item.id)->second.position;
            bool ok = true;
            for (const auto& ref : expr->items()) {
                const size_t pos = index.find(ref)->second.position;
                const auto where = r.loc_in_scalar(node, offset_of_word(node.Scalar(), ref));
                if (ref == item.id) {
                    r.error_at(where, "show_if of '" + item.id + "' refers to itself");
                    ok = false;
                } else if (pos > self) {
                    r.error_at(where, "show_if of '" + item.id + "' refers to '" + ref +
                                          "', which comes later (a condition may only use earlier answers)");
                    ok = false;
                }
            }
            if (ok) item.show_if = std::move(*expr);
        }
    }
}

void read_rules(YamlReader& r, const YAML::Node& n, const ItemIndex& index, std::vector<Rule>& out) {
    if (!r.expect_seq(n, "rules") || !r.at_most(n, limits::kRules, "rules")) return;
    for (const auto& rn : n) {
        if (!r.expect_map(rn, "a rule", {"id", "when", "severity", "title", "explanation", "action"})) continue;
        auto id = r.identifier(rn, "id");
        auto sev_name = r.text(rn, "severity", true);
        Localized title = r.localized(rn, "title", true);
        Localized explanation = r.localized(rn, "explanation", true);
        Localized action = r.localized(rn, "action", true);
        // A plain flag, not an optional: GCC 12 at -O2 misreads the optional as uninitialised.
        Severity sev = Severity::Clear;
        bool sev_ok = false;
        if (sev_name) {
            const auto parsed = severity_from(*sev_name);
            sev_ok = parsed.has_value() && *parsed != Severity::Clear;
            if (sev_ok) sev = *parsed;
            else r.error(rn["severity"], "unknown severity '" + *sev_name + "' (expected review, clearance, defer or decline)");
        }
        if (!r.require(rn, "when")) continue;
        auto when = compile(r, rn["when"], "when", index);
        if (!id || !sev_ok || !when) continue;
        for (const auto& o : out)
            if (o.id == *id) r.error(rn["id"], "duplicate rule id '" + *id + "'");
        for (const auto& ref : when->items()) {
            const auto& k = index.find(ref)->second;
            if (k.type == ItemType::YesNo && !k.required)
                r.error_at(r.loc_in_scalar(rn["when"], offset_of_word(rn["when"].Scalar(), ref)),
                           "rule '" + *id + "' reads '" + ref +
                               "', a yes/no question that is not required: make it required, so that an unanswered "
                               "question is never taken as no");
        }
        out.push_back({*id, std::move(*when), sev, std::move(title), std::move(explanation), std::move(action), r.loc(rn)});
    }
}

void read_cards(YamlReader& r, const YAML::Node& n, std::vector<InfoCard>& out) {
    if (!n || !r.expect_seq(n, "about") || !r.at_most(n, limits::kCards, "about cards")) return;
    for (const auto& cn : n) {
        if (!r.expect_map(cn, "an about card", {"id", "title", "body", "bullets"})) continue;
        InfoCard card;
        if (auto id = r.identifier(cn, "id")) card.id = *id;
        card.title = r.localized(cn, "title", true);
        card.body = r.localized(cn, "body", true);
        if (const YAML::Node b = cn["bullets"]; b && r.expect_seq(b, "bullets") && r.at_most(b, limits::kBullets, "bullets in one card")) {
            for (const auto& bullet : b) card.bullets.push_back(r.localized_node(bullet, "bullet"));
        }
        out.push_back(std::move(card));
    }
}

// Where `consent:` points, or why it may not be read: it must stay inside the
// config folder once symlinks and .. are resolved, be a regular file (not
// /dev/zero, a FIFO or a directory) and be within the file-size limit.
std::variant<std::filesystem::path, std::string> consent_file(const std::string& config_dir, const std::string& rel) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (rel.empty() || rel.find('\0') != std::string::npos) return std::string("the consent path is empty or holds a NUL");
    const fs::path base = fs::canonical(config_dir, ec);
    if (ec) return "the config folder cannot be resolved (" + ec.message() + ")";
    const fs::path target = fs::weakly_canonical(base / rel, ec);
    if (ec) return "consent file '" + rel + "' cannot be resolved (" + ec.message() + ")";
    const fs::path inside = target.lexically_relative(base);
    if (inside.empty() || *inside.begin() == "..")
        return "consent file '" + rel + "' is outside the config folder (it resolves to " + target.string() + ")";
    const fs::file_status st = fs::status(target, ec);
    if (ec || !fs::exists(st)) return "consent file '" + rel + "' not found (looked for " + target.string() + ")";
    if (!fs::is_regular_file(st)) return "consent file '" + rel + "' is not a regular file";
    const auto size = fs::file_size(target, ec);
    if (ec) return "consent file '" + rel + "' cannot be read (" + ec.message() + ")";
    if (size > limits::kConfigFileBytes)
        return "consent file '" + rel + "' is larger than " + std::to_string(limits::kConfigFileBytes / 1024) + " KiB";
    return target;
}

void read_consent(YamlReader& qr, const YAML::Node& root, const std::string& config_dir, Consent& out) {
    auto rel = qr.text(root, "consent", true);
    if (!rel) return;
    auto found = consent_file(config_dir, *rel);
    if (auto* problem = std::get_if<std::string>(&found)) {
        qr.error_at(qr.key_loc(root, "consent"), std::move(*problem));
        return;
    }
    // Named as written, so messages point where the admin looks.
    const std::string file = (std::filesystem::path(config_dir) / *rel).string();
    YamlReader r(file, qr.diagnostics(), qr.languages());
    auto croot = r.load();
    if (!croot) return;
    r.expect_map(*croot, "the consent file", {"title", "body"});
    out.title = r.localized(*croot, "title", true);
    out.body = r.localized(*croot, "body", true);
    std::string canonical;
    for (const auto& lang : qr.languages())
        canonical += lang + '\0' + out.title.in(lang) + '\0' + out.body.in(lang) + '\0';
    out.version = content_hash(canonical);
}

}  // namespace

void load_questionnaire(YamlReader& r, const YAML::Node& root, const std::string& config_dir, Questionnaire& q) {
    r.expect_map(root, "the questionnaire", {"id", "version", "title", "consent", "about", "pages", "rules"});
    if (auto id = r.identifier(root, "id")) q.id = *id;
    if (auto v = r.text(root, "version", true)) q.version = *v;
    q.title = r.localized(root, "title", true);
    q.source_text = r.source();
    q.content_hash = content_hash(q.source_text);
    read_cards(r, root["about"], q.cards);
    // No config_dir: a stored snapshot, whose consent text is stored apart.
    if (!config_dir.empty()) read_consent(r, root, config_dir, q.consent);

    ItemIndex index;
    std::vector<YAML::Node> conds;
    const YAML::Node pages = root["pages"];
    if (r.require(root, "pages") && r.expect_seq(pages, "pages") && r.at_most(pages, limits::kPages, "pages")) {
        for (size_t i = 0; i < pages.size(); ++i) {
            const YAML::Node pn = pages[i];
            if (!r.expect_map(pn, "a page", {"id", "title", "intro", "kind", "items"})) continue;
            Page page;
            page.loc = r.loc(pn);
            if (auto id = r.identifier(pn, "id")) page.id = *id;
            for (const auto& other : q.pages)
                if (!page.id.empty() && other.id == page.id) r.error(pn["id"], "duplicate page id '" + page.id + "'");
            page.title = r.localized(pn, "title", true);
            page.intro = r.localized(pn, "intro", false);
            if (auto kind = r.text(pn, "kind", false)) {
                if (*kind == "consent") page.kind = PageKind::Consent;
                else if (*kind != "questions") r.error(pn["kind"], "'kind' must be questions or consent");
            }
            if (page.kind == PageKind::Consent && i + 1 != pages.size())
                r.error(pn, "the consent page must be the last page");
            const YAML::Node items = pn["items"];
            if (r.require(pn, "items") && r.expect_seq(items, "items")) {
                if (items.size() == 0) r.error(items, "a page needs at least one item");
                for (const auto& in : items) read_item(r, in, page, index, conds);
            }
            q.pages.push_back(std::move(page));
        }
        if (pages.size() == 0) r.error(pages, "a questionnaire needs at least one page");
    }
    compile_conditions(r, q.pages, conds, index);
    if (const YAML::Node rules = root["rules"]) read_rules(r, rules, index, q.rules);
}

}  // namespace kiosk::config
