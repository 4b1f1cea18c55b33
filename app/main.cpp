// intake-kiosk: the kiosk window, or one of the command-line tools.
#include <iostream>

#include "cli/cli.hpp"
#include "platform/process_hygiene.hpp"
#include "platform/zeroing_allocator.hpp"

int main(int argc, char** argv) {
    // Before anything reads a config, an answers file or a passphrase.
    if (const std::string problem = kiosk::platform::harden_process(); !problem.empty())
        std::cerr << "intake-kiosk: warning: " << problem << '\n';
    if (!kiosk::platform::install_sqlite_zeroing())
        std::cerr << "intake-kiosk: warning: SQLite's freed memory is not zeroed\n";
    return kiosk::cli::main(argc, argv);
}
