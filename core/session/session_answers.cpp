// IntakeSession: answers, follow-ups, shown problems, the signature and the
// review listing.
#include <algorithm>
#include <cmath>

#include "questionnaire/answers_file.hpp"
#include "session/intake_session.hpp"
#include "session/scrub.hpp"

namespace kiosk::session {

namespace {

// The answer's type is the item's, and its content is something the item
// offers. Range and format rules are validation's: a too-long name is kept
// and shown as a problem, not silently refused.
bool acceptable(const Item& item, const Answer& value) {
    switch (item.type) {
        case ItemType::YesNo: return std::holds_alternative<bool>(value);
        case ItemType::SingleChoice: {
            const auto* s = std::get_if<std::string>(&value);
            return s != nullptr && (s->empty() || item.option(*s) != nullptr);
        }
        case ItemType::Text:
        case ItemType::LongText: {
            const auto* s = std::get_if<std::string>(&value);
            return s != nullptr && is_valid_utf8(*s);
        }
        case ItemType::MultiChoice: {
            const auto* c = std::get_if<Choices>(&value);
            return c != nullptr &&
                   std::all_of(c->begin(), c->end(), [&](const std::string& o) { return item.option(o) != nullptr; });
        }
        case ItemType::Number: {
            const auto* n = std::get_if<double>(&value);
            return n != nullptr && std::isfinite(*n);
        }
        case ItemType::Date: {
            const auto* d = std::get_if<Date>(&value);
            return d != nullptr && Date::valid(d->year, d->month, d->day);
        }
        case ItemType::Signature: return std::holds_alternative<Signature>(value);
        case ItemType::Info: return false;
    }
    return false;
}

bool empty_answer(const Answer& value) {
    if (const auto* s = std::get_if<std::string>(&value)) return s->empty();
    if (const auto* c = std::get_if<Choices>(&value)) return c->empty();
    if (const auto* sig = std::get_if<Signature>(&value)) return sig->strokes.empty();
    return false;
}

// Choices in questionnaire order, each once (answer.hpp's contract).
void normalise(const Item& item, Answer& value) {
    auto* chosen = std::get_if<Choices>(&value);
    if (chosen == nullptr) return;
    Choices ordered;
    for (const auto& o : item.options)
        if (std::find(chosen->begin(), chosen->end(), o.id) != chosen->end()) ordered.push_back(o.id);
    for (auto& c : *chosen) scrub(c);
    *chosen = std::move(ordered);
}

}  // namespace

const Answer* IntakeSession::answer(std::string_view item_id) const {
    auto it = answers_.find(item_id);
    return it == answers_.end() ? nullptr : &it->second;
}

std::vector<const Item*> IntakeSession::visible_items(size_t page_index) const {
    std::vector<const Item*> out;
    if (page_index >= q_.pages.size()) return out;
    const Date today = clock_.today();
    for (const auto& item : q_.pages[page_index].items)
        if (is_visible(item, answers_, today)) out.push_back(&item);
    return out;
}

std::span<const Problem> IntakeSession::problems_for(std::string_view item_id) const {
    // validate_page lists an item's problems together, in item order.
    const auto same = [&](const Problem& p) { return p.item_id == item_id; };
    const auto first = std::find_if(shown_.begin(), shown_.end(), same);
    const auto last = std::find_if_not(first, shown_.end(), same);
    return {first, last};
}

std::vector<ReviewPage> IntakeSession::review_pages() const {
    std::vector<ReviewPage> out;
    const Date today = clock_.today();
    for (size_t i = 0; i < q_.pages.size(); ++i) {
        ReviewPage page{i, &q_.pages[i], {}};
        for (const auto& item : q_.pages[i].items) {
            if (item.type == ItemType::Info || !is_visible(item, answers_, today)) continue;
            if (const Answer* a = answer(item.id)) page.items.push_back({&item, a});
        }
        out.push_back(std::move(page));
    }
    return out;
}

bool IntakeSession::set_answer(std::string_view item_id, Answer value) {
    const Item* item = accepting() ? answerable(item_id) : nullptr;
    if (item == nullptr || !acceptable(*item, value)) {
        scrub(value);
        return false;
    }
    if (empty_answer(value)) {
        scrub(value);
        return clear_answer(item_id);
    }
    normalise(*item, value);
    activity();
    store_answer(*item, std::move(value));
    return true;
}

bool IntakeSession::clear_answer(std::string_view item_id) {
    const Item* item = accepting() ? answerable(item_id) : nullptr;
    if (item == nullptr) return false;
    activity();
    forget_problems_of(item_id);
    if (answers_.find(item_id) == answers_.end()) return true;
    scrub_erase(answers_, item_id);
    after_change(*item);
    return true;
}

bool IntakeSession::toggle_choice(std::string_view item_id, std::string_view option_id) {
    const Item* item = accepting() ? answerable(item_id) : nullptr;
    if (item == nullptr || item->type != ItemType::MultiChoice || item->option(option_id) == nullptr) return false;
    Choices chosen;
    if (const Answer* a = answer(item_id))
        if (const auto* c = std::get_if<Choices>(a)) chosen = *c;
    const auto it = std::find(chosen.begin(), chosen.end(), option_id);
    if (it != chosen.end()) chosen.erase(it);
    else chosen.emplace_back(option_id);
    return set_answer(item_id, std::move(chosen));
}

const Item* IntakeSession::answerable(std::string_view item_id) const {
    if (!on_page()) return nullptr;
    for (const auto& item : q_.pages[page_].items)
        if (item.id == item_id)
            return item.type != ItemType::Info && is_visible(item, answers_, clock_.today()) ? &item : nullptr;
    return nullptr;
}

void IntakeSession::store_answer(const Item& item, Answer value) {
    forget_problems_of(item.id);
    auto it = answers_.find(item.id);
    if (it != answers_.end() && it->second == value) {
        scrub(value);
        return;
    }
    if (it == answers_.end()) {
        answers_.emplace(item.id, std::move(value));
    } else {
        scrub(it->second);
        it->second = std::move(value);
    }
    scrub(value);  // a moved-from small string may still hold its bytes
    after_change(item);
}

void IntakeSession::after_change(const Item& item) {
    if (item.type == ItemType::Signature) {
        // A new signature (or the pad cleared): it must pass the consent page again.
        signature_cleared_by_edit_ = false;
        signature_confirmed_ = false;
    } else if (signature_given() && (!is_consent_page(page_) || signature_confirmed_)) {
        // The signature vouches for every answer. While the client is still
        // on the consent page, before its Next, its own items (ticks, printed
        // name) are in view beside the signature, so changing them keeps it.
        clear_signatures();
        signature_cleared_by_edit_ = true;
    }
    drop_hidden_answers(clock_.today());
}

void IntakeSession::drop_hidden_answers(const Date& today) {
    // As drop_hidden (questionnaire order, so a follow-up of a follow-up
    // goes too), but scrubbing each answer before it is freed.
    for (const auto& page : q_.pages)
        for (const auto& item : page.items)
            if (item.type == ItemType::Info || !is_visible(item, answers_, today)) scrub_erase(answers_, item.id);
    std::erase_if(shown_, [&](Problem& p) {
        const Item* item = q_.find(p.item_id);
        if (item != nullptr && is_visible(*item, answers_, today)) return false;
        scrub(p.detail);
        return true;
    });
}

void IntakeSession::forget_problems_of(std::string_view item_id) {
    std::erase_if(shown_, [&](Problem& p) {
        if (p.item_id != item_id) return false;
        scrub(p.detail);
        return true;
    });
}

bool IntakeSession::signature_given() const {
    for (const auto& page : q_.pages)
        for (const auto& item : page.items)
            if (item.type == ItemType::Signature && answers_.find(item.id) != answers_.end()) return true;
    return false;
}

void IntakeSession::clear_signatures() {
    for (const auto& page : q_.pages)
        for (const auto& item : page.items)
            if (item.type == ItemType::Signature) scrub_erase(answers_, item.id);
    signature_confirmed_ = false;
}

}  // namespace kiosk::session
