// libFuzzer entry point for one target, chosen at compile time (OMNIMAP_FUZZ_TARGET).

#include "fuzztargets.h"

#include <QString>
#include <QtGlobal>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt's own warnings (e.g. an unreadable image) are expected on fuzzed input.
    qSetMessagePattern(QStringLiteral("%{if-critical}%{message}%{endif}"));
    omnimap::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return omnimap::fuzz::OMNIMAP_FUZZ_TARGET(data, size);
}
