// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessreader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {
Q_LOGGING_CATEGORY(lcAccess, "org.pes.access")
} // namespace

AccessReader::AccessReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

QString AccessReader::workerPath() const
{
    if (!m_options.workerPath.isEmpty())
        return m_options.workerPath;
    const QString fromEnvironment = qEnvironmentVariable("PES_ACCESS_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString name = u"pes-access-worker"_s;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(name), here.filePath(u"../libexec/"_s + name),
                                     here.filePath(u"../lib/pes/"_s + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return name;
}

Status AccessReader::run(const QStringList &arguments,
                         const std::function<Status(const QJsonObject &line)> &onLine)
{
    QStringList args = arguments;
    if (!m_options.encoding.isEmpty())
        args << u"--encoding"_s << m_options.encoding;

    QProcess worker;
    worker.setProcessChannelMode(QProcess::SeparateChannels);
    worker.start(workerPath(), args, QIODevice::ReadOnly);
    if (!worker.waitForStarted(10000))
        return fail(Error::Code::Io, u"the Access reader (%1) cannot be started: %2"_s.arg(
                                         workerPath(), worker.errorString()));

    const QString file = arguments.value(1);
    QDeadlineTimer deadline(std::chrono::seconds(m_options.timeoutSeconds));
    std::optional<Error> failure;
    bool done = false;
    QByteArray stderrTail; // libmdb's complaints, kept short but read so its pipe never fills
    auto drain = [&]() {
        stderrTail = QByteArray(stderrTail + worker.readAllStandardError()).right(2048);
        while (!failure && worker.canReadLine()) {
            const QByteArray line = worker.readLine();
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            if (!document.isObject()) {
                failure = Error{
                    Error::Code::Parse,
                    u"the Access reader wrote something unreadable while reading %1"_s.arg(file)};
                break;
            }
            const QJsonObject object = document.object();
            const QString type = object.value(u"type"_s).toString();
            if (type == u"error") {
                QString message = object.value(u"message"_s).toString();
                if (!message.contains(file))
                    message = file + u": "_s + message;
                failure = Error{Error::Code(object.value(u"code"_s).toInt(int(Error::Code::Parse))),
                                message};
            } else if (type == u"done") {
                done = true;
            } else if (auto status = onLine(object); !status) {
                failure = status.error();
            }
        }
    };

    while (!failure && worker.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            worker.kill();
            worker.waitForFinished(5000);
            return fail(
                Error::Code::Io,
                u"reading %1 took longer than %2 s and was stopped: the file may be damaged"_s
                    .arg(file)
                    .arg(m_options.timeoutSeconds));
        }
        worker.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
        drain();
    }
    if (failure) {
        if (worker.state() != QProcess::NotRunning) {
            worker.kill();
            worker.waitForFinished(5000);
        }
        return std::unexpected(*failure);
    }
    worker.waitForFinished(5000);
    drain();
    if (failure)
        return std::unexpected(*failure);

    if (worker.exitStatus() == QProcess::CrashExit || !done) {
        const QString detail =
            QString::fromLocal8Bit(QByteArray(stderrTail + worker.readAllStandardError()))
                .trimmed()
                .right(300);
        qCWarning(lcAccess) << "Access worker failed on" << file << worker.exitStatus()
                            << worker.exitCode() << detail;
        return fail(Error::Code::Parse,
                    u"%1 could not be read to the end: the reader stopped (%2); the file is "
                    u"probably damaged%3"_s.arg(file,
                                                worker.exitStatus() == QProcess::CrashExit
                                                    ? u"it crashed"_s
                                                    : u"exit status %1"_s.arg(worker.exitCode()),
                                                detail.isEmpty() ? QString() : u": "_s + detail));
    }
    return {};
}

Result<AccessInspection> AccessReader::inspect(const QString &path)
{
    AccessInspection inspection;
    PES_TRY(run({u"inspect"_s, path}, [&](const QJsonObject &line) -> Status {
        addWorkerLine(inspection, line);
        return {};
    }));
    return inspection;
}

Status AccessReader::read(const QString &path, const QStringList &tables, const RowSink &sink,
                          qint64 limit)
{
    QStringList args{u"read"_s, path};
    for (const QString &table : tables)
        args << u"--table"_s << table;
    if (limit >= 0)
        args << u"--limit"_s << QString::number(limit);

    QString table;
    QStringList columns;
    qint64 number = 0;
    return run(args, [&](const QJsonObject &line) -> Status {
        const QString type = line.value(u"type"_s).toString();
        if (type == u"begin") {
            table = line.value(u"table"_s).toString();
            columns.clear();
            for (const QJsonValue &c : line.value(u"columns"_s).toArray())
                columns.append(c.toString());
            number = 0;
        } else if (type == u"row") {
            AccessRow row{++number, line.value(u"values"_s).toArray(),
                          line.value(u"issues"_s).toArray()};
            return sink(table, columns, row);
        }
        return {};
    });
}

} // namespace pes::access
