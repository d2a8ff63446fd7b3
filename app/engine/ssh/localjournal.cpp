#include "localjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace phw {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

QString stateLabel(const QString &state)
{
    if (state == u"running")
        return Tr::tr("running (or interrupted)");
    if (state == u"done")
        return Tr::tr("applied");
    if (state == u"already-done")
        return Tr::tr("already done before");
    if (state == u"failed")
        return Tr::tr("failed");
    if (state == u"interrupted")
        return Tr::tr("interrupted");
    if (state == u"rolled-back")
        return Tr::tr("rolled back");
    if (state == u"ok")
        return Tr::tr("succeeded");
    return state;
}
} // namespace

QString LocalJournal::defaultPath(const QString &deployment)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/publik-ha-wizard/"_qs + deployment + u"/journal.json"_qs;
}

LocalJournal::LocalJournal(QString path)
    : m_path(std::move(path))
{
}

QString LocalJournal::now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

bool LocalJournal::load(QString *error)
{
    QFile f(m_path);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return false;
    }
    const QJsonObject o = doc.object();
    deployment = o.value(u"deployment").toString();
    hosts.clear();
    for (const QJsonValue &v : o.value(u"hosts").toArray()) {
        const QJsonObject h = v.toObject();
        Host host;
        host.name = h.value(u"name").toString();
        host.address = h.value(u"address").toString();
        host.port = h.value(u"port").toInt(22);
        host.user = h.value(u"user").toString(u"root"_qs);
        host.sudo = h.value(u"sudo").toBool();
        const QString auth = h.value(u"auth").toString();
        host.auth = auth == u"key"        ? AuthMethod::Key
                    : auth == u"password" ? AuthMethod::Password
                                          : AuthMethod::Agent;
        host.keyFile = h.value(u"key_file").toString();
        host.role =
            h.value(u"role").toString() == u"primary" ? HostRole::Primary : HostRole::Secondary;
        hosts.append(host);
    }
    steps.clear();
    for (const QJsonValue &v : o.value(u"steps").toArray()) {
        const QJsonObject s = v.toObject();
        steps.append({s.value(u"host").toString(), s.value(u"step").toString(),
                      s.value(u"title").toString(), s.value(u"state").toString(),
                      s.value(u"exit").toInt(-1), s.value(u"started").toString(),
                      s.value(u"ended").toString(), s.value(u"message").toString()});
    }
    runs.clear();
    for (const QJsonValue &v : o.value(u"runs").toArray()) {
        const QJsonObject r = v.toObject();
        runs.append({r.value(u"mode").toString(), r.value(u"by").toString(),
                     r.value(u"started").toString(), r.value(u"ended").toString(),
                     r.value(u"result").toString(), r.value(u"message").toString()});
    }
    return true;
}

bool LocalJournal::save(QString *error) const
{
    QJsonObject o;
    o.insert(u"format"_qs, 1);
    o.insert(u"deployment"_qs, deployment);
    QJsonArray hs;
    for (const Host &h : hosts) {
        hs.append(QJsonObject{{u"name"_qs, h.name},
                              {u"address"_qs, h.address},
                              {u"port"_qs, h.port},
                              {u"user"_qs, h.user},
                              {u"sudo"_qs, h.sudo},
                              {u"auth"_qs, authName(h.auth)},
                              {u"key_file"_qs, h.keyFile},
                              {u"role"_qs, roleName(h.role)}});
    }
    o.insert(u"hosts"_qs, hs);
    QJsonArray ss;
    for (const JournalStep &s : steps) {
        ss.append(QJsonObject{{u"host"_qs, s.host},
                              {u"step"_qs, s.step},
                              {u"title"_qs, s.title},
                              {u"state"_qs, s.state},
                              {u"exit"_qs, s.exitCode},
                              {u"started"_qs, s.started},
                              {u"ended"_qs, s.ended},
                              {u"message"_qs, s.message}});
    }
    o.insert(u"steps"_qs, ss);
    QJsonArray rs;
    for (const JournalRun &r : runs) {
        rs.append(QJsonObject{{u"mode"_qs, r.mode},
                              {u"by"_qs, r.by},
                              {u"started"_qs, r.started},
                              {u"ended"_qs, r.ended},
                              {u"result"_qs, r.result},
                              {u"message"_qs, r.message}});
    }
    o.insert(u"runs"_qs, rs);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = Tr::tr("cannot create the folder of %1").arg(m_path);
        return false;
    }
    QSaveFile f(m_path);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void LocalJournal::rememberHost(const Host &host)
{
    for (Host &h : hosts) {
        if (h.name == host.name) {
            h = host;
            return;
        }
    }
    hosts.append(host);
}

