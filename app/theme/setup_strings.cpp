#include "theme/setup_strings.hpp"

#include <array>
#include <utility>

#include "text/text_catalogue.hpp"

namespace kiosk::ui {

namespace {

// The texts are in assets/i18n/<lang>.yaml; these are their keys.
constexpr std::array<std::pair<SetupText, std::string_view>, 16> kKeys{{
    {SetupText::ForStaff, "setup.for_staff"},
    {SetupText::Title, "setup.title"},
    {SetupText::Explanation, "setup.explanation"},
    {SetupText::KeepSafe, "setup.keep_safe"},
    {SetupText::NameLabel, "setup.name_label"},
    {SetupText::PassphraseLabel, "setup.passphrase_label"},
    {SetupText::Passphrase2Label, "setup.passphrase2_label"},
    {SetupText::PassphraseHint, "setup.passphrase_hint"},
    {SetupText::Create, "setup.create"},
    {SetupText::NameMissing, "setup.name_missing"},
    {SetupText::NameRefused, "setup.name_refused"},
    {SetupText::PassphraseShort, "setup.passphrase_short"},
    {SetupText::PassphraseRefused, "setup.passphrase_refused"},
    {SetupText::Mismatch, "setup.mismatch"},
    {SetupText::Failed, "setup.failed"},
    {SetupText::Creating, "setup.creating"},
}};

}  // namespace

std::string_view setup_text(SetupText id, std::string_view lang) {
    if (id == SetupText::Dot) return "\xE2\x80\xA2";  // a masked character: a symbol, not a word
    for (const auto& [key_id, key] : kKeys)
        if (key_id == id) return text::tr(lang, key);
    return {};
}

std::vector<std::string_view> all_setup_text() {
    std::vector<std::string_view> out = text::builtin().all_text();
    out.emplace_back("\xE2\x80\xA2");
    return out;
}

}  // namespace kiosk::ui
