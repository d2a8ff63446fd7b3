#include "scriptfolder.h"

#include "textutil.h"

#include "plan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>

#include <fcntl.h>
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

ScriptFolderResult fail(ScriptFolderResult::Status status, ScriptFolderResult &result)
{
    result.status = status;
    result.written.clear();
    result.removed.clear();
    return result;
}

} // namespace

bool renameEntry(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

int writeNewFile(const QString &path, const QByteArray &content, int mode)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0700);
    if (fd < 0)
        return errno;
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n =
            ::write(fd, content.constData() + done, static_cast<size_t>(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : EIO;
            ::close(fd);
            return error;
        }
        done += n;
    }
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) {
        const int error = errno;
        ::close(fd);
        return error;
    }
    return ::close(fd) == 0 ? 0 : errno;
}

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

    // The new scripts, written beside the folder's entries (same file system: renamed in).
    QByteArray stagingTemplate = QFile::encodeName(dir.filePath(u".phw-export-XXXXXX"_qs));
    if (!::mkdtemp(stagingTemplate.data())) {
        result.error = Tr::tr("Cannot write into %1: %2. Nothing was written.")
                           .arg(folder, systemReason(errno));
        removeCreated();
        return fail(ScriptFolderResult::Status::Failure, result);
    }
    const QDir staging(QFile::decodeName(stagingTemplate));
    const auto removeStaging = [&staging] {
        QDir(staging).removeRecursively();
    };
    for (const ExportedScript &script : scripts) {
        const int error = writeNewFile(staging.filePath(script.fileName), script.content, 0755);
        if (error != 0) {
            result.error = Tr::tr("Cannot write %1: %2. Nothing was written.")
                               .arg(dir.filePath(script.fileName), systemReason(error));
            removeStaging();
            removeCreated();
            return fail(ScriptFolderResult::Status::Failure, result);
        }
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
        removeStaging();
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
        const QString reason = systemReason(errno);
        undo();
        result.error = Tr::tr("Cannot write the scripts into %1: %2. Nothing was changed.")
                           .arg(folder, reason);
        return fail(ScriptFolderResult::Status::Failure, result);
    }
    removeStaging();
    for (const QString &name : std::as_const(aside)) {
        if (!newNames.contains(name))
            result.removed.append(dir.filePath(name));
    }
    for (const QString &name : std::as_const(newNames))
        result.written.append(dir.filePath(name));
    return result;
}

ScriptFolderResult exportScripts(const Deployment &deployment, const QString &folder)
{
    return writeScriptFolder(folder, renderScripts(deployment, buildPlan(deployment)));
}

} // namespace phw
