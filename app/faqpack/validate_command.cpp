#include "command.h"
#include "content/packreader.h"

namespace pr::cli {

int runValidate(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check a pack folder and print every problem "
                                                    "as FILE:LINE: error|warning: MESSAGE."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The pack folder."));
    const QCommandLineOption strict(QStringLiteral("warnings-as-errors"),
                                    QStringLiteral("Exit non-zero on warnings too."));
    parser.addOption(strict);
    if (!parseArguments(parser, QStringLiteral("validate"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        streams.err << "faqpack validate: give exactly one pack folder\n";
        return 2;
    }
    const QString dir = parser.positionalArguments().constFirst();
    const PackReadResult result = PackReader().read(dir);
    int errors = 0;
    int warnings = 0;
    for (const PackProblem &problem : result.problems) {
        streams.out << dir << '/' << problem.toString() << '\n';
        problem.isError() ? ++errors : ++warnings;
    }
    if (result.pack) {
        streams.out << dir << ": " << result.pack->entries().size() << " entries, "
                    << result.pack->references().size() << " references";
    } else {
        streams.out << dir << ": not a valid pack";
    }
    streams.out << " (" << errors << " errors, " << warnings << " warnings)\n";
    const bool failed = errors > 0 || (parser.isSet(strict) && warnings > 0);
    return failed ? 1 : 0;
}

} // namespace pr::cli
