// The plan: stable step ids in the procedure's order, on the right hosts, complete steps.
#include "testutil.h"

#include "textutil.h"

#include <QJsonArray>
#include <QSet>

using namespace phw;
using namespace phwtest;

namespace {

const QStringList kComponents = {u"hobo"_qs,  u"hobo-agent"_qs, u"authentic2-multitenant"_qs,
                                 u"wcs"_qs,   u"passerelle"_qs, u"combo"_qs,
                                 u"fargo"_qs, u"chrono"_qs,     u"bijoe"_qs};
const QStringList kDjango = {u"hobo"_qs,       u"authentic2-multitenant"_qs,
                             u"passerelle"_qs, u"combo"_qs,
                             u"fargo"_qs,      u"chrono"_qs,
                             u"bijoe"_qs};
const QStringList kUsers = {u"hobo"_qs,   u"authentic-multitenant"_qs,
                            u"wcs"_qs,    u"passerelle"_qs,
                            u"combo"_qs,  u"fargo"_qs,
                            u"chrono"_qs, u"bijoe"_qs};

QStringList prefixed(const QString &prefix, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(prefix + n);
    return out;
}

// The seed's steps, in the procedure's order: the ids are a promise (journal, docs, golden).
QStringList primarySteps()
{
    return prefixed(u"accounts."_qs, kUsers) + prefixed(u"database."_qs, kDjango) +
           QStringList{u"packages.primary"_qs, u"share.folders"_qs} +
           prefixed(u"share."_qs, kComponents) +
           QStringList{u"share.nginx"_qs, u"share.www"_qs, u"share.apt"_qs, u"packages.record"_qs,
                       u"systemd.requires-mounts"_qs};
}

QStringList secondarySteps()
{
    return prefixed(u"accounts."_qs, kUsers) + prefixed(u"attach."_qs, kComponents) +
           QStringList{u"attach.nginx"_qs,
                       u"attach.www"_qs,
                       u"attach.apt"_qs,
                       u"packages.secondary"_qs,
                       u"packages.from-primary"_qs,
                       u"crons.disable"_qs,
                       u"systemd.requires-mounts"_qs};
}

QStringList allSteps()
{
    QStringList out = primarySteps();
    out.removeLast();
    out += secondarySteps().mid(kUsers.size());
    return out;
}

QStringList ids(const QList<Step> &steps)
{
    QStringList out;
    for (const Step &s : steps)
        out.append(s.id);
    return out;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        installTranslations(u"fr"_qs);
    }

