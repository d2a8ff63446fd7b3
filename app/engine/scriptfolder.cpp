#include "scriptfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScriptFolder)
};

// A regular file an earlier export wrote: its first lines say so, in either language.
bool isExportedScript(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(64).startsWith("#!/bin/sh\n# publik-ha-wizard ");
}

bool renameEntry(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

ScriptFolderResult fail(ScriptFolderResult::Status status, ScriptFolderResult &result)
{
    result.status = status;
    result.written.clear();
    result.removed.clear();
    return result;
}

} // namespace

bool isScriptFileName(const QString &name)
{
    static const QRegularExpression re(u"^[0-9]{2,}-.+\\.sh$"_qs);
    return re.match(name).hasMatch();
}

ScriptFolderResult writeScriptFolder(const QString &folder, const QList<ExportedScript> &scripts)
{
    ScriptFolderResult result;
    // Without its trailing '/', the path names a link itself rather than what it points to.
    const QString dirPath = QDir::cleanPath(folder);
    QStringList created; // folders this export created, deepest last
    const auto removeCreated = [&created] {
        for (auto it = created.crbegin(); it != created.crend(); ++it)
            QDir().rmdir(*it);
    };
    struct stat st = {};
    if (::lstat(QFile::encodeName(dirPath).constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode)) {
            result.error =
                Tr::tr("%1 is a symbolic link: the scripts are never written through one. "
                       "Give the folder itself.")
                    .arg(folder);
            return fail(ScriptFolderResult::Status::BadInput, result);
        }
        if (!S_ISDIR(st.st_mode)) {
            result.error = Tr::tr("%1 exists and is not a folder.").arg(folder);
            return fail(ScriptFolderResult::Status::Failure, result);
        }
    } else {
        for (QString p = dirPath; !p.isEmpty() && !QFileInfo::exists(p) && p != u"/";
             p = QFileInfo(p).path())
            created.prepend(p);
        if (!QDir().mkpath(dirPath)) {
            result.error = Tr::tr("Cannot create the folder %1.").arg(folder);
            removeCreated();
            return fail(ScriptFolderResult::Status::Failure, result);
        }
    }
    const QDir dir(dirPath);
    QStringList newNames;
    for (const ExportedScript &s : scripts)
        newNames.append(s.fileName);

    // What an earlier export left: its scripts and links go (moved aside first); anything
    // else named like a script stops the export before a file is written.
    QStringList aside;
    const QStringList entries = dir.entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : entries) {
        if (!isScriptFileName(name) && !newNames.contains(name))
            continue;
        const QString path = dir.filePath(name);
        struct stat est = {};
        if (::lstat(QFile::encodeName(path).constData(), &est) != 0)
            continue;
        if (S_ISLNK(est.st_mode) || (S_ISREG(est.st_mode) && isExportedScript(path))) {
            aside.append(name);
            continue;
        }
        if (S_ISREG(est.st_mode))
            result.error =
                Tr::tr("%1 was not written by publik-ha-wizard, and a '*.sh' pattern on the "
                       "folder would run it with the scripts: move it away or export into "
                       "another folder. Nothing was written.")
                    .arg(path);
        else
            result.error =
                Tr::tr("%1 is in the way (it is not a file): remove it or export into another "
                       "folder. Nothing was written.")
                    .arg(path);
        removeCreated();
        return fail(ScriptFolderResult::Status::Failure, result);
    }

    QTemporaryDir staging(dir.filePath(u".phw-export-XXXXXX"_qs));
    if (!staging.isValid()) {
        result.error = Tr::tr("Cannot write into %1: %2. Nothing was written.")
                           .arg(folder, staging.errorString());
        removeCreated();
        return fail(ScriptFolderResult::Status::Failure, result);
    }
    for (const ExportedScript &script : scripts) {
        QFile f(staging.filePath(script.fileName));
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            f.write(script.content) != script.content.size() || !f.flush() ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOther)) {
            result.error = Tr::tr("Cannot write %1: %2. Nothing was written.")
                               .arg(dir.filePath(script.fileName), f.errorString());
            f.close();
            staging.remove();
            removeCreated();
            return fail(ScriptFolderResult::Status::Failure, result);
        }
        f.close();
    }

    // The earlier scripts aside, then the new ones in; on a failure, back as they were.
    const QString old = staging.filePath(u"old"_qs);
    QStringList movedAside;
    QStringList movedIn;
    const auto undo = [&] {
        for (const QString &name : std::as_const(movedIn))
            ::unlink(QFile::encodeName(dir.filePath(name)).constData());
        for (const QString &name : std::as_const(movedAside))
            renameEntry(old + u'/' + name, dir.filePath(name));
        staging.remove();
        removeCreated();
    };
    bool ok = aside.isEmpty() || QDir().mkdir(old);
    for (qsizetype i = 0; ok && i < aside.size(); ++i) {
        ok = renameEntry(dir.filePath(aside.at(i)), old + u'/' + aside.at(i));
        if (ok)
            movedAside.append(aside.at(i));
    }
    for (qsizetype i = 0; ok && i < newNames.size(); ++i) {
        ok = renameEntry(staging.filePath(newNames.at(i)), dir.filePath(newNames.at(i)));
        if (ok)
            movedIn.append(newNames.at(i));
    }
    if (!ok) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        undo();
        result.error = Tr::tr("Cannot write the scripts into %1: %2. Nothing was changed.")
                           .arg(folder, reason);
        return fail(ScriptFolderResult::Status::Failure, result);
    }
    staging.remove();
    for (const QString &name : std::as_const(aside)) {
        if (!newNames.contains(name))
            result.removed.append(dir.filePath(name));
    }
    for (const QString &name : std::as_const(newNames))
        result.written.append(dir.filePath(name));
    return result;
}

} // namespace phw
