// intake-kiosk: the kiosk window, or one of the command-line tools.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return kiosk::cli::main(argc, argv); }
