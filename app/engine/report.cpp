#include "report.h"

#include "handover.h"
#include "textutil.h"

#include <QCoreApplication>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString outcomeLabel(const QString &state)
{
    if (state == u"done")
        return Tr::tr("done");
    if (state == u"already-done")
        return Tr::tr("already done");
    if (state == u"failed")
        return Tr::tr("failed");
    if (state == u"rolled-back")
        return Tr::tr("undone (rollback)");
    if (state == u"interrupted")
        return Tr::tr("interrupted");
    if (state == u"running")
        return Tr::tr("started, not finished");
    return state;
}

// Who ran it: "user@machine" of the runner's lock holder ("user@machine pid N TIME").
QString person(const QString &by)
{
    return by.section(u" pid "_qs, 0, 0).trimmed();
}

QString when(const QString &iso, const QLocale &locale)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return {};
    return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
}

// Where the share comes from, as an example: the Publik folder's parent on "nfs-server".
QList<ReportManualTask> manualTasks(const Deployment &d)
{
    QList<ReportManualTask> out;
    QStringList names;
    for (const Host &h : d.orderedHosts())
        names.append(h.name + u" ("_qs + h.address + u')');

    ReportManualTask haproxy;
    haproxy.id = u"haproxy"_qs;
    haproxy.title = Tr::tr("HAProxy (the client's front end)");
    haproxy.items = {
        Tr::tr("Add the backend below to the HAProxy configuration, with every host: %1.")
            .arg(names.join(u", "_qs)),
        Tr::tr("Replace publik.example.org in the health check with one of the tenants' "
               "names; check the configuration (haproxy -c), then reload HAProxy."),
        Tr::tr("Check that every host is up in HAProxy's statistics, then stop one host's "
               "nginx and check that the sites still answer."),
    };
    haproxy.listing = QString::fromUtf8(renderHaproxySection(d));
    out.append(haproxy);

    ReportManualTask sql;
    sql.id = u"postgresql"_qs;
    sql.title = Tr::tr("PostgreSQL (the client's database cluster %1, port %2)")
                    .arg(d.database.host)
                    .arg(d.database.port);
    sql.items = {
        Tr::tr("Have the roles and databases below created (export --sql), the passwords given "
               "as psql variables (-v), never written down."),
        Tr::tr("Allow the hosts %1 in pg_hba.conf (scram-sha-256), then reload PostgreSQL.")
            .arg(names.join(u", "_qs)),
        Tr::tr("Check the connection of each component from each host (the preflight does it)."),
    };
    sql.listing = QString::fromUtf8(renderDatabaseSql(d));
    out.append(sql);

    ReportManualTask nfs;
    nfs.id = u"nfs"_qs;
    nfs.title = Tr::tr("NFS share (the client's file server)");
    nfs.items = {
        Tr::tr("Export the share in NFSv4 to every host, root allowed (no_root_squash: the "
               "installation moves root's files there)."),
        Tr::tr("Mount it on every host at %1, at boot (/etc/fstab), with the options below; "
               "check with findmnt %1.")
            .arg(d.nfs.mount),
        Tr::tr("Check that the Publik folder %1 is on the share and that the share has the "
               "space the data needs.")
            .arg(d.nfs.publikDir),
    };
    QString listing = Tr::tr("# /etc/exports on the NFS server (path to adapt):") + u'\n';
    QStringList clients;
    for (const Host &h : d.orderedHosts())
        clients.append(h.address + u"(rw,sync,no_subtree_check,no_root_squash)"_qs);
    listing += u"/export/publik \\\n    "_qs + clients.join(u" \\\n    "_qs) + u'\n';
    listing += Tr::tr("# /etc/fstab on every host:") + u'\n';
    listing += u"nfs-server:/export/publik  "_qs + d.nfs.mount +
               u"  nfs4  rw,hard,proto=tcp,noatime,_netdev  0  0\n"_qs;
    nfs.listing = listing;
    out.append(nfs);

    ReportManualTask dns;
    dns.id = u"dns"_qs;
    dns.title = Tr::tr("DNS");
    dns.items = {
        Tr::tr("Point every tenant's name (portal, back office, identity provider, forms…) to "
               "HAProxy, not to one host."),
        Tr::tr("Lower the names' TTL a day before switching, raise it again afterwards."),
    };
    out.append(dns);

    ReportManualTask tenants;
    tenants.id = u"tenants"_qs;
    tenants.title = Tr::tr("Tenants (hobo)");
    tenants.items = {
        Tr::tr("Deploy the tenants with hobo on the primary host only (hobo-manage cook "
               "RECIPE.json): their files are on the share, every host serves them."),
        Tr::tr("Check each tenant through HAProxy, then on each host directly."),
    };
    out.append(tenants);
    return out;
}

} // namespace

int Report::stepCount() const
{
    int n = 0;
    for (const ReportHost &h : hosts)
        n += static_cast<int>(h.steps.size());
    return n;
}

QLocale reportLocale(const QString &language)
{
    return language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                             : QLocale(QLocale::French, QLocale::France);
}