JournalStep &LocalJournal::step(const QString &host, const QString &id)
{
    for (JournalStep &s : steps) {
        if (s.host == host && s.step == id)
            return s;
    }
    JournalStep s;
    s.host = host;
    s.step = id;
    steps.append(s);
    return steps.last();
}

const JournalStep *LocalJournal::findStep(const QString &host, const QString &id) const
{
    for (const JournalStep &s : steps) {
        if (s.host == host && s.step == id)
            return &s;
    }
    return nullptr;
}

QString LocalJournal::renderText() const
{
    QString out;
    if (steps.isEmpty() && runs.isEmpty()) {
        out += Tr::tr("Journal %1: nothing was run for this deployment from this machine.")
                   .arg(m_path) +
               u'\n';
        return out;
    }
    out += Tr::tr("Journal of deployment %1 (%2)").arg(deployment, m_path) + u'\n';
    if (!runs.isEmpty()) {
        const JournalRun &r = runs.last();
        out += Tr::tr("Last run: %1 by %2, started %3, ended %4: %5")
                   .arg(r.mode, r.by, r.started, r.ended.isEmpty() ? u"-"_qs : r.ended,
                        stateLabel(r.result)) +
               u'\n';
        if (!r.message.isEmpty())
            out += u"  "_qs + QString(r.message).replace(u'\n', u"\n  "_qs) + u'\n';
    }
    for (const Host &h : hosts) {
        out += u'\n' +
               Tr::tr("%1 (%2, %3@%4:%5)")
                   .arg(h.name, roleName(h.role), h.user, h.address)
                   .arg(h.port) +
               u'\n';
        for (const JournalStep &s : steps) {
            if (s.host != h.name)
                continue;
            QString line = u"  "_qs + s.step + u": "_qs + stateLabel(s.state);
            if (!s.ended.isEmpty())
                line += u" ("_qs + s.ended + u')';
            if (s.state == u"failed" && s.exitCode >= 0)
                line += u" — "_qs + Tr::tr("exit status %1").arg(s.exitCode);
            out += line + u'\n';
            if (!s.message.isEmpty() && s.state == u"failed")
                out += u"    "_qs + s.message + u'\n';
        }
    }
    return out;
}

QStringList LocalJournal::differencesWith(const QString &host, const QStringList &hostJournal) const
{
    QStringList doneThere;
    QString open; // the last frame, when it is a "begin" without its "done"
    for (const QString &line : hostJournal) {
        if (line.startsWith(u"done ")) {
            const QString id = line.mid(5).trimmed();
            if (!doneThere.contains(id))
                doneThere.append(id);
            open.clear();
        } else if (line.startsWith(u"begin ")) {
            open = line.mid(6).trimmed();
        }
    }
    QStringList doneHere;  // applied by this machine
    QStringList knownHere; // applied, or found done already
    for (const JournalStep &s : steps) {
        if (s.host != host)
            continue;
        if (s.state == u"done")
            doneHere.append(s.step);
        if (s.state == u"done" || s.state == u"already-done")
            knownHere.append(s.step);
    }
    QStringList onlyThere, onlyHere;
    for (const QString &id : std::as_const(doneThere)) {
        if (!knownHere.contains(id))
            onlyThere.append(id);
    }
    for (const QString &id : std::as_const(doneHere)) {
        if (!doneThere.contains(id))
            onlyHere.append(id);
    }
    QStringList out;
    if (!onlyThere.isEmpty())
        out.append(Tr::tr("done on %1 but not recorded here as applied (applied by an exported "
                          "script or from another machine?): %2")
                       .arg(host, onlyThere.join(u", "_qs)));
    if (!onlyHere.isEmpty())
        out.append(Tr::tr("recorded here as applied but absent from %1's journal (rolled back "
                          "there, or the host reinstalled?): %2")
                       .arg(host, onlyHere.join(u", "_qs)));
    if (!open.isEmpty())
        out.append(Tr::tr("step %1 began on %2 and did not finish (interrupted, or still "
                          "running): the next apply undoes what it did and runs it again")
                       .arg(open, host));
    return out;
}

} // namespace phw
