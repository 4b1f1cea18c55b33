#include "platform/process_hygiene.hpp"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>

namespace kiosk::platform {

std::string harden_process() {
    std::string problems;
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) problems += std::string("RLIMIT_CORE: ") + std::strerror(errno);
    // Not dumpable: no core even where a core pattern pipes to a helper, and
    // /proc/PID/mem, ptrace and process_vm_readv are refused to other
    // processes of the same user.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems += std::string(problems.empty() ? "" : "; ") + "PR_SET_DUMPABLE: " + std::strerror(errno);
    return problems;
}

}  // namespace kiosk::platform