QStringList stoppedServices(const Step &step)
{
    // The plan's own data (set where the step is built), never read back from shell text.
    QStringList out;
    for (const ServiceInterruption &i : step.interruptions) {
        if (i.kind == ServiceInterruption::Kind::Stop && !out.contains(i.service))
            out.append(i.service);
    }
    return out;
}

Report buildReport(const Deployment &d, const Plan &plan, const ReportInputs &in)
{
    Report r;
    r.language = in.language == u"en" ? u"en"_qs : u"fr"_qs;
    const QLocale locale = reportLocale(r.language);
    r.title = Tr::tr("Publik high availability — checklist");
    r.deployment = d.name;
    r.date = locale.toString(in.date.date(), QLocale::LongFormat);
    r.operatorName = in.operatorName;
    // No name given: the one who ran the plan last from this machine.
    if (r.operatorName.isEmpty() && in.journal && !in.journal->runs.isEmpty())
        r.operatorName = person(in.journal->runs.constLast().by);
    r.version = in.version;

    const bool journalKnown = in.journal && !in.journal->steps.isEmpty();
    // After a complete rollback, a step found done before the installation is still there:
    // the rollback undoes what the tool did, nothing else.
    const bool afterRollback = in.journal && !in.journal->runs.isEmpty() &&
                               in.journal->runs.constLast().mode == u"rollback" &&
                               in.journal->runs.constLast().result == u"ok";
    for (const Host &h : d.orderedHosts()) {
        ReportHost rh;
        rh.name = h.name;
        rh.address = h.address;
        rh.primary = h.role == HostRole::Primary;
        rh.role = rh.primary ? Tr::tr("primary host") : Tr::tr("secondary host");
        const QList<Step> steps = plan.stepsFor(h.name);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Step &s = steps.at(i);
            ReportStep rs;
            rs.number = static_cast<int>(i + 1);
            rs.count = static_cast<int>(steps.size());
            rs.id = s.id;
            rs.title = s.title;
            rs.procedure = s.procedure;
            rs.stoppedServices = stoppedServices(s);
            if (journalKnown) {
                if (const JournalStep *js = in.journal->findStep(h.name, s.id)) {
                    rs.state = js->state;
                    rs.stateLabel = afterRollback && js->state == u"already-done"
                                        ? Tr::tr("left in place")
                                        : outcomeLabel(js->state);
                    rs.when = when(js->ended.isEmpty() ? js->started : js->ended, locale);
                    rs.message = js->message;
                }
            }
            if (!rs.stoppedServices.isEmpty())
                r.interruptions.append({h.name, rs.number, rs.title, rs.stoppedServices});
            rh.steps.append(rs);
        }
        r.hosts.append(rh);
    }

    for (const Account &a : d.accounts)
        r.accounts.append({a.user, a.uid, a.gid, d.homeOf(a)});
    r.databaseHost = d.database.host;
    r.databasePort = d.database.port;
    for (const DatabaseGrant &g : databaseGrants(d))
        r.databases.append({g.component, g.database, g.role, g.passwordVariable, g.createDb});
    r.shareMount = d.nfs.mount;
    r.publikDir = d.nfs.publikDir;

    if (in.preflight) {
        r.preflightKnown = true;
        for (const PreflightItem &p : *in.preflight) {
            ReportFinding f;
            f.host = p.host;
            f.blocking = p.severity == PreflightItem::Severity::Blocking;
            f.severity = f.blocking                                       ? Tr::tr("blocking")
                         : p.severity == PreflightItem::Severity::Warning ? Tr::tr("warning")
                                                                          : Tr::tr("information");
            f.message = p.message;
            f.hint = p.hint;
            r.findings.append(f);
        }
    }

    if (in.journal && (!in.journal->runs.isEmpty() || journalKnown)) {
        r.runHappened = true;
        if (!in.journal->runs.isEmpty()) {
            const JournalRun &last = in.journal->runs.last();
            const QString at = when(last.ended.isEmpty() ? last.started : last.ended, locale);
            const QString by = person(last.by);
            const bool ok = last.result == u"ok";
            if (last.mode == u"rollback") {
                r.rolledBack = ok;
                r.runSummary = ok ? Tr::tr("Rolled back on %1 by %2: the applied steps were "
                                           "undone on every host.")
                                        .arg(at, by)
                                  : Tr::tr("Rollback of %1 by %2 not complete (%3): see the "
                                           "steps below.")
                                        .arg(at, by, last.message);
            } else if (ok) {
                r.runSummary =
                    Tr::tr("Installation finished on %1 by %2: every step is done on every host.")
                        .arg(at, by);
            } else if (last.result == u"running") {
                r.runSummary =
                    Tr::tr("Run started on %1 by %2, not finished (interrupted?).").arg(at, by);
            } else if (last.result == u"interrupted") {
                // Stopped by the operator (the window closed, Ctrl-C): not a failure.
                r.runSummary =
                    Tr::tr("Run of %1 by %2 stopped before its end: %3").arg(at, by, last.message);
            } else {
                r.runSummary = Tr::tr("Run of %1 by %2 failed: %3").arg(at, by, last.message);
            }
        }
    }
    r.manualTasks = manualTasks(d);
    return r;
}

} // namespace phw
