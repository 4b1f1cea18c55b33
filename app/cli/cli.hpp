#pragma once
// The command line of DESIGN §7: the kiosk itself, or one of the tools.
// Exit codes: 0 ok, 1 internal error, 2 bad input or usage, 3 damaged data.

namespace kiosk::cli {

inline constexpr int kOk = 0;
inline constexpr int kInternal = 1;
inline constexpr int kBadInput = 2;
inline constexpr int kDamaged = 3;

int main(int argc, char** argv);

}  // namespace kiosk::cli
