// Validation: hostile values in every field are rejected with a problem naming the field;
// the values that are accepted can never run (they end up quoted, or nowhere in a script).
#include "testutil.h"

#include "textutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace phw;
using namespace phwtest;

namespace {

// Shell metacharacters and other symbols, each appended to a valid base value of the field.
const QStringList &hostilePieces()
{
    static const QStringList pieces = {u";"_qs,  u"|"_qs,  u"&"_qs,  u"$"_qs, u"`"_qs,  u"("_qs,
                                       u")"_qs,  u"<"_qs,  u">"_qs,  u"*"_qs, u"?"_qs,  u"["_qs,
                                       u"]"_qs,  u"{"_qs,  u"}"_qs,  u"~"_qs, u"#"_qs,  u"!"_qs,
                                       u"'"_qs,  u"\""_qs, u"\\"_qs, u" "_qs, u"\t"_qs, u"\n"_qs,
                                       u"\r"_qs, u"="_qs,  u"%"_qs,  u","_qs, u":"_qs,  u"^"_qs};
    return pieces;
}

QString applyMeta(const QString &base, const QString &meta)
{
    return base + meta + u"x"_qs;
}

// Named transformations (besides the single metacharacters).
QList<std::pair<QString, std::function<QString(const QString &)>>> transformations()
{
    return {
        {u"command substitution"_qs,
         [](const QString &b) {
             return b + u"$(touch /tmp/phw-pwned)"_qs;
         }},
        {u"backticks"_qs,
         [](const QString &b) {
             return b + u"`touch /tmp/phw-pwned`"_qs;
         }},
        {u"semicolon command"_qs,
         [](const QString &b) {
             return b + u";touch /tmp/phw-pwned"_qs;
         }},
        {u"quote break"_qs,
         [](const QString &b) {
             return b + u"'; touch /tmp/phw-pwned; '"_qs;
         }},
        {u"double quote break"_qs,
         [](const QString &b) {
             return b + u"\"; touch /tmp/phw-pwned; \""_qs;
         }},
        {u"variable"_qs,
         [](const QString &b) {
             return b + u"${IFS}x"_qs;
         }},
        {u"newline command"_qs,
         [](const QString &b) {
             return b + u"\ntouch /tmp/phw-pwned"_qs;
         }},
        {u"very long"_qs,
         [](const QString &b) {
             return b + QString(10000, u'a');
         }},
        {u"very long digits"_qs,
         [](const QString &b) {
             return b + QString(10000, u'7');
         }},
        {u"e acute"_qs,
         [](const QString &b) {
             return b + u"é"_qs;
         }},
        {u"emoji"_qs,
         [](const QString &b) {
             return b + QString::fromUtf8("\xf0\x9f\x92\xa3");
         }},
        {u"rtl override"_qs,
         [](const QString &b) {
             return QString(QChar(0x202e)) + b;
         }},
        {u"hebrew"_qs,
         [](const QString &b) {
             return b + QString::fromUtf8("\xd7\xa9\xd7\x9c");
         }},
        {u"cjk"_qs,
         [](const QString &b) {
             return b + QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac");
         }},
        {u"fullwidth semicolon"_qs,
         [](const QString &b) {
             return b + QString(QChar(0xff1b)) + u"x"_qs;
         }},
        {u"nul"_qs,
         [](const QString &b) {
             return b + QChar(0) + u"x"_qs;
         }},
        {u"leading dash"_qs,
         [](const QString &b) {
             return u"-"_qs + b;
         }},
        {u"option"_qs,
         [](const QString &) {
             return u"--help"_qs;
         }},
        {u"dot dot"_qs,
         [](const QString &b) {
             return u"../"_qs + b + u"/.."_qs;
         }},
        {u"only dots"_qs,
         [](const QString &) {
             return u".."_qs;
         }},
        {u"empty"_qs,
         [](const QString &) {
             return QString();
         }},
        {u"blank"_qs,
         [](const QString &) {
             return u"   "_qs;
         }},
        {u"leading space"_qs,
         [](const QString &b) {
             return u" "_qs + b;
         }},
        {u"trailing space"_qs,
         [](const QString &b) {
             return b + u" "_qs;
         }},
        {u"glob"_qs,
         [](const QString &) {
             return u"*"_qs;
         }},
    };
}

struct Field
{
    QString path;  // where the value goes in the file
    QString field; // the field the problem must name
    QString base;  // a valid value
};

QList<Field> stringFields()
{
    return {
        {u"name"_qs, u"name"_qs, u"macollectivite"_qs},
        {u"hosts[0].name"_qs, u"hosts[0].name"_qs, u"web1"_qs},
        {u"hosts[1].name"_qs, u"hosts[1].name"_qs, u"web2"_qs},
        {u"hosts[0].address"_qs, u"hosts[0].address"_qs, u"web1.example.org"_qs},
        {u"hosts[1].address"_qs, u"hosts[1].address"_qs, u"192.0.2.4"_qs},
        {u"hosts[1].user"_qs, u"hosts[1].user"_qs, u"root"_qs},
        {u"hosts[0].role"_qs, u"hosts[0].role"_qs, u"primary"_qs},
        {u"hosts[1].auth"_qs, u"hosts[1].auth"_qs, u"agent"_qs},
        {u"components[0]"_qs, u"components[0]"_qs, u"hobo"_qs},
        {u"components[1]"_qs, u"components[1]"_qs, u"hobo-agent"_qs},
        {u"accounts[0].user"_qs, u"accounts[0].user"_qs, u"hobo"_qs},
        {u"accounts[4].user"_qs, u"accounts[4].user"_qs, u"combo"_qs},
        {u"accounts[1].home"_qs, u"accounts[1].home"_qs, u"/var/lib/authentic2-multitenant"_qs},
        {u"database.host"_qs, u"database.host"_qs, u"sql-prod"_qs},
        {u"database.components.combo.name"_qs, u"database.components.combo.name"_qs, u"combo"_qs},
        {u"database.components.combo.user"_qs, u"database.components.combo.user"_qs, u"combo"_qs},
        {u"database.components.authentic2-multitenant.name"_qs,
         u"database.components.authentic2-multitenant.name"_qs, u"authentic2_multitenant"_qs},
        {u"nfs.mount"_qs, u"nfs.mount"_qs, u"/srv/nfs"_qs},
        {u"nfs.publik_dir"_qs, u"nfs.publik_dir"_qs, u"/srv/nfs/publik"_qs},
        {u"extra_packages[0]"_qs, u"extra_packages[0]"_qs, u"publik-base-theme"_qs},
        {u"extra_packages[2]"_qs, u"extra_packages[2]"_qs, u"gettext"_qs},
        // A component described by the deployment: every key of its description.
        {u"component_catalog.combo.packages[0]"_qs, u"component_catalog.combo.packages"_qs,
         u"combo"_qs},
        {u"component_catalog.combo.user"_qs, u"component_catalog.combo.user"_qs, u"combo"_qs},
        {u"component_catalog.combo.service"_qs, u"component_catalog.combo.service"_qs, u"combo"_qs},
        {u"component_catalog.combo.etc"_qs, u"component_catalog.combo.etc"_qs, u"/etc/combo"_qs},
        {u"component_catalog.combo.var_lib"_qs, u"component_catalog.combo.var_lib"_qs,
         u"/var/lib/combo"_qs},
        {u"component_catalog.combo.crons[0]"_qs, u"component_catalog.combo.crons"_qs,
         u"/etc/cron.hourly/python-combo"_qs},
    };
}

// Loads and validates; the problems of both.
QList<Problem> check(const QJsonObject &o)
{
    return loadAndValidationProblems(loadDeployment(toBytes(o)));
}

bool hasError(const QList<Problem> &problems, const QString &field)
{
    for (const Problem &p : problems) {
        if (p.isError() && p.field == field)
            return true;
    }
    return false;
}

QJsonObject seedWithSecondaries(int count)
{
    QJsonObject o = exampleJson(u"seed.json"_qs);
    QJsonArray hosts;
    hosts.append(o.value(u"hosts"_qs).toArray().at(0));
    for (int i = 0; i < count; ++i) {
        QJsonObject h = o.value(u"hosts"_qs).toArray().at(1).toObject();
        h.insert(u"name"_qs, QStringLiteral("web%1").arg(i + 2));
        h.insert(u"address"_qs, QStringLiteral("web%1.example.org").arg(i + 2));
        hosts.append(h);
    }
    o.insert(u"hosts"_qs, hosts);
    return o;
}

// The largest deployment the limits allow: 50 secondaries, 64 components (described), 128
// accounts, 512 extra packages.
QJsonObject maximalDeployment()
{
    QJsonObject o = seedWithSecondaries(kMaxSecondaries);
    QJsonArray components;
    QJsonArray accounts;
    QJsonObject catalog;
    QJsonObject databases;
    for (int i = 0; i < kMaxComponents; ++i) {
        const QString c = QStringLiteral("comp%1").arg(i);
        components.append(c);
        catalog.insert(c, QJsonObject{{u"crons"_qs, QJsonArray{u"/etc/cron.d/"_qs + c}}});
        databases.insert(c, QJsonObject{{u"name"_qs, QStringLiteral("comp%1").arg(i)},
                                        {u"user"_qs, QStringLiteral("comp%1").arg(i)}});
    }
    for (int i = 0; i < kMaxAccounts; ++i)
        accounts.append(QJsonObject{{u"user"_qs, QStringLiteral("comp%1").arg(i)},
                                    {u"uid"_qs, 3000 + i},
                                    {u"gid"_qs, 3000 + i}});
    QJsonArray packages;
    for (int i = 0; i < kMaxExtraPackages; ++i)
        packages.append(QStringLiteral("package%1").arg(i));
    o.insert(u"components"_qs, components);
    o.insert(u"accounts"_qs, accounts);
    o.insert(u"component_catalog"_qs, catalog);
    o.insert(u"extra_packages"_qs, packages);
    QJsonObject db = o.value(u"database"_qs).toObject();
    db.insert(u"components"_qs, databases);
    o.insert(u"database"_qs, db);
    return o;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QCOMPARE(installTranslations(u"fr"_qs), u"fr"_qs);
        m_seed = exampleJson(u"seed.json"_qs);
        // The base of every row is valid, described component included.
        QJsonObject o = m_seed;
        o.insert(u"component_catalog"_qs,
                 QJsonObject{{u"combo"_qs,
                              QJsonObject{{u"packages"_qs, QJsonArray{u"combo"_qs}},
                                          {u"crons"_qs,
                                           QJsonArray{u"/etc/cron.hourly/python-combo"_qs}}}}});
        QJsonArray accounts = o.value(u"accounts"_qs).toArray();
        QJsonObject a1 = accounts.at(1).toObject();
        a1.insert(u"home"_qs, u"/var/lib/authentic2-multitenant"_qs);
        accounts.replace(1, a1);
        o.insert(u"accounts"_qs, accounts);
        QJsonArray hosts = o.value(u"hosts"_qs).toArray();
        QJsonObject h1 = hosts.at(1).toObject();
        h1.insert(u"address"_qs, u"192.0.2.4"_qs);
        hosts.replace(1, h1);
        o.insert(u"hosts"_qs, hosts);
        m_base = o;
        const QList<Problem> problems = check(m_base);
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
    }

