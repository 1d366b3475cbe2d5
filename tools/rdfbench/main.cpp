// SPDX-License-Identifier: GPL-3.0-or-later
// rdfbench: export and import throughput of the RDF module on demo data.
//
//   rdfbench [--organisations N] [--syntax turtle|ntriples|trig|nquads] [--keep DIR]
//
// Creates a replica with N demo organisations (and the people, exchanges and
// events around them), exports it, imports the export into an empty replica,
// and prints statements per second, peak memory, and serdi's parse time of
// the same file when serdi is installed.
#include "demo/demodata.h"
#include "rdfexport.h"
#include "rdfimport.h"
#include "replica/replica.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

qint64 peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QString rate(qint64 count, qint64 ms)
{
    return QString::number(ms > 0 ? count * 1000 / ms : count);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"RDF export and import throughput on demo data"_s);
    parser.addHelpOption();
    const QCommandLineOption organisations(
        u"organisations"_s, u"Demo organisations (default 2000)."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption syntaxOption(u"syntax"_s, u"turtle, ntriples, trig or nquads."_s,
                                          u"S"_s, u"ntriples"_s);
    const QCommandLineOption keep(u"keep"_s, u"Work in DIR and keep the files."_s, u"DIR"_s);
    parser.addOptions({organisations, syntaxOption, keep});
    parser.process(app);
    QTextStream out(stdout);

    auto syntax = rdf::syntaxFromName(parser.value(syntaxOption));
    if (!syntax) {
        out << syntax.error().message << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    const QString extension = QStringList{u"ttl"_s, u"nt"_s, u"trig"_s, u"nq"_s}.at(int(*syntax));
    const QString file = dir + u"/export."_s + extension;
    QFile::remove(dir + u"/source.sqlite"_s);
    QFile::remove(dir + u"/target.sqlite"_s);

    auto source =
        Replica::create(dir + u"/source.sqlite"_s, {u"https://reseau.example.org"_s, u"Bench"_s});
    if (!source) {
        out << source.error().message << Qt::endl;
        return 1;
    }
    DemoOptions demo;
    demo.organisations = parser.value(organisations).toInt();
    QElapsedTimer timer;
    timer.start();
    auto created = generateDemoData(**source, demo);
    if (!created) {
        out << created.error().message << Qt::endl;
        return 1;
    }
    qint64 records = 0;
    for (int n : std::as_const(*created))
        records += n;
    out << "demo data: " << records << " records (" << demo.organisations << " organisations) in "
        << timer.elapsed() << " ms\n";

    rdf::ExportOptions exportOptions;
    exportOptions.syntax = *syntax;
    auto exported = rdf::RdfExporter(**source).exportToFile(file, exportOptions);
    if (!exported) {
        out << exported.error().message << Qt::endl;
        return 1;
    }
    out << "export (" << rdf::syntaxName(*syntax) << "): " << exported->statements
        << " statements, " << QFileInfo(file).size() / 1024 << " KiB in " << exported->elapsedMs
        << " ms = " << rate(exported->statements, exported->elapsedMs) << " statements/s\n";

    auto target =
        Replica::create(dir + u"/target.sqlite"_s, {u"https://reseau.example.org"_s, u"Bench"_s});
    rdf::ImportOptions importOptions;
    importOptions.syntax = *syntax;
    auto imported = rdf::RdfImporter(**target).importFile(file, importOptions);
    if (!imported) {
        out << imported.error().message << Qt::endl;
        return 1;
    }
    out << "import into an empty replica: " << imported->statements << " statements, "
        << imported->created << " records in " << imported->elapsedMs
        << " ms = " << rate(imported->statements, imported->elapsedMs) << " statements/s\n";

    auto again = rdf::RdfImporter(**target).importFile(file, importOptions);
    if (again)
        out << "re-import (all unchanged): " << again->elapsedMs
            << " ms = " << rate(again->statements, again->elapsedMs) << " statements/s\n";
    out << "peak memory of this process: " << peakMegabytes() << " MB\n";

    const QString serdi = QStandardPaths::findExecutable(u"serdi"_s);
    if (!serdi.isEmpty()) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        process.start(serdi, {u"-i"_s, rdf::syntaxName(*syntax), u"-o"_s, u"ntriples"_s, file});
        process.waitForFinished(-1);
        const qint64 ms = timer.elapsed();
        out << "serdi parse of the same file: " << ms << " ms = " << rate(exported->statements, ms)
            << " statements/s; import takes "
            << QString::number(double(imported->elapsedMs) / qMax<qint64>(ms, 1), 'f', 1)
            << "x serdi's time\n";
    }
    return 0;
}
