#include "command.h"

#include <cstdio>

namespace omnimap::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::vector<Command> &commands()
{
    static std::vector<Command> all;
    return all;
}

} // namespace omnimap::cli
