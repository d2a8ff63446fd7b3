// Helpers shared by the engine test suites (header only: each suite is its own executable).
#pragma once

#include "deployment.h"
#include "i18n.h"
#include "plan.h"
#include "render.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace phwtest {

// The source tree (examples, golden files, fixtures), from the build.
inline QString sourceDir()
{
    return QStringLiteral(PHW_SOURCE_DIR);
}

inline QString examplePath(const QString &name)
{
    return sourceDir() + u"/examples/"_qs + name;
}

inline QString dataPath(const QString &name)
{
    return sourceDir() + u"/tests/engine/data/"_qs + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

// Same identity as app/main.cpp: the version appears in the exported scripts.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"publik-ha-wizard"_qs);
    QCoreApplication::setApplicationName(u"publik-ha-wizard"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHW_VERSION));
}

// A deployment known to be valid; aborts the test binary otherwise.
inline phw::Deployment loadValid(const QString &path)
{
    const phw::LoadResult r = phw::loadDeploymentFile(path);
    if (!r.ok() || phw::hasErrors(phw::validate(r.deployment)))
        qFatal("%s is not a valid deployment", qPrintable(path));
    return r.deployment;
}

inline QJsonObject exampleJson(const QString &name)
{
    return QJsonDocument::fromJson(readFile(examplePath(name))).object();
}

inline QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Runs a program to completion (no sleeps: waits on the process itself).
struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               const QString &workingDirectory = {}, const QByteArray &input = {})
{
    Run r;
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString problemsText(const QList<phw::Problem> &problems)
{
    QStringList lines;
    for (const phw::Problem &p : problems)
        lines.append((p.isError() ? u"E "_qs : u"W "_qs) + p.field + u": "_qs + p.message);
    return lines.join(u'\n');
}

} // namespace phwtest

namespace phwtest {

// Sets the value at a JSON path such as "hosts[1].address" or "database.components.combo.name"
// (an undefined value removes the key).
inline QJsonValue setPath(const QJsonValue &node, QStringView path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(1, close - 1).toInt();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray a = node.toArray();
        while (a.size() <= index)
            a.append(QJsonValue());
        a.replace(index, setPath(a.at(index), rest, value));
        return a;
    }
    qsizetype end = 0;
    while (end < path.size() && path.at(end) != u'.' && path.at(end) != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject o = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        o.remove(key);
    else
        o.insert(key, setPath(o.value(key), rest, value));
    return o;
}

inline QJsonObject withPath(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return setPath(root, path, value).toObject();
}

// Where each character of a sh script stands: code, inside '…', or in a comment.
enum class ShContext { Code, Single, Double, Comment };

inline QList<ShContext> shContexts(const QString &script)
{
    QList<ShContext> out(script.size(), ShContext::Code);
    ShContext state = ShContext::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        switch (state) {
        case ShContext::Code:
            if (c == u'\\') {
                out[i] = ShContext::Code;
                if (i + 1 < script.size())
                    out[++i] = ShContext::Code;
                continue;
            }
            if (c == u'\'') {
                state = ShContext::Single;
            } else if (c == u'"') {
                state = ShContext::Double;
            } else if (c == u'#' &&
                       (i == 0 || script.at(i - 1).isSpace() || script.at(i - 1) == u';')) {
                state = ShContext::Comment;
                out[i] = ShContext::Comment;
                continue;
            }
            out[i] = ShContext::Code;
            break;
        case ShContext::Single:
            if (c == u'\'') {
                state = ShContext::Code;
                out[i] = ShContext::Code;
            } else {
                out[i] = ShContext::Single;
            }
            break;
        case ShContext::Double:
            if (c == u'\\' && i + 1 < script.size()) {
                out[i] = ShContext::Double;
                out[++i] = ShContext::Double;
                continue;
            }
            out[i] = ShContext::Double;
            if (c == u'"')
                state = ShContext::Code;
            break;
        case ShContext::Comment:
            out[i] = ShContext::Comment;
            if (c == u'\n')
                state = ShContext::Code;
            break;
        }
    }
    return out;
}

// Empty when every occurrence of value in script is inside single quotes or a comment;
// otherwise the line of the first occurrence that is not.
inline QString unquotedOccurrence(const QString &script, const QList<ShContext> &contexts,
                                  const QString &value)
{
    if (value.isEmpty())
        return {};
    for (qsizetype at = script.indexOf(value); at >= 0; at = script.indexOf(value, at + 1)) {
        for (qsizetype i = at; i < at + value.size(); ++i) {
            if (contexts.at(i) != ShContext::Single && contexts.at(i) != ShContext::Comment) {
                const qsizetype start = script.lastIndexOf(u'\n', at) + 1;
                const qsizetype end = script.indexOf(u'\n', at);
                return script.mid(start, end < 0 ? -1 : end - start);
            }
        }
    }
    return {};
}

// Every string of a JSON document (keys and values).
inline void collectStrings(const QJsonValue &v, QStringList &out)
{
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectStrings(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.append(it.key());
            collectStrings(it.value(), out);
        }
    }
}

inline QString findExecutable(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace phwtest
