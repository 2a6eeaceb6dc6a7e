#pragma once

namespace omnimap::cli {

/// The light omnimap-cli (Linux, issue 22) keeps the process's own argv so that a
/// command it leaves to omnimap-cli-full gets exactly the same arguments.
void keepArguments(int argc, char **argv);

} // namespace omnimap::cli
