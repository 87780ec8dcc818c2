#include "command.h"

namespace pr::cli {

int runList(const QStringList &arguments, Streams streams);
int runShow(const QStringList &arguments, Streams streams);
int runValidate(const QStringList &arguments, Streams streams);

const QList<Command> &allCommands() {
    static const QList<Command> commands = {
        {"list", "List the questions of a pack, one per line: ID<TAB>QUESTION.", &runList},
        {"show", "Print one answer as text or as the HTML page the app shows.", &runShow},
        {"validate", "Check a pack folder; print every problem; exit 1 on errors.", &runValidate},
    };
    return commands;
}

} // namespace pr::cli
