#include "intake_fixture.hpp"

#include <algorithm>
#include <stdexcept>

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

kiosk::AnswerMap clear_client_answers() {
    kiosk::AnswerMap a;
    a["first_name"] = std::string("Ana");
    a["last_name"] = std::string("García");
    a["dob"] = Date{1990, 4, 2};
    a["email"] = std::string("ana@example.com");
    a["phone"] = std::string("+34 600 123 456");
    a["concerns"] = kiosk::Choices{"fine_lines", "texture"};
    a["treatment_areas"] = kiosk::Choices{"face"};
    for (const auto& page : shipped_kiosk_config().questionnaire.pages)
        for (const auto& item : page.items)
            if (item.type == ItemType::YesNo && item.required && !item.show_if) a[item.id] = false;
    a["consent_risks"] = true;
    a["consent_aftercare"] = true;
    a["photo_consent"] = false;
    a["printed_name"] = std::string("Ana García");
    a["signature"] = kiosk::Signature{{{{0.1F, 0.5F}, {0.4F, 0.6F}, {0.8F, 0.4F}}}};
    return a;
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

}  // namespace kiosk::test
