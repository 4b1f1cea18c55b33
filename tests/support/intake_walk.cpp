#include "support/intake_walk.hpp"

#include <algorithm>
#include <stdexcept>
#include <variant>

namespace kiosk::test {

namespace {

void fill_page(session::IntakeSession& s, const kiosk::AnswerMap& answers) {
    for (const kiosk::Item* item : s.visible_items()) {
        const auto it = answers.find(item->id);
        if (it != answers.end() && !s.set_answer(item->id, it->second))
            throw std::runtime_error("answer refused: " + item->id);
    }
}

}  // namespace

void walk_to_page(HeadlessUi& ui, std::string_view page_id) {
    session::IntakeSession& s = ui.session();
    const kiosk::AnswerMap answers = testing::clear_client();
    ui.frame();
    if (!s.start()) throw std::runtime_error("start refused");
    if (s.step() == session::Step::About && !s.skip_about()) throw std::runtime_error("skip refused");
    while (s.current_page() != nullptr && s.current_page()->id != page_id) {
        for (const kiosk::Item* item : s.visible_items())
            if (const auto it = answers.find(item->id); it != answers.end()) (void)s.set_answer(item->id, it->second);
        if (!s.next()) throw std::runtime_error("next refused on page " + s.current_page()->id);
    }
    if (s.current_page() == nullptr) throw std::runtime_error("no page " + std::string(page_id));
    ui.frame();
}

void walk_to_consent(HeadlessUi& ui, const kiosk::AnswerMap& answers) {
    session::IntakeSession& s = ui.session();
    ui.frame();
    if (!s.start()) throw std::runtime_error("start refused");
    if (s.step() == session::Step::About && !s.skip_about()) throw std::runtime_error("skip refused");
    while (s.step() == session::Step::Questions) {
        fill_page(s, answers);
        if (!s.next()) throw std::runtime_error("next refused on page " + std::to_string(s.page_index()));
    }
    if (s.step() != session::Step::Consent) throw std::runtime_error("not on the consent page");
    ui.frame();
}

void walk_to_review(HeadlessUi& ui, const kiosk::AnswerMap& answers) {
    walk_to_consent(ui, answers);
    session::IntakeSession& s = ui.session();
    s.mark_consent_read();
    fill_page(s, answers);
    if (!s.next()) throw std::runtime_error("next refused on the consent page");
    if (s.step() != session::Step::Review) throw std::runtime_error("not on review");
    ui.frame();
}

void tap_in_view(HeadlessUi& ui, std::string_view id) {
    // Let a layout that just changed (a panel closed, a scroll clamped) settle
    // first: a tap aims at where the widget was drawn last.
    ui.frame();
    for (int tries = 0; tries < 20; ++tries) {
        const ui::WidgetEntry* e = ui.shell().widgets().find(id);
        if (e == nullptr) throw std::runtime_error("no widget " + std::string(id) + "; shown: " +
                                                   ui.shell().widgets().ids_joined());
        if (e->in_view()) {
            ui.tap(id);
            return;
        }
        // Drag inside the clip rect, by as much as is needed (at most most of a view).
        const float clip_h = e->clip_max.y - e->clip_min.y;
        const float cy = (e->clip_min.y + e->clip_max.y) * 0.5F;
        float dy = 0;
        if (e->max.y > e->clip_max.y) dy = -std::min(e->max.y - e->clip_max.y + 24.0F, clip_h * 0.4F);
        else if (e->min.y < e->clip_min.y) dy = std::min(e->clip_min.y - e->min.y + 24.0F, clip_h * 0.4F);
        // From the region's left edge, clear of pads that would draw instead.
        const float x = std::max(e->clip_min.x, 0.0F) + 12.0F;
        ui.drag(ImVec2(x, cy - dy * 0.5F), ImVec2(0, dy));
        ui.frame();
    }
    throw std::runtime_error("could not scroll " + std::string(id) + " into view");
}

std::string text_answer(HeadlessUi& ui, std::string_view item_id) {
    const kiosk::Answer* a = ui.session().answer(item_id);
    return a != nullptr && std::holds_alternative<std::string>(*a) ? std::get<std::string>(*a) : std::string();
}

std::vector<std::string> ids_starting(const HeadlessUi& ui, std::string_view prefix) {
    std::vector<std::string> out;
    for (const std::string& id : ui.widgets().ids())
        if (id.starts_with(prefix)) out.push_back(id);
    return out;
}

}  // namespace kiosk::test
