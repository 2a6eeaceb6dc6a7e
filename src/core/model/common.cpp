#include "common.h"

#include <QUuid>

namespace omnimap {

Id newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace omnimap
