// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// patient-reader --handout, run as a clinic's script would run it: no window, real PDFs read
// back with pdftotext, and the errors a front desk can make.

#include "user/userstore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pr;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString app() {
    return QStringLiteral(PR_BINARY_DIR "/app/patient-reader");
}

} // namespace

class TestHandoutCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_out;

    QString storePath() const {
        return m_home.filePath(QStringLiteral("data/patient-reader/patient-reader/user.sqlite"));
    }

    Run run(const QStringList &arguments) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        // No window: the command must not need a display.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(app(), arguments);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The PDF's text, one string per page.
    static QStringList pdfPages(const QString &path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        for (QString &page : pages)
            page = page.simplified();
        return pages;
    }

    static int pageOf(const QStringList &pages, const QString &text) {
        for (int i = 0; i < pages.size(); ++i)
            if (pages.at(i).contains(text))
                return i;
        return -1;
    }

    QStringList outFiles() const { return QDir(m_out.path()).entryList(QDir::Files); }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY(m_out.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
    }

    void init() {
        for (const QString &name : outFiles())
            QVERIFY(QFile::remove(m_out.filePath(name)));
    }

    void englishAnswersArePrintedEachOnItsOwnPagesWithEveryFactAndPageNumbers() {
        const QString pdf = m_out.filePath(QStringLiteral("en.pdf"));
        const Run r = run(
            {QStringLiteral("--handout"), QStringLiteral("cost,risks"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Handout written to")));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
        QCOMPARE(outFiles(), QStringList{QStringLiteral("en.pdf")}); // no temporary file left
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        QString all = pages.join(QLatin1Char(' '));
        // Bidi controls (the version is isolated) are invisible; the words are what is read.
        static const QRegularExpression bidiControls(
            QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
        all.remove(bidiControls);
        const int cost = pageOf(pages, QStringLiteral("How much does ketamine therapy cost?"));
        const int risks = pageOf(pages, QStringLiteral("What are the risks"));
        QVERIFY2(cost == 0, qPrintable(pages.value(0)));
        QVERIFY(risks > cost); // a page break before the second answer
        for (const QString &fact :
             {QStringLiteral("Information to discuss with a clinician"),
              QStringLiteral("Publisher: Not named in the source text"),
              QStringLiteral("Last reviewed: not stated by the publisher"),
              QStringLiteral("version 1.0.0"), QStringLiteral("Language: English"),
              QStringLiteral("Translation: Original text, not a translation."),
              QStringLiteral("Printed: "), QStringLiteral("References in this answer"),
              QStringLiteral("Reference check:")})
            QVERIFY2(all.contains(fact), qPrintable(fact));
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(
                pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                qPrintable(pages.at(i)));
    }

    void aSpanishHandoutIsInSpanish() {
        const QString pdf = m_out.filePath(QStringLiteral("es.pdf"));
        const Run r =
            run({QStringLiteral("--handout"), QStringLiteral("cost"), QStringLiteral("--language"),
                 QStringLiteral("es"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString all = pdfPages(pdf).join(QLatin1Char(' '));
        QVERIFY2(all.contains(QStringLiteral("¿Cuánto cuesta la terapia con ketamina?")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Página 1 de")));
        QVERIFY(all.contains(QStringLiteral("Información para hablar con un profesional")));
        QVERIFY(all.contains(QStringLiteral("Español")));
    }

    void anArabicHandoutIsInArabic() {
        const QString pdf = m_out.filePath(QStringLiteral("ar.pdf"));
        const Run r =
            run({QStringLiteral("--handout"), QStringLiteral("cost"), QStringLiteral("--language"),
                 QStringLiteral("ar"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString all = pdfPages(pdf).join(QLatin1Char(' '));
        // Word by word: pdftotext may order right-to-left words differently on a line.
        for (const QString &word :
             {QStringLiteral("تكلفة"), QStringLiteral("بالكيتامين"), QStringLiteral("العربية")})
            QVERIFY2(all.contains(word), qPrintable(all.left(2000)));
    }

    void myQuestionsFromTheUserStoreArePrintedInTheReadersOrder() {
        {
            UserStore store(storePath());
            QVERIFY(store.askClinician({QStringLiteral("ketamine-faq"), QStringLiteral("cost")}));
            QVERIFY(store.addOwnQuestion(QStringLiteral("Can I drive home after a session?")));
            qint64 id = 0;
            QVERIFY(
                store.addOwnQuestion(QStringLiteral("Will it change my other medicines?"), &id));
            QVERIFY(store.moveMyQuestion(id, 0));
        }
        const QString pdf = m_out.filePath(QStringLiteral("mine.pdf"));
        const Run r = run({QStringLiteral("--handout"), QStringLiteral("my-questions"),
                           QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString all = pdfPages(pdf).join(QLatin1Char(' '));
        const qsizetype medicines =
            all.indexOf(QStringLiteral("Will it change my other medicines?"));
        const qsizetype cost = all.indexOf(QStringLiteral("How much does ketamine therapy cost?"));
        const qsizetype drive = all.indexOf(QStringLiteral("Can I drive home after a session?"));
        QVERIFY2(medicines >= 0 && medicines < cost && cost < drive, qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("My questions")));
    }

    void letterPaperIsUsLetterSized() {
        const QString pdf = m_out.filePath(QStringLiteral("letter.pdf"));
        const Run r =
            run({QStringLiteral("--handout"), QStringLiteral("what-is"), QStringLiteral("--paper"),
                 QStringLiteral("letter"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(text));
        const Run bad = run({QStringLiteral("--handout"), QStringLiteral("what-is"),
                             QStringLiteral("--paper"), QStringLiteral("a5"), QStringLiteral("-o"),
                             m_out.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("\"a5\"")));
    }

    void anUnknownIdIsRefusedByNameAndNothingIsWritten() {
        const Run r = run({QStringLiteral("--handout"), QStringLiteral("cost,no-such-answer"),
                           QStringLiteral("-o"), m_out.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-answer")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("what-is"))); // the ids there are
        QVERIFY(outFiles().isEmpty());
    }

    void anUnknownLanguageIsRefusedByName() {
        const Run r = run({QStringLiteral("--handout"), QStringLiteral("cost"),
                           QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("-o"),
                           m_out.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"xx\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("es")));
        QVERIFY(outFiles().isEmpty());
    }

    void aFolderThatDoesNotExistIsNamed() {
        const QString pdf = m_out.filePath(QStringLiteral("missing/folder/x.pdf"));
        const Run r =
            run({QStringLiteral("--handout"), QStringLiteral("cost"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_out.filePath(QStringLiteral("missing/folder"))),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void anUnwritablePlaceLeavesNoHalfWrittenFile() {
        // Even root cannot create files in /proc.
        const Run r = run({QStringLiteral("--handout"), QStringLiteral("cost"),
                           QStringLiteral("-o"), QStringLiteral("/proc/handout.pdf")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/proc/handout.pdf cannot be written")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/handout.pdf")));
    }

    void theOutputFileIsRequiredAndOnlyUsedWithHandout() {
        Run r = run({QStringLiteral("--handout"), QStringLiteral("cost")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("-o FILE.pdf")), qPrintable(r.err));
        r = run({QStringLiteral("-o"), m_out.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("only used with --handout")));
    }
};

QTEST_GUILESS_MAIN(TestHandoutCommand)
#include "tst_handoutcommand.moc"
