// SPDX-License-Identifier: GPL-3.0-or-later
// pes-desktop-bench: measures, on a replica (ideally 200,000 demo organisations),
// the cold start of pes-desktop to its first populated frame, the time from a
// keystroke in the search field to the results on screen, and resident memory.
#include "benchfigures.h"
#include "localization.h"
#include "recordlistmodel.h"
#include "replicasession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(org_pes_desktopPlugin)

using namespace Qt::StringLiterals;
using namespace pes::desktop;
using namespace pes::bench;

namespace {

QTextStream out(stdout);

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void coldStart(const QString &replica, int runs)
{
    QList<double> inside, outside;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QCoreApplication::applicationDirPath() + u"/pes-desktop"_s,
                      {u"--replica"_s, replica, u"--startup-probe"_s});
        // Timed when the probe prints its line (the first populated frame),
        // not when the process has shut down.
        QByteArray printedBytes;
        while (!printedBytes.contains('\n') && process.waitForReadyRead(60000))
            printedBytes += process.readAllStandardOutput();
        outside.append(double(timer.elapsed()));
        if (!process.waitForFinished(60000)) {
            out << "cold start: pes-desktop did not finish\n";
            process.kill();
            return;
        }
        printedBytes += process.readAllStandardOutput();
        const QString printed = QString::fromUtf8(printedBytes);
        const qsizetype at = printed.indexOf(u"first-frame "_s);
        if (at >= 0)
            inside.append(printed.mid(at + 12).trimmed().toDouble());
    }
    out << "cold start to first populated frame, " << runs << " runs (ms):\n"
        << "  whole process (exec to frame): median " << percentile(outside, 0.5) << ", max "
        << percentile(outside, 1.0) << "\n"
        << "  from main(): median " << percentile(inside, 0.5) << ", max "
        << percentile(inside, 1.0) << "\n"
        << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(u"PES-bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption replicaOption(u"replica"_s, u"The replica to measure."_s, u"PATH"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Cold starts to time."_s, u"N"_s, u"5"_s);
    parser.addOptions({replicaOption, runsOption});
    parser.process(app);
    const QString path = parser.value(replicaOption);

    ReplicaSession session;
    if (!session.openReplica(path)) {
        out << "cannot open the replica: " << session.errorMessage() << "\n" << Qt::flush;
        return 1;
    }
    auto organisations = session.replica()->count({.kinds = {pes::Kind::Organisation}});
    out << "replica " << path << ": " << organisations.value_or(-1) << " organisations\n";

    coldStart(path, parser.value(runsOption).toInt());

    Localization localization;
    localization.apply();
    QQmlApplicationEngine engine; // declared after the session: destroyed before it
    engine.setInitialProperties({{u"session"_s, QVariant::fromValue(&session)},
                                 {u"localization"_s, QVariant::fromValue(&localization)}});
    engine.loadFromModule("org.pes.desktop", "Main");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QMetaObject::invokeMethod(window, "showView", Q_ARG(QVariant, u"organisations"_s));
    if (!waitFor([&] { return window->property("populated").toBool(); })) {
        out << "the list never showed rows\n";
        return 1;
    }
    auto *model = window->findChild<RecordListModel *>(u"mainListModel"_s);
    QMetaObject::invokeMethod(window, "focusSearch");

    // Keystroke to the first frame that shows the new results, typing words
    // one letter at a time as a person would, then clearing the field.
    const QStringList words = {u"association"_s, u"marseille"_s, u"jardin"_s, u"recyclerie"_s,
                               u"coop"_s,        u"avignon"_s,   u"bio"_s,    u"cafe"_s,
                               u"solidaire"_s,   u"toulon"_s};
    QList<double> latencies;
    QList<double> queries; // keystroke to rows in the model, before painting
    int frames = 0;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&] { ++frames; }, Qt::QueuedConnection);
    for (const QString &word : words) {
        for (const QChar c : word) {
            bool shown = false;
            auto connection = QObject::connect(model, &RecordListModel::resultsShown, model,
                                               [&] { shown = true; });
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(window, c.toLatin1());
            const bool ok = waitFor([&] { return shown; }, 10000);
            QObject::disconnect(connection);
            if (ok)
                queries.append(double(timer.nsecsElapsed()) / 1e6);
            const int seen = frames;
            window->update();
            waitFor([&] { return frames > seen; }, 2000);
            if (ok)
                latencies.append(double(timer.nsecsElapsed()) / 1e6);
        }
        QTest::keyClick(window, 'a', Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Backspace);
        waitFor([&] { return model->text().isEmpty() && !model->loading(); });
    }
    out << "keystroke to results shown, " << latencies.size() << " keystrokes (ms): median "
        << percentile(latencies, 0.5) << ", p95 " << percentile(latencies, 0.95) << ", max "
        << percentile(latencies, 1.0) << "\n"
        << "  of which keystroke to rows in the model: median " << percentile(queries, 0.5)
        << ", p95 " << percentile(queries, 0.95) << "\n"
        << Qt::flush;

    // Scroll through 50 pages, then read the resident memory.
    for (int page = 0; page < 50 && model->canFetchMore({}); ++page) {
        model->fetchMore({});
        waitFor([&] { return !model->loading(); });
    }
    out << "rows loaded after scrolling: " << model->rowCount() << "\n" << Qt::flush;
    out << "resident memory: " << residentKiB() / 1024 << " MiB\n";
    return 0;
}
