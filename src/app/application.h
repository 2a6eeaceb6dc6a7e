#pragma once

namespace omnimap {

/// Sets up the QApplication (names, translations, style), opens the files named on the
/// command line (or the bundled sample with --sample) and runs the event loop.
int runApplication(int argc, char *argv[]);

} // namespace omnimap