    void examplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs);
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs);
        QTest::newRow("hostile-valid") << dataPath(u"hostile-valid.json"_qs);
    }

    void examplesAreValid()
    {
        QFETCH(QString, file);
        const LoadResult r = loadDeploymentFile(file);
        QVERIFY2(r.ok(), qPrintable(problemsText(r.problems)));
        const QList<Problem> problems = validate(r.deployment);
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
    }

    void seedHasNoWarning()
    {
        const QList<Problem> problems = check(m_seed);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    }

    // Every hostile value in every text field: an error naming that field.
    void hostileStrings_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const Field &f : stringFields()) {
            for (const QString &meta : hostilePieces()) {
                QString label = meta;
                label.replace(u'\n', u"\\n"_qs).replace(u'\t', u"\\t"_qs).replace(u'\r', u"\\r"_qs);
                QTest::addRow("%s %s", qPrintable(f.path), qPrintable(label))
                    << f.path << f.field << applyMeta(f.base, meta);
            }
            for (const auto &[name, make] : transformations())
                QTest::addRow("%s %s", qPrintable(f.path), qPrintable(name))
                    << f.path << f.field << make(f.base);
        }
    }

    void hostileStrings()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(QString, value);
        // Values that happen to be valid for this field are not hostile there.
        if (field.endsWith(u".user"_qs) && !field.startsWith(u"database"_qs) &&
            isValidSystemUser(value))
            QSKIP("a valid account name");
        if (field.startsWith(u"extra_packages"_qs) || field.endsWith(u".packages"_qs)) {
            if (isValidPackageName(value))
                QSKIP("a valid package name");
        }
        // Empty means "the default" or "none" for these optional keys.
        const QStringList optional = {u"accounts[1].home"_qs, u"component_catalog.combo.service"_qs,
                                      u"component_catalog.combo.var_lib"_qs};
        if (value.isEmpty() && optional.contains(field))
            QSKIP("empty is the documented default");
        const QList<Problem> problems = check(withPath(m_base, path, value));
        QVERIFY2(hasError(problems, field),
                 qPrintable(u"no error for "_qs + field + u"=«"_qs + value.left(80) +
                            u"»; got:\n"_qs + problemsText(problems)));
        for (const Problem &p : problems) {
            if (p.field == field) {
                QVERIFY2(p.message.contains(field), qPrintable(p.message));
            }
        }
    }

    // Numbers: out of range, root's id, duplicates.
    void hostileNumbers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        for (const QString &port :
             {u"hosts[0].port"_qs, u"hosts[1].port"_qs, u"database.port"_qs}) {
            for (const double v : {0.0, -1.0, 65536.0, 100000.0, 1e15, -1e15, 1e300})
                QTest::addRow("%s %g", qPrintable(port), v) << port << QJsonValue(v) << port;
        }
        for (const QString &id : {u"accounts[0].uid"_qs, u"accounts[0].gid"_qs,
                                  u"accounts[7].uid"_qs, u"accounts[7].gid"_qs}) {
            for (const double v :
                 {0.0, -1.0, 65535.0, 70000.0, 999.0, 60000.0, 4294967295.0, 1e300})
                QTest::addRow("%s %g", qPrintable(id), v) << id << QJsonValue(v) << id;
        }
        QTest::newRow("duplicate uid")
            << u"accounts[3].uid"_qs << QJsonValue(2102) << u"accounts[3].uid"_qs;
        QTest::newRow("duplicate gid")
            << u"accounts[7].gid"_qs << QJsonValue(2108) << u"accounts[7].gid"_qs;
        QTest::newRow("format 2") << u"format"_qs << QJsonValue(2) << u"format"_qs;
        QTest::newRow("format 0") << u"format"_qs << QJsonValue(0) << u"format"_qs;
        QTest::newRow("id_range.min 0") << u"id_range.min"_qs << QJsonValue(0) << u"id_range"_qs;
        QTest::newRow("id_range.max 65535")
            << u"id_range.max"_qs << QJsonValue(65535) << u"id_range"_qs;
        QTest::newRow("id_range.min > max")
            << u"id_range"_qs << QJsonValue(QJsonObject{{u"min"_qs, 5000}, {u"max"_qs, 4000}})
            << u"id_range"_qs;
        QTest::newRow("uid outside chosen range")
            << u"id_range"_qs << QJsonValue(QJsonObject{{u"min"_qs, 3000}, {u"max"_qs, 4000}})
            << u"accounts[0].uid"_qs;
        QTest::newRow("id_range.min text")
            << u"id_range.min"_qs << QJsonValue(u"; id"_qs) << u"id_range.min"_qs;
        QTest::newRow("sudo missing for a user")
            << u"hosts[1].user"_qs << QJsonValue(u"deploy"_qs) << u"hosts[1].sudo"_qs;
        QTest::newRow("key without file")
            << u"hosts[1].auth"_qs << QJsonValue(u"key"_qs) << u"hosts[1].key_file"_qs;
        QTest::newRow("auth empty")
            << u"hosts[1].auth"_qs << QJsonValue(u""_qs) << u"hosts[1].auth"_qs;
    }

    void hostileNumbers()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QList<Problem> problems = check(withPath(m_base, path, value));
        QVERIFY2(hasError(problems, field), qPrintable(problemsText(problems)));
        for (const Problem &p : problems) {
            if (p.field == field)
                QVERIFY2(p.message.contains(field), qPrintable(p.message));
        }
    }

    void uidBelow1000IsAWarning()
    {
        QJsonObject o = withPath(m_base, u"id_range.min"_qs, 100);
        o = withPath(o, u"accounts[0].uid"_qs, 500);
        const QList<Problem> problems = check(o);
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
        bool warned = false;
        for (const Problem &p : problems)
            warned = warned ||
                     (p.field == u"accounts[0].uid" && !p.isError() && p.message.contains(p.field));
        QVERIFY(warned);
    }

    // key_file: any path the operator has, refused only with control characters or when huge.
    void keyFile_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("unicode") << u"/home/é/日本/🔑"_qs << true;
        QTest::newRow("metacharacters") << u"/k;|&$`()<>*?[]{}~#! '\"\\"_qs << true;
        QTest::newRow("command substitution") << u"$(touch /tmp/phw-pwned)"_qs << true;
        QTest::newRow("rtl") << QString(QChar(0x202e)) + u"key"_qs << true;
        QTest::newRow("leading dash") << u"-oProxyCommand=touch /tmp/phw-pwned"_qs << true;
        QTest::newRow("4096") << QString(4096, u'k') << true;
        QTest::newRow("newline") << u"/k\ntouch /tmp/phw-pwned"_qs << false;
        QTest::newRow("tab") << u"/k\tx"_qs << false;
        QTest::newRow("carriage return") << u"/k\rx"_qs << false;
        QTest::newRow("nul") << u"/k"_qs + QChar(0) + u"x"_qs << false;
        QTest::newRow("escape") << u"/k\x1b[2Jx"_qs << false;
        QTest::newRow("del") << u"/k\x7fx"_qs << false;
        QTest::newRow("c1") << u"/k"_qs + QChar(0x9b) + u"x"_qs << false;
        QTest::newRow("very long") << QString(10000, u'k') << false;
    }

    void keyFile()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QJsonObject o = withPath(m_base, u"hosts[1].auth"_qs, u"key"_qs);
        o = withPath(o, u"hosts[1].key_file"_qs, value);
        const QList<Problem> problems = check(o);
        QCOMPARE(hasError(problems, u"hosts[1].key_file"_qs), !accepted);
        if (!accepted)
            return;
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
        // Accepted: it never reaches a script nor the plan (the SSH layer uses it as a path).
        const Deployment d = loadDeployment(toBytes(o)).deployment;
        const Plan plan = buildPlan(d);
        for (const ExportedScript &s : renderScripts(d, plan))
            QVERIFY(!QString::fromUtf8(s.content).contains(value));
        QVERIFY(!renderPlanText(d, plan).contains(value));
    }

    // Accepted values that do reach a script appear only inside single quotes (or comments).
    void acceptedValuesAreQuoted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs);
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs);
        QTest::newRow("hostile-valid") << dataPath(u"hostile-valid.json"_qs);
    }

    void acceptedValuesAreQuoted()
    {
        QFETCH(QString, file);
        const Deployment d = loadValid(file);
        QStringList values;
        collectStrings(QJsonDocument::fromJson(readFile(file)).object(), values);
        const Plan plan = buildPlan(d);
        for (const Step &s : plan.steps)
            values.append(s.title);
        values.removeDuplicates();
        for (const ExportedScript &s : renderScripts(d, plan)) {
            const QString script = QString::fromUtf8(s.content);
            const QList<ShContext> contexts = shContexts(script);
            for (const QString &v : std::as_const(values)) {
                if (isShellSafe(v))
                    continue;
                const QString line = unquotedOccurrence(script, contexts, v);
                QVERIFY2(line.isEmpty(),
                         qPrintable(s.fileName + u": «"_qs + v + u"» unquoted in: "_qs + line));
            }
        }
    }

    void databaseEntries()
    {
        // A Django component without its database entry.
        QJsonObject o =
            withPath(m_base, u"database.components.combo"_qs, QJsonValue(QJsonValue::Undefined));
        QList<Problem> problems = check(o);
        QVERIFY2(hasError(problems, u"database.components.combo"_qs),
                 qPrintable(problemsText(problems)));
        // w.c.s. needs none; an entry for it is only a warning.
        o = withPath(m_base, u"database.components.wcs"_qs,
                     QJsonObject{{u"name"_qs, u"wcs"_qs}, {u"user"_qs, u"wcs"_qs}});
        problems = check(o);
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, u"database.components.wcs"_qs);
        // An unknown component is a Django one by default: it needs its entry and its account.
        QJsonArray comps = m_base.value(u"components"_qs).toArray();
        comps.append(u"lingo"_qs);
        o = withPath(m_base, u"components"_qs, comps);
        problems = check(o);
        QVERIFY(hasError(problems, u"database.components.lingo"_qs));
        QVERIFY(hasError(problems, u"accounts"_qs));
    }

    void componentNeedsItsAccount()
    {
        QJsonArray accounts = m_base.value(u"accounts"_qs).toArray();
        accounts.removeAt(4); // combo
        const QList<Problem> problems = check(withPath(m_base, u"accounts"_qs, accounts));
        QVERIFY(hasError(problems, u"accounts"_qs));
        for (const Problem &p : problems) {
            if (p.field == u"accounts")
                QVERIFY(p.message.contains(u"combo"_qs));
        }
    }

    void duplicates_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("host name")
            << u"hosts[1].name"_qs << QJsonValue(u"web1"_qs) << u"hosts[1].name"_qs;
        QTest::newRow("host name case")
            << u"hosts[1].name"_qs << QJsonValue(u"WEB1"_qs) << u"hosts[1].name"_qs;
        QTest::newRow("endpoint") << u"hosts[1].address"_qs << QJsonValue(u"WEB1.example.org"_qs)
                                  << u"hosts[1].address"_qs;
        QTest::newRow("component")
            << u"components[8]"_qs << QJsonValue(u"hobo"_qs) << u"components[8]"_qs;
        QTest::newRow("account") << u"accounts[7].user"_qs << QJsonValue(u"hobo"_qs)
                                 << u"accounts[7].user"_qs;
        QTest::newRow("two primaries")
            << u"hosts[1].role"_qs << QJsonValue(u"primary"_qs) << u"hosts"_qs;
        QTest::newRow("no primary")
            << u"hosts[0].role"_qs << QJsonValue(u"secondary"_qs) << u"hosts"_qs;
        QTest::newRow("no host") << u"hosts"_qs << QJsonValue(QJsonArray{}) << u"hosts"_qs;
        QTest::newRow("no component")
            << u"components"_qs << QJsonValue(QJsonArray{}) << u"components"_qs;
    }

    void duplicates()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QList<Problem> problems = check(withPath(m_base, path, value));
        QVERIFY2(hasError(problems, field), qPrintable(problemsText(problems)));
    }

    void share_data()
    {
        QTest::addColumn<QString>("mount");
        QTest::addColumn<QString>("publikDir");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("seed") << u"/srv/nfs"_qs << u"/srv/nfs/publik"_qs << QString();
        QTest::newRow("deep") << u"/srv/nfs"_qs << u"/srv/nfs/a/b/publik"_qs << QString();
        QTest::newRow("outside") << u"/srv/nfs"_qs << u"/srv/other/publik"_qs
                                 << u"nfs.publik_dir"_qs;
        QTest::newRow("prefix only")
            << u"/srv/nfs"_qs << u"/srv/nfs2/publik"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("same as mount") << u"/srv/nfs"_qs << u"/srv/nfs"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("above mount") << u"/srv/nfs"_qs << u"/srv"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("dot dot escape")
            << u"/srv/nfs"_qs << u"/srv/nfs/../../etc"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("dot segment")
            << u"/srv/nfs"_qs << u"/srv/nfs/./publik"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("double slash")
            << u"/srv/nfs"_qs << u"/srv/nfs//publik"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("trailing slash")
            << u"/srv/nfs"_qs << u"/srv/nfs/publik/"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("relative") << u"/srv/nfs"_qs << u"srv/nfs/publik"_qs << u"nfs.publik_dir"_qs;
        QTest::newRow("reserved") << u"/srv/nfs"_qs << u"/srv/nfs/.publik-ha-wizard"_qs
                                  << u"nfs.publik_dir"_qs;
        QTest::newRow("root mount") << u"/"_qs << u"/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("etc mount") << u"/etc"_qs << u"/etc/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("var/lib mount")
            << u"/var/lib"_qs << u"/var/lib/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("tmp mount") << u"/tmp"_qs << u"/tmp/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("relative mount") << u"srv/nfs"_qs << u"srv/nfs/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("dot dot mount")
            << u"/srv/../etc"_qs << u"/srv/../etc/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("dash segment")
            << u"/srv/-nfs"_qs << u"/srv/-nfs/publik"_qs << u"nfs.mount"_qs;
    }

    void share()
    {
        QFETCH(QString, mount);
        QFETCH(QString, publikDir);
        QFETCH(QString, field);
        QJsonObject o = withPath(m_base, u"nfs.mount"_qs, mount);
        o = withPath(o, u"nfs.publik_dir"_qs, publikDir);
        const QList<Problem> problems = check(o);
        if (field.isEmpty())
            QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
        else
            QVERIFY2(hasError(problems, field), qPrintable(problemsText(problems)));
    }

    // A share that overlaps the wizard's state folder, a system folder or a folder the plan
    // moves would be copied into itself: refused.
    void shareOverlaps_data()
    {
        QTest::addColumn<QString>("mount");
        QTest::addColumn<QString>("publikDir");
        QTest::addColumn<QString>("field");
        // The wizard's own state folder is <mount>/.publik-ha-wizard/<name>: the Publik
        // folder must not be inside it either.
        QTest::newRow("inside reserved")
            << u"/srv/nfs"_qs << u"/srv/nfs/.publik-ha-wizard/macollectivite"_qs
            << u"nfs.publik_dir"_qs;
        // A share inside a folder that the plan moves to the share would be copied into itself.
        QTest::newRow("mount in /etc/nginx")
            << u"/etc/nginx/nfs"_qs << u"/etc/nginx/nfs/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("mount in /var/www/html")
            << u"/var/www/html"_qs << u"/var/www/html/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("mount in /etc/combo")
            << u"/etc/combo"_qs << u"/etc/combo/publik"_qs << u"nfs.mount"_qs;
        QTest::newRow("mount in /var/lib/hobo")
            << u"/var/lib/hobo/nfs"_qs << u"/var/lib/hobo/nfs/publik"_qs << u"nfs.mount"_qs;
    }

    void shareOverlaps()
    {
        QFETCH(QString, mount);
        QFETCH(QString, publikDir);
        QFETCH(QString, field);
        QJsonObject o = withPath(m_base, u"nfs.mount"_qs, mount);
        o = withPath(o, u"nfs.publik_dir"_qs, publikDir);
        const QList<Problem> problems = check(o);
        QVERIFY2(hasError(problems, field), qPrintable(problemsText(problems)));
    }

    // Step ids (and the sh function names made from them) must be unique: names that
    // validation accepts must not make two steps collide.
    void stepIdsUnique_data()
    {
        QTest::addColumn<QJsonObject>("deployment");
        QTest::newRow("seed") << m_base;
        // Accounts "a-b" and "a_b": both valid, distinct, but the script functions
        // phw_check_accounts_a_b collide (render.cpp functionSuffix, phw-lib.sh phw_step_fn).
        {
            QJsonArray accounts = m_base.value(u"accounts"_qs).toArray();
            accounts.append(
                QJsonObject{{u"user"_qs, u"svc-x"_qs}, {u"uid"_qs, 3001}, {u"gid"_qs, 3001}});
            accounts.append(
                QJsonObject{{u"user"_qs, u"svc_x"_qs}, {u"uid"_qs, 3002}, {u"gid"_qs, 3002}});
            QTest::newRow("accounts svc-x svc_x") << withPath(m_base, u"accounts"_qs, accounts);
        }
        // A component named like a fixed step ("nginx", "www", "apt", "folders") gives two
        // steps the same id (share.nginx…).
        for (const QString &name : {u"nginx"_qs, u"www"_qs, u"apt"_qs, u"folders"_qs}) {
            QJsonObject o = m_base;
            QJsonArray comps = o.value(u"components"_qs).toArray();
            comps.append(name);
            o.insert(u"components"_qs, comps);
            QJsonArray accounts = o.value(u"accounts"_qs).toArray();
            accounts.append(QJsonObject{{u"user"_qs, name}, {u"uid"_qs, 3003}, {u"gid"_qs, 3003}});
            o.insert(u"accounts"_qs, accounts);
            o = withPath(o, u"database.components."_qs + name,
                         QJsonObject{{u"name"_qs, name}, {u"user"_qs, name}});
            QTest::addRow("component %s", qPrintable(name)) << o;
        }
    }

    void stepIdsUnique()
    {
        QFETCH(QJsonObject, deployment);
        const LoadResult r = loadDeployment(toBytes(deployment));
        QVERIFY(r.ok());
        const QList<Problem> problems = validate(r.deployment);
        if (hasErrors(problems))
            return; // refused by validation: fine
        const Plan plan = buildPlan(r.deployment);
        QSet<QString> ids;
        QSet<QString> functions;
        bool unique = true;
        for (const Step &s : plan.steps) {
            QString fn = s.id;
            fn.replace(u'.', u'_').replace(u'-', u'_');
            unique = unique && !ids.contains(s.id) && !functions.contains(fn);
            ids.insert(s.id);
            functions.insert(fn);
        }
        QVERIFY(unique);
    }

    void secondariesLimits_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("3") << 3 << true;
        QTest::newRow("49") << 49 << true;
        QTest::newRow("50") << kMaxSecondaries << true;
        QTest::newRow("51") << kMaxSecondaries + 1 << false;
        QTest::newRow("200") << 200 << false;
    }

    void secondariesLimits()
    {
        QFETCH(int, count);
        QFETCH(bool, valid);
        const QList<Problem> problems = check(seedWithSecondaries(count));
        QCOMPARE(hasError(problems, u"hosts"_qs), !valid);
        QCOMPARE(hasErrors(problems), !valid);
    }

    void everyProblemAtOnce()
    {
        QJsonObject o = withPath(m_base, u"name"_qs, u"bad name"_qs);
        o = withPath(o, u"hosts[0].address"_qs, u"a;b"_qs);
        o = withPath(o, u"accounts[2].uid"_qs, 0);
        o = withPath(o, u"nfs.publik_dir"_qs, u"/elsewhere"_qs);
        o = withPath(o, u"database.port"_qs, 0);
        const QList<Problem> problems = check(o);
        for (const QString &f : {u"name"_qs, u"hosts[0].address"_qs, u"accounts[2].uid"_qs,
                                 u"nfs.publik_dir"_qs, u"database.port"_qs})
            QVERIFY2(hasError(problems, f), qPrintable(f));
    }

    // Special cases that slipped through once: an IPv6 address followed by a NUL and more.
    void addressWithNul_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("host address") << u"hosts[1].address"_qs;
        QTest::newRow("database host") << u"database.host"_qs;
    }

    void addressWithNul()
    {
        QFETCH(QString, path);
        const QString value =
            u"::1"_qs + QChar(0) + u"\"+__import__('os').system('touch /tmp/phw-pwned')+\""_qs;
        QVERIFY(!isValidAddress(value));
        const QList<Problem> problems = check(withPath(m_base, path, value));
        QVERIFY2(hasError(problems, path), qPrintable(problemsText(problems)));
    }

    void valueCheckers()
    {
        QVERIFY(isValidAddress(u"2001:db8::1"_qs));
        QVERIFY(isValidAddress(u"192.0.2.1"_qs));
        QVERIFY(!isValidAddress(u"192.0.2.256"_qs));
        QVERIFY(!isValidAddress(u"1.2.3"_qs));
        QVERIFY(!isValidAddress(u"fe80::1%eth0"_qs));
        QVERIFY(!isValidAddress(u"[::1]"_qs));
        QVERIFY(!isValidAddress(QString(254, u'a')));
        QVERIFY(!isValidAddress(u"a..b"_qs));
        QVERIFY(!isValidAddress(u"-a.b"_qs));
        QVERIFY(isValidHostName(u"a"_qs));
        QVERIFY(!isValidHostName(QString(64, u'a')));
        QVERIFY(isValidHostName(QString(63, u'a')));
        QVERIFY(isValidSystemUser(u"_a-b"_qs));
        QVERIFY(!isValidSystemUser(QString(33, u'a')));
        QVERIFY(!isValidSystemUser(u"Root"_qs));
        QVERIFY(isValidDatabaseIdentifier(QString(63, u'a')));
        QVERIFY(!isValidDatabaseIdentifier(QString(64, u'a')));
        QVERIFY(!isValidDatabaseIdentifier(u"1a"_qs));
        QVERIFY(isSafeAbsolutePath(u"/a/b+c@d_e.f-g"_qs));
        QVERIFY(!isSafeAbsolutePath(u"/a/b c"_qs));
        QVERIFY(isStrictlyInside(u"/a/b"_qs, u"/a"_qs));
        QVERIFY(!isStrictlyInside(u"/ab"_qs, u"/a"_qs));
        QVERIFY(!isStrictlyInside(u"/a"_qs, u"/a"_qs));
        QVERIFY(isSafeAbsolutePath(u"/srv/"_qs + QString(255, u'a')));
        QVERIFY(!isSafeAbsolutePath(u"/srv/"_qs + QString(256, u'a')));
        const QStringList keys = {u"port"_qs, u"id_range"_qs, u"extra_packages"_qs, u"name"_qs};
        QCOMPARE(closestMatch(u"prot"_qs, keys), u"port"_qs);
        QCOMPARE(closestMatch(u"idrange"_qs, keys), u"id_range"_qs);
        QCOMPARE(closestMatch(u"extra_package"_qs, keys), u"extra_packages"_qs);
        QCOMPARE(closestMatch(u"nmae"_qs, keys), u"name"_qs);
        QCOMPARE(closestMatch(u"zzzz"_qs, keys), QString());
        QCOMPARE(closestMatch(QString(100000, u'p'), keys), QString());
        QCOMPARE(editDistance(u"abc", u"abc", 2), 0);
        QCOMPARE(editDistance(u"abc", u"acb", 2), 1);
        QCOMPARE(editDistance(u"abc", u"xyzabc", 2), 3);
    }

    // Files whose plan would harm a host (issue 8): each refused, naming the field, with the
    // French message (initTestCase installs French).
    void harmfulPlans_data()
    {
        QTest::addColumn<QJsonObject>("deployment");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a part of the French message

        const QString combo = u"component_catalog.combo."_qs;
        auto catalog = [&](const QString &key, const QJsonValue &v) {
            return withPath(m_base, combo + key, v);
        };
        const QString system = u"appartient au système ou à un autre logiciel"_qs;
        // Folders of the system and of other software, through a description.
        for (const char *path :
             {"/var/lib/dpkg", "/var/lib/nfs", "/var/lib/publik-ha-wizard", "/var/lib/postgresql",
              "/var/lib/systemd", "/var/lib/apt", "/var/lib/sudo", "/var/lib/ucf"})
            QTest::addRow("var_lib %s", path) << catalog(u"var_lib"_qs, QLatin1StringView(path))
                                              << combo + u"var_lib"_qs << system;
        for (const char *path :
             {"/etc/ssh", "/etc/systemd", "/etc/cron.d", "/etc/cron.daily", "/etc/pam.d",
              "/etc/SSH", "/etc/nginx", "/etc/apt", "/etc/postgresql", "/etc/dpkg",
              "/etc/supervisor", "/etc/sudoers.d", "/etc/ld.so.conf.d", "/etc/nfs.conf.d",
              "/etc/publik-ha-wizard", "/etc/default", "/etc/security", "/etc/init.d"})
            QTest::addRow("etc %s", path)
                << catalog(u"etc"_qs, QLatin1StringView(path)) << combo + u"etc"_qs << system;
        // System files too, even named after a package of the component.
        for (const char *path : {"/etc/passwd", "/etc/hostname", "/etc/login.defs",
                                 "/etc/adduser.conf", "/etc/locale.gen"})
            QTest::addRow("etc file %s", path)
                << withPath(catalog(u"etc"_qs, QLatin1StringView(path)), combo + u"packages"_qs,
                            QJsonArray{u"combo"_qs, QLatin1StringView(path).mid(5)})
                << combo + u"etc"_qs << system;
        // Exactly /etc/<one name> and /var/lib/<one name>.
        for (const char *path : {"/etc/combo/x", "/etc", "/var/lib/combo", "/etc/cron.d/combo"})
            QTest::addRow("etc shape %s", path) << catalog(u"etc"_qs, QLatin1StringView(path))
                                                << combo + u"etc"_qs << u"directement sous /etc"_qs;
        for (const char *path : {"/var/lib/combo/data", "/var/lib", "/var/tmp", "/var/www",
                                 "/var/cache/combo", "/srv/combo"})
            QTest::addRow("var_lib shape %s", path)
                << catalog(u"var_lib"_qs, QLatin1StringView(path)) << combo + u"var_lib"_qs
                << u"directement sous /var/lib"_qs;
        // Named after the component: combo cannot take hobo's folder.
        QTest::newRow("etc of another component")
            << catalog(u"etc"_qs, u"/etc/hobo"_qs) << combo + u"etc"_qs
            << u"ne porte pas le nom du composant combo"_qs;
        QTest::newRow("var_lib of another component")
            << catalog(u"var_lib"_qs, u"/var/lib/wcs"_qs) << combo + u"var_lib"_qs
            << u"ne porte pas le nom du composant combo"_qs;
        // Overlaps: the same folder twice, even when the names fit (combo's package combo-x is
        // also the component combo-x).
        {
            QJsonObject o = withPath(m_base, u"components[9]"_qs, u"combo-x"_qs);
            o = withPath(o, u"component_catalog.combo-x"_qs,
                         QJsonObject{{u"django"_qs, false},
                                     {u"user"_qs, u""_qs},
                                     {u"service"_qs, u""_qs},
                                     {u"crons"_qs, QJsonArray{u"/etc/cron.d/combo-x"_qs}}});
            o = withPath(o, combo + u"packages"_qs, QJsonArray{u"combo"_qs, u"combo-x"_qs});
            const QJsonObject both = o;
            o = withPath(o, combo + u"etc"_qs, u"/etc/combo-x"_qs);
            o = withPath(o, combo + u"var_lib"_qs, u"/var/lib/combo-x"_qs);
            QTest::newRow("etc overlaps another component's")
                << o << u"component_catalog.combo-x.etc"_qs
                << u"/etc/combo-x chevauche /etc/combo-x de component_catalog.combo.etc"_qs;
            QTest::newRow("var_lib overlaps another component's")
                << o << u"component_catalog.combo-x.var_lib"_qs
                << u"chevauche /var/lib/combo-x de component_catalog.combo.var_lib"_qs;
            QTest::newRow("cron listed twice")
                << withPath(both, combo + u"crons"_qs, QJsonArray{u"/etc/cron.d/combo-x"_qs})
                << u"component_catalog.combo-x.crons"_qs
                << u"est déjà listé par component_catalog.combo.crons"_qs;
        }
        // Services.
        for (const char *service :
             {"ssh",          "sshd",       "systemd-journald",  "systemd-logind",
              "cron",         "nginx",      "postgresql",        "postgresql-15",
              "supervisor",   "nfs-server", "nfs-kernel-server", "rpcbind",
              "dbus",         "networking", "rsyslog",           "apt-daily",
              "getty",        "sudo",       "multi-user",        "reboot",
              "ctrl-alt-del", "poweroff",   "user-runtime-dir"})
            QTest::addRow("service %s", service)
                << catalog(u"service"_qs, QLatin1StringView(service)) << combo + u"service"_qs
                << u"est un service du système ou d'un autre logiciel"_qs;
        QTest::newRow("service of another component")
            << catalog(u"service"_qs, u"hobo"_qs) << combo + u"service"_qs
            << u"ne porte pas le nom du composant combo"_qs;
        // Accounts, in a description and in accounts[].
        const QStringList systemAccounts = {
            u"root"_qs,  u"daemon"_qs,     u"bin"_qs,      u"sys"_qs,    u"sync"_qs,
            u"games"_qs, u"man"_qs,        u"lp"_qs,       u"mail"_qs,   u"news"_qs,
            u"uucp"_qs,  u"proxy"_qs,      u"www-data"_qs, u"backup"_qs, u"list"_qs,
            u"irc"_qs,   u"gnats"_qs,      u"nobody"_qs,   u"_apt"_qs,   u"systemd-network"_qs,
            u"sshd"_qs,  u"messagebus"_qs, u"postgres"_qs, u"statd"_qs,  u"sudo"_qs,
            u"adm"_qs,   u"shadow"_qs,     u"staff"_qs,    u"nogroup"_qs};
        for (const QString &user : systemAccounts) {
            QTest::addRow("catalog user %s", qPrintable(user))
                << catalog(u"user"_qs, user) << combo + u"user"_qs
                << u"est un compte du système ou d'un autre logiciel"_qs;
            QTest::addRow("account %s", qPrintable(user))
                << withPath(m_base, u"accounts[8]"_qs,
                            QJsonObject{{u"user"_qs, user}, {u"uid"_qs, 2200}, {u"gid"_qs, 2200}})
                << u"accounts[8].user"_qs << u"est un compte du système"_qs;
        }
        // UID and GID that are never given.
        for (const int id : {65534, 65535}) {
            QTest::addRow("uid %d", id)
                << withPath(m_base, u"accounts[0].uid"_qs, id) << u"accounts[0].uid"_qs
                << QStringLiteral("l'UID %1 est réservé").arg(id);
            QTest::addRow("gid %d", id)
                << withPath(m_base, u"accounts[0].gid"_qs, id) << u"accounts[0].gid"_qs
                << QStringLiteral("le GID %1 est réservé").arg(id);
        }
        QTest::newRow("id_range up to 65534")
            << withPath(m_base, u"id_range"_qs, QJsonObject{{u"min"_qs, 1000}, {u"max"_qs, 65534}})
            << u"id_range"_qs << u"entre 100 et 59999"_qs;
        QTest::newRow("gid out of range: le GID")
            << withPath(m_base, u"accounts[0].gid"_qs, 70000) << u"accounts[0].gid"_qs
            << u"le GID 70000 est hors de la plage"_qs;
        QTest::newRow("gid 0: le GID") << withPath(m_base, u"accounts[0].gid"_qs, 0)
                                       << u"accounts[0].gid"_qs << u"le GID 0 est celui de root"_qs;
        // Crons: only files directly in the five cron folders, the component's own.
        for (const char *cron :
             {"/etc/crontab", "/etc/cron.allow", "/etc/cron.deny", "/etc/cron.d",
              "/etc/cron.d/x/combo", "/etc/cron.yearly/combo", "/etc/cronx/combo",
              "/etc/cron.dcombo", "/var/spool/cron/crontabs/root", "/etc/cron.d/../crontab"})
            QTest::addRow("cron %s", cron)
                << catalog(u"crons"_qs, QJsonArray{QLatin1StringView(cron)}) << combo + u"crons"_qs
                << u"n'est pas un fichier cron"_qs;
        for (const char *cron : {"/etc/cron.daily/logrotate", "/etc/cron.daily/dpkg",
                                 "/etc/cron.daily/apt-compat", "/etc/cron.d/e2scrub_all",
                                 "/etc/cron.daily/man-db", "/etc/cron.d/popularity-contest"})
            QTest::addRow("system cron %s", cron)
                << catalog(u"crons"_qs, QJsonArray{QLatin1StringView(cron)}) << combo + u"crons"_qs
                << u"tâche cron du système"_qs;
        QTest::newRow("cron of another component")
            << catalog(u"crons"_qs, QJsonArray{u"/etc/cron.hourly/fargo"_qs}) << combo + u"crons"_qs
            << u"ne porte pas le nom du composant combo"_qs;
        // A component named after a system thing: refused through its default folders.
        for (const char *name : {"dpkg",       "ssh",        "systemd",
                                 "cron",       "nfs",        "sudo",
                                 "postgresql", "supervisor", "publik-ha-wizard",
                                 "pam",        "apparmor",   "hosts",
                                 "passwd",     "shadow",     "group",
                                 "fstab",      "profile",    "environment",
                                 "hostname",   "shells",     "sudoers",
                                 "crontab",    "exports",    "modules",
                                 "resolvconf", "machine-id"}) {
            const QString n = QLatin1StringView(name);
            QJsonObject o = withPath(m_base, u"components[9]"_qs, n);
            o = withPath(
                o, u"accounts[8]"_qs,
                QJsonObject{{u"user"_qs, u"x"_qs + n}, {u"uid"_qs, 2200}, {u"gid"_qs, 2200}});
            o = withPath(o, u"component_catalog."_qs + n + u".user"_qs, u"x"_qs + n);
            o = withPath(o, u"database.components."_qs + n,
                         QJsonObject{{u"name"_qs, u"x"_qs}, {u"user"_qs, u"x"_qs}});
            QTest::addRow("component %s", name)
                << o << u"component_catalog."_qs + n + u".etc"_qs << system;
        }
        QJsonObject dpkg = withPath(m_base, u"components[9]"_qs, u"dpkg"_qs);
        dpkg =
            withPath(dpkg, u"accounts[8]"_qs,
                     QJsonObject{{u"user"_qs, u"dpkg"_qs}, {u"uid"_qs, 2200}, {u"gid"_qs, 2200}});
        dpkg = withPath(dpkg, u"database.components.dpkg"_qs,
                        QJsonObject{{u"name"_qs, u"dpkg"_qs}, {u"user"_qs, u"dpkg"_qs}});
        QTest::newRow("component dpkg, no description")
            << dpkg << u"components[9]"_qs << u"/var/lib/dpkg appartient au système"_qs;
        // Mount points that only look safe (FHS: folders of the system and of packages,
        // links into /run or /usr, temporary and spool folders, the mount-point tops).
        const QString mountMessage = u"appartient au système ou est un dossier temporaire"_qs;
        for (const char *mount : {"/var/run",      "/var/run/nfs",  "/var/lock",
                                  "/var/tmp",      "/var/tmp/x",    "/tmp",
                                  "/tmp/x",        "/var/spool",    "/var/spool/cron",
                                  "/var/mail",     "/var/backups",  "/lib32",
                                  "/libx32",       "/libexec",      "/lib64/x",
                                  "/srv",          "/mnt",          "/media",
                                  "/opt",          "/opt/nfs",      "/var",
                                  "/home",         "/root/nfs",     "/usr/local/nfs",
                                  "/run/nfs",      "/var/lib/nfs2", "/boot/x",
                                  "/snap/x",       "/var/log/x",    "/var/cache/x",
                                  "/var/www/x",    "/etc/nfs",      "/proc/x",
                                  "/dev/shm/x",    "/var/opt/x",    "/var/local/x",
                                  "/lost+found/x", "/var/crash/x"}) {
            QJsonObject o = withPath(m_base, u"nfs.mount"_qs, QLatin1StringView(mount));
            o = withPath(o, u"nfs.publik_dir"_qs, QLatin1StringView(mount) + u"/publik"_qs);
            QTest::addRow("mount %s", mount) << o << u"nfs.mount"_qs << mountMessage;
        }
        {
            const QString longName = u"/srv/"_qs + QString(256, u'a');
            QJsonObject o = withPath(m_base, u"nfs.mount"_qs, longName);
            o = withPath(o, u"nfs.publik_dir"_qs, longName + u"/publik"_qs);
            QTest::newRow("mount segment of 256 bytes")
                << o << u"nfs.mount"_qs << u"255 octets au plus"_qs;
        }
        // Second review (issue 8): package names that apt reads as commands or patterns.
        const QString notPlain = u"n'est pas un simple nom de paquet Debian"_qs;
        for (
            const QString &package :
            u"openssh-server- openssh-.- l.ss- x.. x. a. .a a-.b a.-b x-+ a+.b -a a nginx- a_b a:amd64 a=1.0 a/stable ^a a* a?"_qs
                .split(u' ')) {
            QJsonArray packages = m_base.value(u"extra_packages"_qs).toArray();
            packages.append(package);
            QTest::addRow("extra package %s", qPrintable(package))
                << withPath(m_base, u"extra_packages"_qs, packages)
                << QStringLiteral("extra_packages[%1]").arg(packages.size() - 1) << notPlain;
        }
        QTest::newRow("catalog package openssh-.-")
            << catalog(u"packages"_qs, QJsonArray{u"combo"_qs, u"openssh-.-"_qs})
            << combo + u"packages"_qs << notPlain;
        // A component's packages are its own: its name, NAME-… or python3-NAME….
        for (const char *package : {"hobo", "lvm2", "openssh-server", "combox", "python3-comb",
                                    "python3-combox", "xcombo"})
            QTest::addRow("combo package %s", package)
                << catalog(u"packages"_qs, QJsonArray{u"combo"_qs, QLatin1StringView(package)})
                << combo + u"packages"_qs
                << (QByteArray(package) == "lvm2" || QByteArray(package) == "openssh-server"
                        ? u"est un paquet du système"_qs
                        : u"n'est pas un paquet du composant combo"_qs);
        // Components named after the system or other software, described or not.
        const QString foreign = u"est un nom du système ou d'un autre logiciel"_qs;
        for (
            const QString &n :
            u"keepalived haproxy wireguard blk-availability open-iscsi rsnapshot etckeeper aide borgmatic lvm2 cryptsetup mdadm multipath-tools zfsutils-linux zfs-zed sssd samba etcd mlocate plocate rc-local getty chrony chronyd backupninja iscsid multipathd cryptdisks qemu-guest-agent open-vm-tools salt-minion kubelet"_qs
                .split(u' ')) {
            QJsonObject o = withPath(m_base, u"components[9]"_qs, n);
            o = withPath(o, u"component_catalog."_qs + n,
                         QJsonObject{{u"django"_qs, false}, {u"user"_qs, u""_qs}});
            QTest::addRow("component named %s", qPrintable(n))
                << o << u"components[9]"_qs << foreign;
        }
        // The reviewer's proofs: each refused where it acts.
        {
            QJsonObject o = withPath(m_base, u"components[9]"_qs, u"blk-availability"_qs);
            o = withPath(o, u"component_catalog.blk-availability"_qs,
                         QJsonObject{{u"packages"_qs, QJsonArray{u"lvm2"_qs}},
                                     {u"django"_qs, false},
                                     {u"user"_qs, u""_qs},
                                     {u"var_lib"_qs, u""_qs}});
            QTest::newRow("poc 02 packages")
                << o << u"component_catalog.blk-availability.packages"_qs
                << u"est un paquet du système"_qs;
            QTest::newRow("poc 02 service") << o << u"component_catalog.blk-availability.service"_qs
                                            << u"est un service du système"_qs;
        }
        {
            QJsonObject o = withPath(m_base, u"components[9]"_qs, u"keepalived"_qs);
            o = withPath(o, u"component_catalog.keepalived"_qs,
                         QJsonObject{{u"supervisor"_qs, true},
                                     {u"django"_qs, false},
                                     {u"user"_qs, u""_qs},
                                     {u"var_lib"_qs, u""_qs}});
            QTest::newRow("poc 03 supervisor service checked")
                << o << u"component_catalog.keepalived.service"_qs
                << u"est un service du système"_qs;
            QTest::newRow("poc 03 etc") << o << u"component_catalog.keepalived.etc"_qs << system;
        }
        QTest::newRow("supervisor with a system service")
            << withPath(withPath(m_base, combo + u"supervisor"_qs, true), combo + u"service"_qs,
                        u"ssh"_qs)
            << combo + u"service"_qs << u"est un service du système"_qs;
        // Named after: exactly, never a prefix (a one-letter component matched everything).
        QTest::newRow("component of one letter")
            << withPath(m_base, u"components[9]"_qs, u"k"_qs) << u"components[9]"_qs
            << u"un nom de composant fait de 2 à 63"_qs;
        const QString notNamed = u"ne porte pas le nom du composant combo"_qs;
        const QList<std::pair<QString, QJsonValue>> prefixOnly = {
            {u"etc"_qs, u"/etc/combo-settings"_qs},
            {u"var_lib"_qs, u"/var/lib/combo2"_qs},
            {u"service"_qs, u"combo-uwsgi"_qs},
            {u"crons"_qs, QJsonArray{u"/etc/cron.d/combo-backup"_qs}},
            {u"crons"_qs, QJsonArray{u"/etc/cron.daily/xcombo"_qs}}};
        for (const auto &[key, value] : prefixOnly)
            QTest::addRow(
                "%s not exactly named %s", qPrintable(key),
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).constData())
                << catalog(key, value) << combo + key << notNamed;
        QTest::newRow("cron named after the account")
            << withPath(catalog(u"crons"_qs, QJsonArray{u"/etc/cron.d/fargo"_qs}),
                        combo + u"user"_qs, u"fargo"_qs)
            << combo + u"crons"_qs << notNamed;
        // Mount points: users' homes, /var, service and removable-media folders.
        const QString userMessage = u"appartient à un utilisateur"_qs;
        const QString reservedMessage = u"est le dossier d'un service ou de supports amovibles"_qs;
        QList<std::pair<const char *, QString>> mounts = {{"/home/deploy", userMessage},
                                                          {"/home/nfs", userMessage},
                                                          {"/home/admin/x", userMessage},
                                                          {"/var/snap", mountMessage},
                                                          {"/var/nfs", mountMessage},
                                                          {"/var/account", mountMessage},
                                                          {"/var/empty", mountMessage},
                                                          {"/var/qmail", mountMessage},
                                                          {"/.snapshots", mountMessage},
                                                          {"/net", mountMessage},
                                                          {"/afs/x", mountMessage},
                                                          {"/swapfile", mountMessage},
                                                          {"/swap.img", mountMessage},
                                                          {"/vmlinuz", mountMessage},
                                                          {"/initrd.img", mountMessage},
                                                          {"/misc", mountMessage},
                                                          {"/srv/.x", mountMessage},
                                                          {"/srv/ftp", reservedMessage},
                                                          {"/srv/ftp/pub", reservedMessage},
                                                          {"/srv/tftp", reservedMessage},
                                                          {"/srv/www", reservedMessage},
                                                          {"/media/cdrom", reservedMessage},
                                                          {"/media/cdrom0", reservedMessage},
                                                          {"/mnt/cdrom", reservedMessage},
                                                          {"/media/usb0", reservedMessage},
                                                          {"/media/floppy", reservedMessage},
                                                          {"/srv/root", userMessage},
                                                          {"/mnt/www-data", userMessage},
                                                          {"/root", mountMessage}};
        for (const auto &[mount, message] : mounts) {
            QJsonObject o = withPath(m_base, u"nfs.mount"_qs, QLatin1StringView(mount));
            o = withPath(o, u"nfs.publik_dir"_qs, QLatin1StringView(mount) + u"/publik"_qs);
            QTest::addRow("mount %s", mount) << o << u"nfs.mount"_qs << message;
        }
        for (const char *mount : {"/media/deploy", "/srv/deploy", "/deploy/nfs"}) {
            QJsonObject o = withPath(m_base, u"hosts[1].user"_qs, u"deploy"_qs);
            o = withPath(o, u"hosts[1].sudo"_qs, true);
            o = withPath(o, u"nfs.mount"_qs, QLatin1StringView(mount));
            o = withPath(o, u"nfs.publik_dir"_qs, QLatin1StringView(mount) + u"/publik"_qs);
            QTest::addRow("mount %s of the SSH user", mount) << o << u"nfs.mount"_qs << userMessage;
        }
        // IPv4 addresses in the forms inet_aton reads (ssh does): refused, not a DNS name.
        const QString otherForm = u"se lit comme une adresse IPv4"_qs;
        for (const char *address : {"0x0a00000b", "167772171", "012.0.0.11", "0x0a.0.0.11", "10.11",
                                    "10.0.11", "10", "0x7f.1", "0X7F000001"}) {
            QTest::addRow("address %s", address)
                << withPath(m_base, u"hosts[1].address"_qs, QLatin1StringView(address))
                << u"hosts[1].address"_qs << otherForm;
        }
        QTest::newRow("database host in hexadecimal")
            << withPath(m_base, u"database.host"_qs, u"0x7f000001"_qs) << u"database.host"_qs
            << otherForm;
        // Accounts and groups of other software that grant privileges, or hold its files.
        for (
            const QString &user :
            u"libvirt lpadmin sambashare wireshark bluetooth scanner postfix postdrop opendkim bind syslog uwsgi clamav amavis dovecot dovenull vmail debian-tor sssd nslcd avahi-autoipd dhcpcd fwupd-refresh _laurel rpc ceph incus-admin ftp chrony docker lxd kvm adm sudo wheel shadow disk"_qs
                .split(u' '))
            QTest::addRow("account %s (second review)", qPrintable(user))
                << withPath(m_base, u"accounts[8]"_qs,
                            QJsonObject{{u"user"_qs, user}, {u"uid"_qs, 2200}, {u"gid"_qs, 2200}})
                << u"accounts[8].user"_qs << u"est un compte du système"_qs;
        // IDs that Debian and systemd reserve, whatever id_range says.
        const QJsonObject wide =
            withPath(m_base, u"id_range"_qs, QJsonObject{{u"min"_qs, 100}, {u"max"_qs, 59999}});
        for (const int id : {1, 50, 99, 60000, 61184, 64999, 65000, 65519, 65533}) {
            QTest::addRow("uid %d reserved", id)
                << withPath(wide, u"accounts[0].uid"_qs, id) << u"accounts[0].uid"_qs
                << QStringLiteral("l'UID %1 est dans une plage que Debian et systemd réservent")
                       .arg(id);
            QTest::addRow("gid %d reserved", id)
                << withPath(wide, u"accounts[0].gid"_qs, id) << u"accounts[0].gid"_qs
                << QStringLiteral("le GID %1 est dans une plage").arg(id);
        }
        for (const auto &[min, max] : {std::pair{1000, 60000}, std::pair{1000, 65000},
                                       std::pair{99, 5000}, std::pair{61184, 65519}})
            QTest::addRow("id_range %d-%d", min, max)
                << withPath(m_base, u"id_range"_qs, QJsonObject{{u"min"_qs, min}, {u"max"_qs, max}})
                << u"id_range"_qs << u"entre 100 et 59999"_qs;
        // Valid identifiers, harmful in export --sql run by a superuser: the superuser's
        // password, the maintenance database, a template (review).
        for (const char *role : {"postgres", "POSTGRES", "pg_read_all_data", "pg_monitor"})
            QTest::addRow("db role %s", role)
                << withPath(m_base, u"database.components.combo.user"_qs, QLatin1StringView(role))
                << u"database.components.combo.user"_qs << u"est un rôle de PostgreSQL"_qs;
        for (const char *db : {"postgres", "template0", "Template1"})
            QTest::addRow("db name %s", db)
                << withPath(m_base, u"database.components.combo.name"_qs, QLatin1StringView(db))
                << u"database.components.combo.name"_qs << u"est une base de PostgreSQL"_qs;
        // Two components on one database or one role (case folded as PostgreSQL does):
        // both fields say it, each naming the other.
        const QJsonObject sharedRole =
            withPath(m_base, u"database.components.combo.user"_qs, u"Fargo"_qs);
        QTest::addRow("db role shared (combo)")
            << sharedRole << u"database.components.combo.user"_qs
            << u"Fargo est aussi le rôle de fargo"_qs;
        QTest::addRow("db role shared (fargo)")
            << sharedRole << u"database.components.fargo.user"_qs
            << u"fargo est aussi le rôle de combo"_qs;
        QTest::addRow("db name shared")
            << withPath(m_base, u"database.components.chrono.name"_qs, u"bijoe"_qs)
            << u"database.components.bijoe.name"_qs << u"bijoe est aussi la base de chrono"_qs;
        // w.c.s. has no database entry but a role all the same: its account's name.
        QTest::addRow("db role shared with wcs")
            << withPath(m_base, u"database.components.combo.user"_qs, u"WCS"_qs)
            << u"database.components.combo.user"_qs << u"WCS est aussi le rôle de wcs"_qs;
    }

    void harmfulPlans()
    {
        QFETCH(QJsonObject, deployment);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QList<Problem> problems = check(deployment);
        bool found = false;
        for (const Problem &p : problems) {
            if (p.isError() && p.field == field && p.message.contains(message))
                found = true;
        }
        QVERIFY2(found, qPrintable(u"no error for "_qs + field + u" saying «"_qs + message +
                                   u"»; got:\n"_qs + problemsText(problems)));
    }

    // What stays valid: the mount points below the tops, a component's own names.
    void legitimatePlans_data()
    {
        QTest::addColumn<QJsonObject>("deployment");
        for (const char *mount :
             {"/srv/nfs", "/mnt/publik", "/media/nfs", "/nfs", "/data/publik", "/export/publik",
              "/srv/publik/nfs", "/mnt/nfs+a@b", "/srv/Ftp2", "/mnt/cdromx"}) {
            QJsonObject o = withPath(m_base, u"nfs.mount"_qs, QLatin1StringView(mount));
            o = withPath(o, u"nfs.publik_dir"_qs, QLatin1StringView(mount) + u"/publik"_qs);
            QTest::addRow("mount %s", mount) << o;
        }
        const QString combo = u"component_catalog.combo."_qs;
        const QJsonObject withPackages =
            withPath(m_base, combo + u"packages"_qs,
                     QJsonArray{u"combo"_qs, u"combo-x"_qs, u"combo-settings"_qs, u"combo-uwsgi"_qs,
                                u"python3-combo"_qs, u"python3-combo-plugin.x+"_qs});
        QTest::newRow("cron named after a package")
            << withPath(withPackages, combo + u"crons"_qs,
                        QJsonArray{u"/etc/cron.d/combo"_qs, u"/etc/cron.daily/python-combo"_qs,
                                   u"/etc/cron.weekly/combo-x"_qs, u"/etc/cron.monthly/combo"_qs,
                                   u"/etc/cron.hourly/python3-combo"_qs});
        QTest::newRow("folders named after a package")
            << withPath(withPath(withPackages, combo + u"etc"_qs, u"/etc/combo-settings"_qs),
                        combo + u"var_lib"_qs, u"/var/lib/combo_settings"_qs);
        QTest::newRow("service named after a package")
            << withPath(withPackages, combo + u"service"_qs, u"combo-uwsgi"_qs);
        QTest::newRow("supervisor-run component, service supervisor")
            << withPath(withPath(m_base, combo + u"supervisor"_qs, true), combo + u"service"_qs,
                        u"supervisor"_qs);
        QTest::newRow("supervisor-run component, its own service") << withPath(
            withPath(m_base, combo + u"supervisor"_qs, true), combo + u"service"_qs, u"combo"_qs);
        QTest::newRow("uid 59999") << withPath(
            withPath(m_base, u"id_range"_qs, QJsonObject{{u"min"_qs, 1000}, {u"max"_qs, 59999}}),
            u"accounts[0].uid"_qs, 59999);
        QTest::newRow("uid 100") << withPath(
            withPath(m_base, u"id_range"_qs, QJsonObject{{u"min"_qs, 100}, {u"max"_qs, 59999}}),
            u"accounts[0].uid"_qs, 100);
        QTest::newRow("extra packages with '.' and '+'")
            << withPath(m_base, u"extra_packages"_qs,
                        QJsonArray{u"g++"_qs, u"libstdc++6"_qs, u"python3.11"_qs,
                                   u"gir1.2-glib-2.0"_qs, u"libsigc++-2.0-0v5"_qs, u"a-b+c.d"_qs});
        // Components of Publik that the built-in catalog does not describe, with the default
        // pattern (package, account, service and folders named after them).
        for (const char *name : {"lingo", "welco", "corbo", "mandayejs", "cs"}) {
            const QString n = QLatin1StringView(name);
            QJsonObject o = withPath(m_base, u"components[9]"_qs, n);
            o = withPath(o, u"accounts[8]"_qs,
                         QJsonObject{{u"user"_qs, n}, {u"uid"_qs, 2200}, {u"gid"_qs, 2200}});
            o = withPath(o, u"database.components."_qs + n,
                         QJsonObject{{u"name"_qs, n}, {u"user"_qs, n}});
            QTest::addRow("component %s", name) << o;
        }
        // The hosts of a test on one machine: the same loopback address on other ports.
        {
            QJsonObject o = withPath(m_base, u"hosts[0].address"_qs, u"127.0.0.1"_qs);
            o = withPath(o, u"hosts[0].port"_qs, 2201);
            o = withPath(o, u"hosts[1].address"_qs, u"127.0.0.1"_qs);
            o = withPath(o, u"hosts[1].port"_qs, 2202);
            QTest::newRow("loopback, two ports") << o;
        }
    }

    void legitimatePlans()
    {
        QFETCH(QJsonObject, deployment);
        const QList<Problem> problems = check(deployment);
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
    }

    // The same host written two ways is the same host (with the same port).
    void sameHostTwice_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("secondPort");
        QTest::addColumn<bool>("same");
        QTest::newRow("::1 long") << u"::1"_qs << u"0:0:0:0:0:0:0:1"_qs << 22 << true;
        QTest::newRow("v4 mapped") << u"10.0.0.1"_qs << u"::ffff:10.0.0.1"_qs << 22 << true;
        QTest::newRow("v4 mapped hex") << u"::ffff:a00:1"_qs << u"10.0.0.1"_qs << 22 << true;
        QTest::newRow("v6 case and zeros")
            << u"2001:db8::1"_qs << u"2001:DB8:0:0::0001"_qs << 22 << true;
        QTest::newRow("dns case") << u"Web1.Example.org"_qs << u"web1.example.ORG"_qs << 22 << true;
        QTest::newRow("other port") << u"::1"_qs << u"0:0:0:0:0:0:0:1"_qs << 2222 << false;
        QTest::newRow("other address") << u"10.0.0.1"_qs << u"::ffff:10.0.0.2"_qs << 22 << false;
        QTest::newRow("v4 compatible is not mapped")
            << u"10.0.0.1"_qs << u"::10.0.0.1"_qs << 22 << false;
        QTest::newRow("localhost 127.0.0.1") << u"localhost"_qs << u"127.0.0.1"_qs << 22 << true;
        QTest::newRow("localhost ::1") << u"::1"_qs << u"LOCALHOST"_qs << 22 << true;
        QTest::newRow("127.0.0.2") << u"127.0.0.1"_qs << u"127.0.0.2"_qs << 22 << true;
        QTest::newRow("mapped loopback") << u"::ffff:127.0.0.1"_qs << u"::1"_qs << 22 << true;
        QTest::newRow("ip6-localhost") << u"ip6-localhost"_qs << u"x.localhost"_qs << 22 << true;
        QTest::newRow("loopback other port") << u"localhost"_qs << u"127.0.0.1"_qs << 2222 << false;
    }

    void sameHostTwice()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(int, secondPort);
        QFETCH(bool, same);
        QJsonObject o = withPath(m_base, u"hosts[0].address"_qs, first);
        o = withPath(o, u"hosts[1].address"_qs, second);
        o = withPath(o, u"hosts[1].port"_qs, secondPort);
        const QList<Problem> problems = check(o);
        QCOMPARE(hasError(problems, u"hosts[1].address"_qs), same);
        if (same)
            QVERIFY2(problemsText(problems).contains(u"désigne le même hôte que hosts[0]"_qs),
                     qPrintable(problemsText(problems)));
    }

    // A type error does not hide the other problems of the file, and is reported once.
    void typeErrorHidesNothing()
    {
        QJsonObject o = withPath(m_base, u"hosts[0].port"_qs, u"22"_qs);
        o = withPath(o, u"nfs.mount"_qs, u"/tmp"_qs);
        o = withPath(o, u"nfs.publik_dir"_qs, u"/tmp/publik"_qs);
        o = withPath(o, u"accounts[2].uid"_qs, 0);
        o = withPath(o, u"components"_qs, 7); // a list that did not load: no knock-on
        const QList<Problem> problems = check(o);
        const QString all = problemsText(problems);
        for (const QString &f :
             {u"hosts[0].port"_qs, u"nfs.mount"_qs, u"accounts[2].uid"_qs, u"components"_qs})
            QVERIFY2(hasError(problems, f), qPrintable(f + u":\n"_qs + all));
        int portErrors = 0;
        int componentErrors = 0;
        for (const Problem &p : problems) {
            portErrors += p.field == u"hosts[0].port";
            componentErrors += p.field == u"components";
        }
        QCOMPARE(portErrors, 1);
        QCOMPARE(componentErrors, 1);
    }

    // A host whose role did not load hides nothing of the other hosts (second review).
    void badRoleHidesNoOtherHost()
    {
        QJsonObject o = withPath(m_base, u"hosts[1].role"_qs, u"tertiary"_qs);
        o = withPath(o, u"hosts[0].address"_qs, u"-oProxyCommand=x"_qs);
        o = withPath(o, u"hosts[0].port"_qs, 0);
        const QList<Problem> problems = check(o);
        for (const QString &f : {u"hosts[1].role"_qs, u"hosts[0].address"_qs, u"hosts[0].port"_qs})
            QVERIFY2(hasError(problems, f), qPrintable(f + u":\n"_qs + problemsText(problems)));
        // The count of primaries depends on the role that did not load: not reported.
        QVERIFY2(!hasError(problems, u"hosts"_qs), qPrintable(problemsText(problems)));
    }

    // Empty objects name their missing fields; no "saisissez un nom DNS" for a missing host.
    void emptyObjectsSayRequired()
    {
        QJsonObject o = m_base;
        o.insert(u"database"_qs, QJsonObject{});
        o.insert(u"nfs"_qs, QJsonObject{});
        const QList<Problem> problems = check(o);
        const QString all = problemsText(problems);
        for (const QString &f : {u"database.host"_qs, u"database.components"_qs, u"nfs.mount"_qs,
                                 u"nfs.publik_dir"_qs}) {
            bool required = false;
            for (const Problem &p : problems)
                required |= p.field == f && p.message.contains(u"ce champ est obligatoire"_qs);
            QVERIFY2(required, qPrintable(f + u":\n"_qs + all));
        }
        QVERIFY2(!all.contains(u"saisissez"_qs), qPrintable(all));
    }

    // Nothing from the file reaches the terminal as a control sequence.
    void controlCharactersAreEscaped()
    {
        const QString esc = u"\x1b[2J\x1b]0;pwned\x07"_qs + QChar(0x9b) + QChar(0x202e);
        QJsonObject o = m_base;
        for (const Field &f : stringFields())
            o = withPath(o, f.path, f.base + esc);
        o.insert(esc, 1);
        o = withPath(o, u"database.components"_qs,
                     QJsonObject{{esc, QJsonObject{{u"name"_qs, esc}, {u"user"_qs, esc}}}});
        o = withPath(o, u"component_catalog"_qs,
                     QJsonObject{{esc, QJsonObject{{esc, esc}}}, {u"combo"_qs, QJsonObject{}}});
        const QList<Problem> problems = check(o);
        QVERIFY(problems.size() > 20);
        static const QRegularExpression control(u"[\\x00-\\x1f\\x7f-\\x9f\\x{202e}]"_qs);
        for (const Problem &p : problems) {
            QVERIFY2(!control.match(p.field).hasMatch(), qPrintable(printable(p.field)));
            QVERIFY2(!control.match(p.message).hasMatch(), qPrintable(printable(p.message)));
        }
        QVERIFY2(problemsText(problems).contains(u"\\x1b[2J"_qs),
                 qPrintable(problemsText(problems)));
        QCOMPARE(printable(u"a\x1b[31mb\u202e\n"_qs), u"a\\x1b[31mb\\u202e\\x0a"_qs);
        QCOMPARE(printable(QString(100, u'a'), 10), QString(10, u'a') + u'…');
    }

    // Lists over their limit are refused whole, before anything works on them.
    void limits_data()
    {
        QTest::addColumn<QJsonObject>("deployment");
        QTest::addColumn<QString>("field");
        QJsonArray components, accounts, packages, hosts;
        QJsonObject catalog, databases;
        for (int i = 0; i <= kMaxComponents; ++i) {
            components.append(QStringLiteral("c%1").arg(i));
            catalog.insert(QStringLiteral("c%1").arg(i), QJsonObject{});
            databases.insert(QStringLiteral("c%1").arg(i),
                             QJsonObject{{u"name"_qs, u"c"_qs}, {u"user"_qs, u"c"_qs}});
        }
        for (int i = 0; i <= kMaxAccounts; ++i)
            accounts.append(QJsonObject{{u"user"_qs, QStringLiteral("u%1").arg(i)},
                                        {u"uid"_qs, 3000 + i},
                                        {u"gid"_qs, 3000 + i}});
        for (int i = 0; i <= kMaxExtraPackages; ++i)
            packages.append(QStringLiteral("p%1").arg(i));
        const QJsonObject secondary = m_base.value(u"hosts"_qs).toArray().at(1).toObject();
        hosts.append(m_base.value(u"hosts"_qs).toArray().at(0));
        for (int i = 0; i < kMaxHosts; ++i) {
            QJsonObject h = secondary;
            h.insert(u"name"_qs, QStringLiteral("w%1").arg(i));
            h.insert(u"address"_qs, QStringLiteral("w%1.example.org").arg(i));
            hosts.append(h);
        }
        QTest::newRow("components")
            << withPath(m_base, u"components"_qs, components) << u"components"_qs;
        QTest::newRow("accounts") << withPath(m_base, u"accounts"_qs, accounts) << u"accounts"_qs;
        QTest::newRow("extra_packages")
            << withPath(m_base, u"extra_packages"_qs, packages) << u"extra_packages"_qs;
        QTest::newRow("hosts") << withPath(m_base, u"hosts"_qs, hosts) << u"hosts"_qs;
        QTest::newRow("component_catalog")
            << withPath(m_base, u"component_catalog"_qs, catalog) << u"component_catalog"_qs;
        QTest::newRow("database.components")
            << withPath(m_base, u"database.components"_qs, databases) << u"database.components"_qs;
        QJsonArray crons;
        for (int i = 0; i <= kMaxComponentListItems; ++i)
            crons.append(QStringLiteral("/etc/cron.d/combo%1").arg(i));
        QTest::newRow("crons") << withPath(m_base, u"component_catalog.combo.crons"_qs, crons)
                               << u"component_catalog.combo.crons"_qs;
    }

    void limits()
    {
        QFETCH(QJsonObject, deployment);
        QFETCH(QString, field);
        const QList<Problem> problems = check(deployment);
        bool found = false;
        for (const Problem &p : problems)
            found |= p.field == field && p.message.contains(u"éléments au plus"_qs);
        QVERIFY2(found, qPrintable(problemsText(problems)));
    }

    // The largest file the format allows: validation and plan stay fast (the figure of a
    // Release build is in bench/run; here, Debug with sanitizers, a generous bound).
    void maximalFileIsFast()
    {
        const QJsonObject o = maximalDeployment();
        const QByteArray bytes = toBytes(o);
        QElapsedTimer timer;
        timer.start();
        const LoadResult loaded = loadDeployment(bytes);
        const QList<Problem> problems = loadAndValidationProblems(loaded);
        QVERIFY2(!hasErrors(problems), qPrintable(problemsText(problems)));
        const Plan plan = buildPlan(loaded.deployment);
        const qint64 ms = timer.elapsed();
        qInfo("maximal file (%lld bytes, %lld steps): load, validate and plan in %lld ms",
              static_cast<long long>(bytes.size()), static_cast<long long>(plan.steps.size()),
              static_cast<long long>(ms));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    }

private:
    QJsonObject m_seed;
    QJsonObject m_base;
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
