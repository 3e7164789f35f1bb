#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Atelier {

/// `atelier ai …`: the AI Studio from the command line.
class AiCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AiCommands)
public:
    static int run(const QStringList &arguments);
};

} // namespace Atelier
