#pragma once
// Typed keys for the words of the first-run setup screen (clinic staff, not
// clients); the texts are in assets/i18n/<lang>.yaml.
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class SetupText {
    ForStaff,           // the small label over the title
    Title,              // "Set up this kiosk"
    Explanation,
    KeepSafe,
    NameLabel,
    PassphraseLabel,
    Passphrase2Label,
    PassphraseHint,     // "At least 10 characters"
    Create,             // the primary button
    NameMissing,
    NameRefused,
    PassphraseShort,
    PassphraseRefused,
    Mismatch,
    Failed,             // initialize_clinic or opening the store failed
    Creating,           // while the key is made (Argon2id: about a second)
    Dot,                // what a masked character is drawn as
};

[[nodiscard]] std::string_view setup_text(SetupText id, std::string_view lang);

// Every catalogue text (all of them, whichever table is asked), for the font atlas.
[[nodiscard]] std::vector<std::string_view> all_setup_text();

}  // namespace kiosk::ui