    void order_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs)
                              << QStringList{u"web1"_qs, u"web2"_qs};
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs)
                                    << QStringList{u"web1"_qs, u"web2"_qs, u"web3"_qs, u"web4"_qs};
    }

    void order()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        const Deployment d = loadValid(file);
        const Plan plan = buildPlan(d);
        QCOMPARE(plan.hostOrder, hosts);
        QCOMPARE(plan.deployment, d.name);
        QCOMPARE(ids(plan.steps), allSteps());
        QCOMPARE(ids(plan.stepsFor(hosts.first())), primarySteps());
        QCOMPARE(plan.roles.value(hosts.first()), HostRole::Primary);
        for (const QString &h : hosts.mid(1)) {
            QCOMPARE(ids(plan.stepsFor(h)), secondarySteps());
            QCOMPARE(plan.roles.value(h), HostRole::Secondary);
        }
        // Built twice, the same plan.
        const Plan again = buildPlan(d);
        QCOMPARE(ids(again.steps), ids(plan.steps));
        for (qsizetype i = 0; i < plan.steps.size(); ++i)
            QCOMPARE(again.steps.at(i), plan.steps.at(i));
    }

    void stepsAreComplete_data() { order_data(); }

    void stepsAreComplete()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        const Plan plan = buildPlan(loadValid(file));
        QSet<QString> seen;
        for (const Step &s : plan.steps) {
            QVERIFY2(!seen.contains(s.id), qPrintable(s.id));
            seen.insert(s.id);
            QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.procedure.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.hosts.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.check.isEmpty() && s.check != u"false", qPrintable(s.id));
            QVERIFY2(!s.apply.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.undo.isEmpty(), qPrintable(s.id));
            QVERIFY2(s.reversible, qPrintable(s.id));
            for (const QString &h : s.hosts)
                QVERIFY(hosts.contains(h));
            // Hosts in run order.
            QStringList sorted = s.hosts;
            std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
                return hosts.indexOf(a) < hosts.indexOf(b);
            });
            QCOMPARE(s.hosts, sorted);
            for (const FileSpec &f : s.files) {
                QVERIFY(isSafeAbsolutePath(f.path));
                QVERIFY(!f.owner.isEmpty() && !f.group.isEmpty());
                QVERIFY(!f.content.isEmpty());
            }
        }
    }

    void hostsOfSteps()
    {
        const Deployment d = loadValid(examplePath(u"four-hosts.json"_qs));
        const Plan plan = buildPlan(d);
        const QStringList all = {u"web1"_qs, u"web2"_qs, u"web3"_qs, u"web4"_qs};
        const QStringList secondaries = all.mid(1);
        for (const Step &s : plan.steps) {
            const QString kind = s.id.section(u'.', 0, 0);
            if (kind == u"accounts" || kind == u"systemd")
                QCOMPARE(s.hosts, all);
            else if (kind == u"attach" || kind == u"crons" || s.id == u"packages.secondary" ||
                     s.id == u"packages.from-primary")
                QCOMPARE(s.hosts, secondaries);
            else
                QCOMPARE(s.hosts, QStringList{u"web1"_qs});
        }
        // database.* only for the Django components: not w.c.s., not hobo-agent.
        QVERIFY(!plan.step(u"database.wcs"_qs));
        QVERIFY(!plan.step(u"database.hobo-agent"_qs));
        for (const QString &c : kDjango)
            QVERIFY2(plan.step(u"database."_qs + c), qPrintable(c));
        // Accounts: one per account, on every host, with its ids.
        for (const Account &a : d.accounts) {
            const Step *s = plan.step(u"accounts."_qs + a.user);
            QVERIFY(s);
            QCOMPARE(s->hosts, all);
            QVERIFY(s->check.contains(
                QStringLiteral("phw_has_account %1 %2 %3").arg(a.user).arg(a.uid).arg(a.gid)));
        }
    }

    void databaseFiles()
    {
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        const Plan plan = buildPlan(d);
        for (const QString &c : kDjango) {
            const Step *s = plan.step(u"database."_qs + c);
            QVERIFY(s);
            QCOMPARE(s->files.size(), 1);
            const FileSpec &f = s->files.first();
            QCOMPARE(f.path, u"/etc/"_qs + c + u"/settings.d/macollectivite.py"_qs);
            QCOMPARE(f.owner, u"root"_qs);
            QCOMPARE(f.group, d.component(c).user);
            QCOMPARE(f.mode, 0640);
            QCOMPARE(f.modeString(), u"0640"_qs);
            QCOMPARE(f.secrets(), QStringList{passwordVariable(c)});
            QCOMPARE(s->secrets(), QStringList{passwordVariable(c)});
            const QString masked = f.maskedContent();
            QVERIFY(masked.contains(u"«"_qs + passwordVariable(c) + u"»"_qs));
            QVERIFY(masked.contains(u"DATABASES[\"default\"][\"HOST\"] = \"sql-prod\""_qs));
            QVERIFY(masked.contains(u"DATABASES[\"default\"][\"PORT\"] = \"5432\""_qs));
            QVERIFY(masked.contains(u"DATABASES[\"default\"][\"NAME\"] = \""_qs +
                                    d.database.components.value(c).name));
            // Every secret is asked for before the file is written.
            QVERIFY(s->apply.contains(u"phw_need_secret "_qs + passwordVariable(c)));
        }
        QCOMPARE(passwordVariable(u"authentic2-multitenant"_qs),
                 u"PUBLIK_DB_PASSWORD_AUTHENTIC2_MULTITENANT"_qs);
    }

    void cronsOnlyOnSecondaries()
    {
        const Deployment d = loadValid(examplePath(u"four-hosts.json"_qs));
        const Plan plan = buildPlan(d);
        const Step *s = plan.step(u"crons.disable"_qs);
        QVERIFY(s);
        QVERIFY(!s->hosts.contains(u"web1"_qs));
        const QStringList crons = {u"/etc/cron.d/authentic2-multitenant"_qs, u"/etc/cron.d/wcs"_qs,
                                   u"/etc/cron.d/passerelle"_qs,
                                   u"/etc/cron.hourly/python-combo"_qs,
                                   u"/etc/cron.hourly/fargo"_qs};
        QCOMPARE(s->apply.size(), crons.size());
        for (qsizetype i = 0; i < crons.size(); ++i)
            QCOMPARE(s->apply.at(i), u"phw_comment_out "_qs + crons.at(i));
    }

    void packages()
    {
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        const Plan plan = buildPlan(d);
        const Step *primary = plan.step(u"packages.primary"_qs);
        const Step *secondary = plan.step(u"packages.secondary"_qs);
        const Step *fromPrimary = plan.step(u"packages.from-primary"_qs);
        QVERIFY(primary && secondary && fromPrimary);
        QVERIFY(primary->check.contains(u"wcs-au-quotidien"_qs));
        QVERIFY(primary->check.contains(u"gettext"_qs));
        QVERIFY(secondary->check.contains(u"wcs-au-quotidien"_qs));
        QVERIFY(!secondary->check.contains(u"gettext"_qs));
        QVERIFY(fromPrimary->check.contains(u"gettext"_qs));
        QVERIFY(fromPrimary->check.contains(
            u"/srv/nfs/.publik-ha-wizard/macollectivite/packages-primary.list"_qs));
        // Without extra packages, no step to copy them.
        Deployment bare = d;
        bare.extraPackages.clear();
        QVERIFY(!buildPlan(bare).step(u"packages.from-primary"_qs));
    }

    void undoIsTheReverse()
    {
        const Plan plan = buildPlan(loadValid(examplePath(u"seed.json"_qs)));
        const Step *s = plan.step(u"share.combo"_qs);
        QVERIFY(s);
        // Free space first, before the service stops (issue 9).
        QCOMPARE(s->apply,
                 QStringList({u"phw_need_space /etc/combo /srv/nfs/publik/etc/combo /var/lib/combo "
                              "/srv/nfs/publik/var/lib/combo"_qs,
                              u"phw_service_stop combo"_qs,
                              u"phw_share /etc/combo /srv/nfs/publik/etc/combo"_qs,
                              u"phw_share /var/lib/combo /srv/nfs/publik/var/lib/combo"_qs,
                              u"phw_service_start combo"_qs}));
        QCOMPARE(s->undo,
                 QStringList({u"phw_undo_service_start combo"_qs,
                              u"phw_undo_link /var/lib/combo /srv/nfs/publik/var/lib/combo"_qs,
                              u"phw_undo_share /var/lib/combo /srv/nfs/publik/var/lib/combo"_qs,
                              u"phw_undo_link /etc/combo /srv/nfs/publik/etc/combo"_qs,
                              u"phw_undo_share /etc/combo /srv/nfs/publik/etc/combo"_qs,
                              u"phw_undo_service_stop combo"_qs}));
        QCOMPARE(s->check, u"phw_is_shared /etc/combo /srv/nfs/publik/etc/combo && "
                           "phw_is_shared /var/lib/combo /srv/nfs/publik/var/lib/combo"_qs);
        // hobo-agent runs under supervisor and has no /var/lib folder.
        const Step *agent = plan.step(u"share.hobo-agent"_qs);
        QVERIFY(agent);
        QCOMPARE(agent->apply.at(1), u"phw_service_stop supervisor"_qs);
        QCOMPARE(agent->apply.size(), 4);
        // The primary's rollback guard, and the secondaries' record of being attached.
        const Step *folders = plan.step(u"share.folders"_qs);
        QVERIFY(folders);
        QVERIFY(folders->undo.contains(
            u"phw_undo_primary_guard /srv/nfs/.publik-ha-wizard/macollectivite/attached"_qs));
        const Step *attach = plan.step(u"attach.hobo"_qs);
        QVERIFY(attach);
        // The share mounted first (the record is written on it), then the record.
        QCOMPARE(attach->apply.first(), u"phw_require_mounted /srv/nfs"_qs);
        QCOMPARE(attach->apply.at(1),
                 u"phw_record_attached /srv/nfs/.publik-ha-wizard/macollectivite/attached"_qs);
        QVERIFY(attach->check.startsWith(u"phw_is_recorded_attached "_qs));
    }

    // The maintenance window is data set where the steps are built; this test only checks
    // it against the commands (the plan itself never reads its shell text back).
    void interruptions()
    {
        const Plan plan = buildPlan(loadValid(examplePath(u"seed.json"_qs)));
        using K = ServiceInterruption::Kind;
        for (const Step &s : plan.steps) {
            QList<ServiceInterruption> fromCommands;
            for (const QString &a : s.apply) {
                const QStringList w = a.split(u' ');
                if (w.first() == u"phw_service_stop")
                    fromCommands.append({s.id, w.value(1), K::Stop});
                else if (w.first() == u"phw_restart_if_changed")
                    fromCommands.append({s.id, w.value(1), K::Restart});
            }
            QCOMPARE(s.interruptions, fromCommands);
        }
        const QList<ServiceInterruption> web1 = plan.interruptions(u"web1"_qs);
        QVERIFY(web1.contains({u"share.wcs"_qs, u"wcs"_qs, K::Stop}));
        QVERIFY(web1.contains({u"share.hobo-agent"_qs, u"supervisor"_qs, K::Stop}));
        QVERIFY(web1.contains({u"share.nginx"_qs, u"nginx"_qs, K::Stop}));
        QVERIFY(web1.contains({u"database.combo"_qs, u"combo"_qs, K::Restart}));
        // In run order: the database settings' restarts come before the share's stops.
        QVERIFY(web1.indexOf({u"database.combo"_qs, u"combo"_qs, K::Restart}) <
                web1.indexOf({u"share.combo"_qs, u"combo"_qs, K::Stop}));
        // A secondary only stops nginx while its configuration is linked to the share.
        QCOMPARE(plan.interruptions(u"web2"_qs),
                 QList<ServiceInterruption>({{u"attach.nginx"_qs, u"nginx"_qs, K::Stop}}));
        QVERIFY(plan.interruptions(u"nowhere"_qs).isEmpty());
    }

    void requiresMounts()
    {
        const Plan plan = buildPlan(loadValid(examplePath(u"seed.json"_qs)));
        const Step *s = plan.step(u"systemd.requires-mounts"_qs);
        QVERIFY(s);
        QStringList paths;
        for (const FileSpec &f : s->files) {
            paths.append(f.path);
            QCOMPARE(f.maskedContent(), u"[Unit]\nRequiresMountsFor=/srv/nfs\n"_qs);
            QVERIFY(f.secrets().isEmpty());
        }
        QVERIFY(paths.contains(u"/etc/systemd/system/supervisor.service.d/wait-for-nfs.conf"_qs));
        QVERIFY(!paths.contains(u"/etc/systemd/system/hobo-agent.service.d/wait-for-nfs.conf"_qs));
        QVERIFY(paths.contains(
            u"/etc/systemd/system/authentic2-multitenant.service.d/wait-for-nfs.conf"_qs));
        QCOMPARE(paths.size(), 9); // 8 services + supervisor
        QCOMPARE(s->apply.last(), u"phw_daemon_reload"_qs);
        QCOMPARE(s->undo.last(), u"phw_daemon_reload"_qs);
    }

    // A component the engine does not know needs data only, not code.
    void unknownComponent_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QJsonObject>("catalog");
        QTest::newRow("lingo") << u"lingo"_qs << QJsonObject{};
        QTest::newRow("welco described")
            << u"welco"_qs
            << QJsonObject{
                   {u"welco"_qs,
                    QJsonObject{{u"packages"_qs, QJsonArray{u"welco"_qs, u"python3-welco"_qs}},
                                {u"crons"_qs, QJsonArray{u"/etc/cron.d/welco"_qs}}}}};
    }

    void unknownComponent()
    {
        QFETCH(QString, component);
        QFETCH(QJsonObject, catalog);
        QJsonObject o = exampleJson(u"four-hosts.json"_qs);
        QJsonArray comps = o.value(u"components"_qs).toArray();
        comps.append(component);
        o.insert(u"components"_qs, comps);
        QJsonArray accounts = o.value(u"accounts"_qs).toArray();
        accounts.append(QJsonObject{{u"user"_qs, component}, {u"uid"_qs, 2110}, {u"gid"_qs, 2110}});
        o.insert(u"accounts"_qs, accounts);
        o = withPath(o, u"database.components."_qs + component,
                     QJsonObject{{u"name"_qs, component}, {u"user"_qs, component}});
        if (!catalog.isEmpty())
            o.insert(u"component_catalog"_qs, catalog);
        const LoadResult r = loadDeployment(toBytes(o));
        QVERIFY(r.ok());
        QVERIFY2(!hasErrors(validate(r.deployment)),
                 qPrintable(problemsText(validate(r.deployment))));
        const Plan plan = buildPlan(r.deployment);
        for (const QString &prefix :
             {u"accounts."_qs, u"database."_qs, u"share."_qs, u"attach."_qs}) {
            const Step *s = plan.step(prefix + component);
            QVERIFY2(s, qPrintable(prefix + component));
        }
        const QStringList order = ids(plan.steps);
        // In its place: after bijoe, before the fixed steps.
        QCOMPARE(order.indexOf(u"share."_qs + component), order.indexOf(u"share.bijoe"_qs) + 1);
        QCOMPARE(order.indexOf(u"attach."_qs + component), order.indexOf(u"attach.bijoe"_qs) + 1);
        QCOMPARE(order.indexOf(u"database."_qs + component),
                 order.indexOf(u"database.bijoe"_qs) + 1);
        const Step *share = plan.step(u"share."_qs + component);
        QVERIFY(
            share->apply.contains(u"phw_share /etc/%1 /srv/nfs/publik/etc/%1"_qs.arg(component)));
        QVERIFY(share->apply.contains(
            u"phw_share /var/lib/%1 /srv/nfs/publik/var/lib/%1"_qs.arg(component)));
        QVERIFY(plan.step(u"packages.primary"_qs)->check.contains(u" "_qs + component));
        QVERIFY(plan.step(u"packages.secondary"_qs)->check.contains(u" "_qs + component));
        const Step *systemd = plan.step(u"systemd.requires-mounts"_qs);
        bool dropIn = false;
        for (const FileSpec &f : systemd->files)
            dropIn =
                dropIn ||
                f.path == u"/etc/systemd/system/%1.service.d/wait-for-nfs.conf"_qs.arg(component);
        QVERIFY(dropIn);
        if (!catalog.isEmpty()) {
            QVERIFY(plan.step(u"packages.primary"_qs)->check.contains(u"python3-welco"_qs));
            QVERIFY(plan.step(u"crons.disable"_qs)
                        ->apply.contains(u"phw_comment_out /etc/cron.d/welco"_qs));
        }
        // It renders like any other.
        for (const ExportedScript &s : renderScripts(r.deployment, plan))
            QVERIFY(s.content.contains("phw_apply_share_" + component.toUtf8()) ||
                    s.host != u"web1");
    }

    void fiftySecondaries()
    {
        QJsonObject o = exampleJson(u"seed.json"_qs);
        QJsonArray hosts{o.value(u"hosts"_qs).toArray().at(0)};
        for (int i = 0; i < kMaxSecondaries; ++i) {
            QJsonObject h = o.value(u"hosts"_qs).toArray().at(1).toObject();
            h.insert(u"name"_qs, QStringLiteral("s%1").arg(i));
            h.insert(u"address"_qs, QStringLiteral("s%1.example.org").arg(i));
            hosts.append(h);
        }
        o.insert(u"hosts"_qs, hosts);
        const LoadResult r = loadDeployment(toBytes(o));
        QVERIFY(r.ok() && !hasErrors(validate(r.deployment)));
        const Plan plan = buildPlan(r.deployment);
        QCOMPARE(plan.hostOrder.size(), kMaxSecondaries + 1);
        QCOMPARE(ids(plan.steps), allSteps());
        for (const QString &h : plan.hostOrder.mid(1))
            QCOMPARE(ids(plan.stepsFor(h)), secondarySteps());
        const QList<ExportedScript> scripts = renderScripts(r.deployment, plan);
        QCOMPARE(scripts.size(), kMaxSecondaries + 1);
        QCOMPARE(scripts.first().fileName, u"01-web1.sh"_qs);
        QCOMPARE(scripts.at(1).fileName, u"02-s0.sh"_qs);
        QCOMPARE(scripts.last().fileName, u"51-s49.sh"_qs);
    }

    void jsonHasEveryKey()
    {
        const Deployment d = loadValid(examplePath(u"four-hosts.json"_qs));
        const Plan plan = buildPlan(d);
        const QJsonObject root = QJsonDocument::fromJson(renderPlanJson(d, plan)).object();
        QCOMPARE(root.value(u"deployment"_qs).toString(), d.name);
        const QJsonArray steps = root.value(u"steps"_qs).toArray();
        QCOMPARE(steps.size(), plan.steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            for (const char *key :
                 {"id", "title", "hosts", "check", "apply", "undo", "files", "reversible"})
                QVERIFY2(s.contains(QLatin1StringView(key)), key);
            QCOMPARE(s.value(u"id"_qs).toString(), plan.steps.at(i).id);
            QVERIFY(s.value(u"hosts"_qs).isArray() && s.value(u"apply"_qs).isArray() &&
                    s.value(u"undo"_qs).isArray() && s.value(u"files"_qs).isArray() &&
                    s.value(u"check"_qs).isString() && s.value(u"reversible"_qs).isBool());
        }
        const QJsonArray hosts = root.value(u"hosts"_qs).toArray();
        QCOMPARE(hosts.size(), 4);
        QCOMPARE(hosts.at(3).toObject().value(u"script"_qs).toString(), u"04-web4.sh"_qs);
        QCOMPARE(hosts.at(0).toObject().value(u"role"_qs).toString(), u"primary"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
