#include "flow_test_support.hpp"

#include <stdexcept>
#include <variant>

#include "intake_fixture.hpp"

namespace kiosk::test {

void walk_to_page(HeadlessUi& ui, std::string_view page_id) {
    session::IntakeSession& s = ui.session();
    const kiosk::AnswerMap answers = clear_client_answers();
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

std::string text_answer(HeadlessUi& ui, std::string_view item_id) {
    const kiosk::Answer* a = ui.session().answer(item_id);
    return a != nullptr && std::holds_alternative<std::string>(*a) ? std::get<std::string>(*a) : std::string();
}

bool drew(const HeadlessUi& ui, std::string_view needle) {
    for (const std::string& s : ui.drawn_text())
        if (s.find(needle) != std::string::npos) return true;
    return false;
}

std::vector<std::string> ids_starting(const HeadlessUi& ui, std::string_view prefix) {
    std::vector<std::string> out;
    for (const std::string& id : ui.shell().widgets().ids())
        if (id.starts_with(prefix)) out.push_back(id);
    return out;
}

}  // namespace kiosk::test
