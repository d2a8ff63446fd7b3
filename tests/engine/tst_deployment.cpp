// The deployment file: load/save round trip and structural errors, each naming its field.
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace phw;
using namespace phwtest;

class TestDeployment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        installTranslations(u"fr"_qs);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs);
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs);
        QTest::newRow("hostile-valid") << dataPath(u"hostile-valid.json"_qs);
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const LoadResult first = loadDeploymentFile(file);
        QVERIFY2(first.ok(), qPrintable(problemsText(first.problems)));
        const QByteArray saved = first.deployment.toJsonBytes();
        const LoadResult second = loadDeployment(saved);
        QVERIFY2(second.ok(), qPrintable(problemsText(second.problems)));
        QCOMPARE(second.deployment, first.deployment);
        // Saving is stable: the same bytes the second time.
        QCOMPARE(second.deployment.toJsonBytes(), saved);
        // Never a secret in the file: no key that looks like one.
        QStringList keys;
        std::function<void(const QJsonValue &)> collectKeys = [&](const QJsonValue &v) {
            if (v.isArray()) {
                for (const QJsonValue &item : v.toArray())
                    collectKeys(item);
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    keys.append(it.key().toLower());
                    collectKeys(it.value());
                }
            }
        };
        collectKeys(QJsonDocument::fromJson(saved).object());
        for (const QString &key : std::as_const(keys))
            QVERIFY2(!key.contains(u"password"_qs) && !key.contains(u"secret"_qs) &&
                         !key.contains(u"passphrase"_qs),
                     qPrintable(key));
    }

    void seedValues()
    {
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        QCOMPARE(d.name, u"macollectivite"_qs);
        QCOMPARE(d.hosts.size(), 2);
        QCOMPARE(d.primary()->name, u"web1"_qs);
        QCOMPARE(d.secondaries().size(), 1);
        QCOMPARE(d.secondaries().first().name, u"web2"_qs);
        QCOMPARE(d.database.host, u"sql-prod"_qs);
        QCOMPARE(d.database.port, 5432);
        QCOMPARE(d.nfs.mount, u"/srv/nfs"_qs);
        QCOMPARE(d.nfs.publikDir, u"/srv/nfs/publik"_qs);
        QCOMPARE(d.accounts.size(), 8);
        for (qsizetype i = 0; i < d.accounts.size(); ++i) {
            QCOMPARE(d.accounts.at(i).uid, 2102 + i);
            QCOMPARE(d.accounts.at(i).gid, 2102 + i);
        }
        QVERIFY(!d.database.components.contains(u"wcs"_qs));
        QCOMPARE(d.components.size(), 9);
    }

    void catalogOverrideRoundTrip()
    {
        QJsonObject o = exampleJson(u"seed.json"_qs);
        QJsonArray comps = o.value(u"components"_qs).toArray();
        comps.append(u"lingo"_qs);
        o.insert(u"components"_qs, comps);
        o.insert(
            u"component_catalog"_qs,
            QJsonObject{{u"lingo"_qs,
                         QJsonObject{{u"packages"_qs, QJsonArray{u"lingo"_qs, u"python3-lingo"_qs}},
                                     {u"crons"_qs, QJsonArray{u"/etc/cron.d/lingo"_qs}}}}});
        const LoadResult first = loadDeployment(toBytes(o));
        QVERIFY2(first.ok(), qPrintable(problemsText(first.problems)));
        QCOMPARE(first.deployment.component(u"lingo"_qs).packages,
                 QStringList({u"lingo"_qs, u"python3-lingo"_qs}));
        QCOMPARE(first.deployment.component(u"lingo"_qs).user, u"lingo"_qs);
        const LoadResult second = loadDeployment(first.deployment.toJsonBytes());
        QVERIFY(second.ok());
        QCOMPARE(second.deployment, first.deployment);
    }

    void defaults()
    {
        // Optional keys take their documented defaults.
        QJsonObject o = exampleJson(u"seed.json"_qs);
        QJsonArray hosts = o.value(u"hosts"_qs).toArray();
        QJsonObject h = hosts.at(1).toObject();
        for (const char *key : {"port", "user", "sudo", "auth", "key_file"})
            h.remove(QLatin1StringView(key));
        hosts.replace(1, h);
        o.insert(u"hosts"_qs, hosts);
        o.remove(u"extra_packages"_qs);
        const LoadResult r = loadDeployment(toBytes(o));
        QVERIFY2(r.ok(), qPrintable(problemsText(r.problems)));
        const Host &web2 = r.deployment.hosts.at(1);
        QCOMPARE(web2.port, 22);
        QCOMPARE(web2.user, u"root"_qs);
        QCOMPARE(web2.sudo, false);
        QCOMPARE(web2.auth, AuthMethod::Agent);
        QVERIFY(web2.keyFile.isEmpty());
        QVERIFY(r.deployment.extraPackages.isEmpty());
        QCOMPARE(r.deployment.idRange, IdRange{});
    }

    // Each structural error names its field, in Problem::field and in the message.
    void structuralErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("fields");

        const QJsonObject seed = exampleJson(u"seed.json"_qs);
        auto without = [&](const QString &key) {
            QJsonObject o = seed;
            o.remove(key);
            return toBytes(o);
        };
        auto with = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = seed;
            o.insert(key, v);
            return toBytes(o);
        };
        auto withHost = [&](int index, const QString &key, const QJsonValue &v) {
            QJsonObject o = seed;
            QJsonArray hosts = o.value(u"hosts"_qs).toArray();
            QJsonObject h = hosts.at(index).toObject();
            if (v.isUndefined())
                h.remove(key);
            else
                h.insert(key, v);
            hosts.replace(index, h);
            o.insert(u"hosts"_qs, hosts);
            return toBytes(o);
        };
        auto withAccount = [&](int index, const QString &key, const QJsonValue &v) {
            QJsonObject o = seed;
            QJsonArray accounts = o.value(u"accounts"_qs).toArray();
            QJsonObject a = accounts.at(index).toObject();
            if (v.isUndefined())
                a.remove(key);
            else
                a.insert(key, v);
            accounts.replace(index, a);
            o.insert(u"accounts"_qs, accounts);
            return toBytes(o);
        };
        auto withDb = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = seed;
            QJsonObject db = o.value(u"database"_qs).toObject();
            if (v.isUndefined())
                db.remove(key);
            else
                db.insert(key, v);
            o.insert(u"database"_qs, db);
            return toBytes(o);
        };
        auto withNfs = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = seed;
            QJsonObject nfs = o.value(u"nfs"_qs).toObject();
            if (v.isUndefined())
                nfs.remove(key);
            else
                nfs.insert(key, v);
            o.insert(u"nfs"_qs, nfs);
            return toBytes(o);
        };
        const QJsonValue missing(QJsonValue::Undefined);

        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << QStringList{u"(file)"_qs};
        QTest::newRow("empty file") << QByteArray() << QStringList{u"(file)"_qs};
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe; rm -rf /", 13)
                                 << QStringList{u"(file)"_qs};
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringList{u"(file)"_qs};
        QTest::newRow("string") << QByteArray("\"web1\"") << QStringList{u"(file)"_qs};
        QTest::newRow("empty object")
            << QByteArray("{}")
            << QStringList{u"format"_qs,   u"name"_qs,     u"hosts"_qs, u"components"_qs,
                           u"accounts"_qs, u"database"_qs, u"nfs"_qs};
        for (const char *key :
             {"format", "name", "hosts", "components", "accounts", "database", "nfs"})
            QTest::addRow("missing %s", key)
                << without(QLatin1StringView(key)) << QStringList{QLatin1StringView(key)};
        QTest::newRow("format text") << with(u"format"_qs, u"1"_qs) << QStringList{u"format"_qs};
        QTest::newRow("format fraction") << with(u"format"_qs, 1.5) << QStringList{u"format"_qs};
        QTest::newRow("format huge") << with(u"format"_qs, 1e300) << QStringList{u"format"_qs};
        QTest::newRow("format -huge") << with(u"format"_qs, -1e300) << QStringList{u"format"_qs};
        QTest::newRow("name number") << with(u"name"_qs, 3) << QStringList{u"name"_qs};
        QTest::newRow("name null") << with(u"name"_qs, QJsonValue::Null) << QStringList{u"name"_qs};
        QTest::newRow("hosts object")
            << with(u"hosts"_qs, QJsonObject{}) << QStringList{u"hosts"_qs};
        QTest::newRow("host not object")
            << with(u"hosts"_qs, QJsonArray{1}) << QStringList{u"hosts[0]"_qs};
        QTest::newRow("components text")
            << with(u"components"_qs, u"hobo"_qs) << QStringList{u"components"_qs};
        QTest::newRow("component number") << with(u"components"_qs, QJsonArray{u"hobo"_qs, 7})
                                          << QStringList{u"components[1]"_qs};
        QTest::newRow("accounts object")
            << with(u"accounts"_qs, QJsonObject{}) << QStringList{u"accounts"_qs};
        QTest::newRow("account not object")
            << with(u"accounts"_qs, QJsonArray{u"hobo"_qs}) << QStringList{u"accounts[0]"_qs};
        QTest::newRow("database list")
            << with(u"database"_qs, QJsonArray{}) << QStringList{u"database"_qs};
        QTest::newRow("nfs text") << with(u"nfs"_qs, u"/srv/nfs"_qs) << QStringList{u"nfs"_qs};
        QTest::newRow("extra_packages text")
            << with(u"extra_packages"_qs, u"gettext"_qs) << QStringList{u"extra_packages"_qs};
        QTest::newRow("extra_packages item")
            << with(u"extra_packages"_qs, QJsonArray{true}) << QStringList{u"extra_packages[0]"_qs};
        QTest::newRow("id_range list")
            << with(u"id_range"_qs, QJsonArray{}) << QStringList{u"id_range"_qs};
        QTest::newRow("id_range.min text")
            << with(u"id_range"_qs, QJsonObject{{u"min"_qs, u"1000"_qs}})
            << QStringList{u"id_range.min"_qs};
        QTest::newRow("id_range.max fraction")
            << with(u"id_range"_qs, QJsonObject{{u"max"_qs, 3.25}})
            << QStringList{u"id_range.max"_qs};
        QTest::newRow("catalog list")
            << with(u"component_catalog"_qs, QJsonArray{}) << QStringList{u"component_catalog"_qs};
        QTest::newRow("catalog entry text")
            << with(u"component_catalog"_qs, QJsonObject{{u"lingo"_qs, u"x"_qs}})
            << QStringList{u"component_catalog.lingo"_qs};
        QTest::newRow("catalog packages text")
            << with(u"component_catalog"_qs,
                    QJsonObject{{u"lingo"_qs, QJsonObject{{u"packages"_qs, u"lingo"_qs}}}})
            << QStringList{u"component_catalog.lingo.packages"_qs};
        QTest::newRow("catalog django text")
            << with(u"component_catalog"_qs,
                    QJsonObject{{u"lingo"_qs, QJsonObject{{u"django"_qs, u"yes"_qs}}}})
            << QStringList{u"component_catalog.lingo.django"_qs};

        QTest::newRow("host name missing")
            << withHost(0, u"name"_qs, missing) << QStringList{u"hosts[0].name"_qs};
        QTest::newRow("host name number")
            << withHost(1, u"name"_qs, 2) << QStringList{u"hosts[1].name"_qs};
        QTest::newRow("host address missing")
            << withHost(1, u"address"_qs, missing) << QStringList{u"hosts[1].address"_qs};
        QTest::newRow("host address list")
            << withHost(0, u"address"_qs, QJsonArray{}) << QStringList{u"hosts[0].address"_qs};
        QTest::newRow("host port text")
            << withHost(0, u"port"_qs, u"22"_qs) << QStringList{u"hosts[0].port"_qs};
        QTest::newRow("host port fraction")
            << withHost(0, u"port"_qs, 22.5) << QStringList{u"hosts[0].port"_qs};
        QTest::newRow("host user bool")
            << withHost(0, u"user"_qs, true) << QStringList{u"hosts[0].user"_qs};
        QTest::newRow("host sudo text")
            << withHost(0, u"sudo"_qs, u"false"_qs) << QStringList{u"hosts[0].sudo"_qs};
        QTest::newRow("host sudo number")
            << withHost(0, u"sudo"_qs, 0) << QStringList{u"hosts[0].sudo"_qs};
        QTest::newRow("host auth unknown")
            << withHost(1, u"auth"_qs, u"kerberos"_qs) << QStringList{u"hosts[1].auth"_qs};
        QTest::newRow("host auth number")
            << withHost(1, u"auth"_qs, 1) << QStringList{u"hosts[1].auth"_qs};
        QTest::newRow("host key_file number")
            << withHost(0, u"key_file"_qs, 1) << QStringList{u"hosts[0].key_file"_qs};
        QTest::newRow("host role missing")
            << withHost(0, u"role"_qs, missing) << QStringList{u"hosts[0].role"_qs};
        QTest::newRow("host role empty")
            << withHost(0, u"role"_qs, u""_qs) << QStringList{u"hosts[0].role"_qs};
        QTest::newRow("host role unknown")
            << withHost(1, u"role"_qs, u"backup"_qs) << QStringList{u"hosts[1].role"_qs};
        QTest::newRow("account user missing")
            << withAccount(2, u"user"_qs, missing) << QStringList{u"accounts[2].user"_qs};
        QTest::newRow("account uid missing")
            << withAccount(0, u"uid"_qs, missing) << QStringList{u"accounts[0].uid"_qs};
        QTest::newRow("account uid text")
            << withAccount(0, u"uid"_qs, u"2102"_qs) << QStringList{u"accounts[0].uid"_qs};
        QTest::newRow("account gid fraction")
            << withAccount(7, u"gid"_qs, 2109.5) << QStringList{u"accounts[7].gid"_qs};
        QTest::newRow("account gid huge")
            << withAccount(7, u"gid"_qs, 1e19) << QStringList{u"accounts[7].gid"_qs};
        QTest::newRow("account home number")
            << withAccount(1, u"home"_qs, 5) << QStringList{u"accounts[1].home"_qs};
        QTest::newRow("database host missing")
            << withDb(u"host"_qs, missing) << QStringList{u"database.host"_qs};
        QTest::newRow("database port text")
            << withDb(u"port"_qs, u"5432"_qs) << QStringList{u"database.port"_qs};
        QTest::newRow("database components missing")
            << withDb(u"components"_qs, missing) << QStringList{u"database.components"_qs};
        QTest::newRow("database component text")
            << withDb(u"components"_qs, QJsonObject{{u"combo"_qs, u"combo"_qs}})
            << QStringList{u"database.components.combo"_qs};
        QTest::newRow("database component name missing")
            << withDb(u"components"_qs,
                      QJsonObject{{u"combo"_qs, QJsonObject{{u"user"_qs, u"combo"_qs}}}})
            << QStringList{u"database.components.combo.name"_qs};
        QTest::newRow("database component user number")
            << withDb(u"components"_qs,
                      QJsonObject{
                          {u"combo"_qs, QJsonObject{{u"name"_qs, u"combo"_qs}, {u"user"_qs, 1}}}})
            << QStringList{u"database.components.combo.user"_qs};
        QTest::newRow("nfs mount missing")
            << withNfs(u"mount"_qs, missing) << QStringList{u"nfs.mount"_qs};
        QTest::newRow("nfs publik_dir number")
            << withNfs(u"publik_dir"_qs, 1) << QStringList{u"nfs.publik_dir"_qs};
    }

    void structuralErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, fields);
        const LoadResult r = loadDeployment(json);
        QVERIFY(!r.ok());
        const QString all = problemsText(r.problems);
        for (const QString &field : fields) {
            bool found = false;
            for (const Problem &p : r.problems) {
                if (p.field == field && p.isError()) {
                    found = true;
                    if (field != u"(file)")
                        QVERIFY2(p.message.contains(field), qPrintable(p.message));
                    QVERIFY(!p.message.isEmpty());
                }
            }
            QVERIFY2(found, qPrintable(u"no error for "_qs + field + u" in:\n"_qs + all));
        }
        // Only the expected fields are named (no knock-on errors from the loader).
        for (const Problem &p : r.problems)
            QVERIFY2(fields.contains(p.field), qPrintable(u"unexpected problem: "_qs + all));
    }

    void everyProblemAtOnce()
    {
        QJsonObject o = exampleJson(u"seed.json"_qs);
        o.insert(u"format"_qs, u"x"_qs);
        o.insert(u"name"_qs, 1);
        o.insert(u"components"_qs, 2);
        const LoadResult r = loadDeployment(toBytes(o));
        QStringList fields;
        for (const Problem &p : r.problems)
            fields.append(p.field);
        QCOMPARE(fields, QStringList({u"format"_qs, u"name"_qs, u"components"_qs}));
    }

    void unreadableFile()
    {
        const LoadResult r = loadDeploymentFile(u"/nonexistent/phw/deployment.json"_qs);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().field, u"(file)"_qs);
        QVERIFY(r.problems.first().message.contains(u"/nonexistent/phw/deployment.json"_qs));
    }
    // A key twice in one object is an error naming its path (QJsonDocument would keep the
    // last value silently), however the key is written.
    void duplicateKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray seed = readFile(examplePath(u"seed.json"_qs));
        auto replaced = [&](const char *before, const char *after) {
            QByteArray out = seed;
            const qsizetype at = out.indexOf(before);
            if (at < 0)
                qFatal("%s not in seed.json", before);
            return out.replace(at, qstrlen(before), after);
        };
        QTest::newRow("uid") << replaced("\"uid\": 2102,", "\"uid\": 2102, \"uid\": 2199,")
                             << u"accounts[0].uid"_qs;
        QTest::newRow("uid escaped")
            << replaced("\"uid\": 2102,", "\"uid\": 2102, \"u\\u0069d\": 2199,")
            << u"accounts[0].uid"_qs;
        QTest::newRow("name") << replaced("\"name\": \"macollectivite\",",
                                          "\"name\": \"macollectivite\", \"name\": \"autre\",")
                              << u"name"_qs;
        QTest::newRow("nfs.mount")
            << replaced("\"mount\": \"/srv/nfs\",", "\"mount\": \"/srv/nfs\", \"mount\": \"/tmp\",")
            << u"nfs.mount"_qs;
        QTest::newRow("hosts[1].port")
            << replaced("\"secondary\"}", "\"secondary\", \"port\": 2222}") << u"hosts[1].port"_qs;
        QTest::newRow("database.components.combo")
            << replaced("\"combo\": {\"name\": \"combo\", \"user\": \"combo\"},",
                        "\"combo\": {\"name\": \"combo\", \"user\": \"combo\"}, "
                        "\"combo\": {\"name\": \"other\", \"user\": \"other\"},")
            << u"database.components.combo"_qs;
        QTest::newRow("nested in a list")
            << replaced("\"extra_packages\": [",
                        "\"extra_packages\": [{\"a\": [1, {\"b\": 1, \"b\": 2}]}, ")
            << u"extra_packages[0].a[1].b"_qs;
        QTest::newRow("key with a quote")
            << replaced("\"format\": 1,", "\"format\": 1, \"a\\\"b\": 1, \"a\\\"b\": 2,")
            << u"a\"b"_qs;
        // An empty key is named "" (a problem always names its field: found by the fuzzer).
        QTest::newRow("empty key")
            << replaced("\"format\": 1,", "\"format\": 1, \"\": 1, \"\": 2,") << u"\"\""_qs;
        QTest::newRow("empty key in a host")
            << replaced("\"secondary\"}", "\"secondary\", \"\": 1, \"\": 2}")
            << u"hosts[1].\"\""_qs;
    }

    void duplicateKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        installTranslations(u"fr"_qs);
        const LoadResult r = loadDeployment(json);
        bool found = false;
        for (const Problem &p : r.problems)
            found |=
                p.isError() && p.field == field && p.message.contains(u"apparaît deux fois"_qs);
        installTranslations(u"en"_qs);
        QVERIFY2(found, qPrintable(problemsText(r.problems)));
    }

    // A duplicate in an object of many keys (a hash table past 32 keys), and two keys whose
    // texts differ (the same hash would not make them duplicates).
    void duplicateKeysInBigObjects()
    {
        QByteArray json = readFile(examplePath(u"seed.json"_qs));
        QByteArray many = "\"many\": {";
        for (int i = 0; i < 1000; ++i)
            many += "\"k" + QByteArray::number(i) + "\": 1, ";
        many += "\"k\\u0035\": 2, \"end\": 0}, ";
        json.replace("\"format\": 1,", "\"format\": 1, " + many);
        const LoadResult r = loadDeployment(json);
        QStringList duplicated;
        for (const Problem &p : r.problems) {
            if (p.message.contains(u"twice"_qs) || p.message.contains(u"deux fois"_qs))
                duplicated.append(p.field);
        }
        QCOMPARE(duplicated, QStringList{u"many.k5"_qs});
    }

    // An integer field is written as an integer: 2.102e3 or 22.000000000000001 are not read
    // as 2102 and 22 (second review).
    void wholeNumbersAreWrittenWhole_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("uid 2.102e3") << QByteArray("\"uid\": 2102,")
                                     << QByteArray("\"uid\": 2.102e3,") << u"accounts[0].uid"_qs;
        QTest::newRow("gid 2102.00000000000001")
            << QByteArray("\"gid\": 2102}") << QByteArray("\"gid\": 2102.00000000000001}")
            << u"accounts[0].gid"_qs;
        QTest::newRow("port 22.000000000000001")
            << QByteArray("\"port\": 22,") << QByteArray("\"port\": 22.000000000000001,")
            << u"hosts[0].port"_qs;
        QTest::newRow("format 1.0")
            << QByteArray("\"format\": 1,") << QByteArray("\"format\": 1.0,") << u"format"_qs;
        QTest::newRow("database port 5432E0")
            << QByteArray("\"port\": 5432,") << QByteArray("\"port\": 5432E0,")
            << u"database.port"_qs;
        QTest::newRow("id_range 1e3")
            << QByteArray("\"format\": 1,")
            << QByteArray("\"format\": 1, \"id_range\": {\"min\": 1e3, \"max\": 59999},")
            << u"id_range.min"_qs;
        QTest::newRow("id_range max 59999.0")
            << QByteArray("\"format\": 1,")
            << QByteArray("\"format\": 1, \"id_range\": {\"min\": 1000, \"max\": 59999.0},")
            << u"id_range.max"_qs;
        QTest::newRow("integers as integers")
            << QByteArray("\"format\": 1,")
            << QByteArray("\"format\": 1, \"id_range\": {\"min\": 1000, \"max\": 59999},")
            << QString();
        QTest::newRow("a fraction in a text") << QByteArray("\"name\": \"macollectivite\"")
                                              << QByteArray("\"name\": \"ma1.0e3\"") << QString();
    }

    void wholeNumbersAreWrittenWhole()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, field);
        QByteArray json = readFile(examplePath(u"seed.json"_qs));
        QVERIFY(json.contains(before));
        json.replace(json.indexOf(before), before.size(), after);
        installTranslations(u"fr"_qs);
        const LoadResult r = loadDeployment(json);
        installTranslations(u"en"_qs);
        if (field.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(problemsText(r.problems)));
            return;
        }
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().field, field);
        QVERIFY2(r.problems.first().message.contains(u"un nombre entier est attendu"_qs),
                 qPrintable(r.problems.first().message));
    }

    // The second review's slow file: an unknown key holding a list of 17-key objects, 3.9 MB.
    // Its value is scanned for duplicates, never parsed: one problem, quickly.
    void hugeUnknownValueIsCheap()
    {
        QByteArray json = readFile(examplePath(u"seed.json"_qs));
        QByteArray big = "\"zz\": [";
        for (int i = 0; big.size() < 3900000; ++i) {
            big += i ? ", {" : "{";
            for (int k = 0; k < 17; ++k)
                big += (k ? ", \"k" : "\"k") + QByteArray::number(k) + "\": 1";
            big += '}';
        }
        big += "], ";
        json.replace("\"format\": 1,", "\"format\": 1, " + big);
        QVERIFY(json.size() < kMaxDeploymentFileSize);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadDeployment(json);
        const QList<Problem> problems = loadAndValidationProblems(r);
        const qint64 ms = timer.elapsed();
        qInfo("unknown key holding %lld bytes of 17-key objects: loaded and validated in %lld ms",
              static_cast<long long>(big.size()), static_cast<long long>(ms));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"zz"_qs);
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms))); // 0.3 s here; the machine is shared
        // The same value under an unknown key of a host, or as a host's name: not parsed either.
        for (const QByteArray &key : {QByteArray("zz"), QByteArray("name")}) {
            QByteArray nested = readFile(examplePath(u"seed.json"_qs));
            const QByteArray list = big.mid(6, big.size() - 8); // the list alone
            if (key == "zz")
                nested.replace("\"role\": \"primary\"", "\"role\": \"primary\", \"zz\": " + list);
            else
                nested.replace("\"name\": \"web1\"", "\"name\": " + list);
            timer.restart();
            const QList<Problem> found = loadAndValidationProblems(loadDeployment(nested));
            const qint64 nestedMs = timer.elapsed();
            qInfo("the same list as hosts[0].%s: %lld ms", key.constData(),
                  static_cast<long long>(nestedMs));
            QVERIFY2(!found.isEmpty() &&
                         found.first().field == u"hosts[0]."_qs + QString::fromLatin1(key),
                     qPrintable(problemsText(found)));
            QVERIFY2(nestedMs < 3000, qPrintable(QString::number(nestedMs)));
        }
        // A list far over its limit: refused whole with its size, not parsed either.
        QByteArray accounts = readFile(examplePath(u"seed.json"_qs));
        QByteArray list = "\"accounts\": [";
        for (int i = 0; i < 20000; ++i)
            list += (i ? ", " : "") + QByteArray("{\"user\": \"u\", \"uid\": 1, \"gid\": 1}");
        list += "], \"x-accounts\": ";
        accounts.replace("\"accounts\": ", list);
        installTranslations(u"fr"_qs);
        const LoadResult big2 = loadDeployment(accounts);
        installTranslations(u"en"_qs);
        bool found = false;
        for (const Problem &p : big2.problems)
            found |= p.field == u"accounts" && p.message.contains(u"ce fichier en a 20000"_qs);
        QVERIFY2(found, qPrintable(problemsText(big2.problems)));
    }

    // Same keys in different objects, and values equal to keys, are not duplicates.
    void noFalseDuplicates()
    {
        const LoadResult r = loadDeployment(readFile(examplePath(u"four-hosts.json"_qs)));
        QVERIFY2(r.ok(), qPrintable(problemsText(r.problems)));
        const LoadResult s = loadDeployment(readFile(dataPath(u"hostile-valid.json"_qs)));
        QVERIFY2(s.ok(), qPrintable(problemsText(s.problems)));
    }

    // A misspelt key is an error naming it, with the known key it is close to.
    void unknownKeys_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("suggestion"); // empty: the keys of that object are listed
        QTest::newRow("prot") << u"hosts[0].prot"_qs << u"port"_qs;
        QTest::newRow("idrange") << u"idrange"_qs << u"id_range"_qs;
        QTest::newRow("extra_package") << u"extra_package"_qs << u"extra_packages"_qs;
        QTest::newRow("adress") << u"hosts[1].adress"_qs << u"address"_qs;
        QTest::newRow("Port") << u"database.Port"_qs << u"port"_qs;
        QTest::newRow("publikdir") << u"nfs.publikdir"_qs << u"publik_dir"_qs;
        QTest::newRow("uid2") << u"accounts[0].uidd"_qs << u"uid"_qs;
        QTest::newRow("var-lib") << u"component_catalog.combo.var-lib"_qs << u"var_lib"_qs;
        QTest::newRow("db name") << u"database.components.combo.nmae"_qs << u"name"_qs;
        QTest::newRow("range mini") << u"id_range.mini"_qs << u"min"_qs;
        QTest::newRow("comment") << u"comment"_qs << QString();
        QTest::newRow("far") << u"hosts[0].zzzzzzzz"_qs << QString();
    }

    void unknownKeys()
    {
        QFETCH(QString, path);
        QFETCH(QString, suggestion);
        QJsonObject o = exampleJson(u"seed.json"_qs);
        if (path.startsWith(u"component_catalog"_qs))
            o.insert(u"component_catalog"_qs, QJsonObject{{u"combo"_qs, QJsonObject{}}});
        if (path.startsWith(u"id_range"_qs))
            o.insert(u"id_range"_qs, QJsonObject{});
        o = withPath(o, path, 1);
        installTranslations(u"fr"_qs);
        const LoadResult r = loadDeployment(toBytes(o));
        installTranslations(u"en"_qs);
        bool found = false;
        for (const Problem &p : r.problems) {
            if (p.field != path)
                continue;
            found = true;
            QVERIFY2(p.message.contains(u"clé inconnue"_qs), qPrintable(p.message));
            if (!suggestion.isEmpty())
                QVERIFY2(p.message.contains(u"vouliez-vous dire « "_qs + suggestion + u" »"_qs),
                         qPrintable(p.message));
            else
                QVERIFY2(p.message.contains(u"les clés possibles ici sont"_qs),
                         qPrintable(p.message));
        }
        QVERIFY2(found, qPrintable(problemsText(r.problems)));
    }

    // The file is read with a size limit; what is not a file is refused with a French reason.
    void fileReading()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        installTranslations(u"fr"_qs);
        auto message = [](const QString &path) {
            const LoadResult r = loadDeploymentFile(path);
            return r.problems.size() == 1 && r.problems.first().field == u"(file)"
                       ? r.problems.first().message
                       : problemsText(r.problems);
        };
        QElapsedTimer timer;
        timer.start();
        QString m = message(u"/dev/zero"_qs);
        QVERIFY2(m.contains(u"c'est un périphérique"_qs), qPrintable(m));
        QVERIFY(timer.elapsed() < 5000);
        m = message(dir.path());
        QVERIFY2(m.contains(u"c'est un dossier"_qs), qPrintable(m));
        m = message(dir.filePath(u"missing.json"_qs));
        QVERIFY2(m.contains(u"ce fichier n'existe pas"_qs), qPrintable(m));
        QVERIFY2(!m.contains(u"No such file"_qs, Qt::CaseInsensitive), qPrintable(m));
        m = message(dir.filePath(u"missing/x.json"_qs));
        QVERIFY2(m.contains(u"ce fichier n'existe pas"_qs), qPrintable(m));
        const QString regular = dir.filePath(u"a-file"_qs);
        QVERIFY(writeFile(regular, "{}"));
        m = message(regular + u"/x.json"_qs);
        QVERIFY2(m.contains(u"une partie du chemin n'est pas un dossier"_qs), qPrintable(m));
        // Over the limit: refused as read, before parsing.
        const QString big = dir.filePath(u"big.json"_qs);
        QVERIFY(writeFile(big, QByteArray(kMaxDeploymentFileSize + 1, ' ')));
        m = message(big);
        QVERIFY2(m.contains(u"dépasse 4 Mio"_qs), qPrintable(m));
        QVERIFY(writeFile(big, QByteArray(kMaxDeploymentFileSize - 2, ' ') + "{}"));
        m = message(big);
        QVERIFY2(m.contains(u"format"_qs), qPrintable(m)); // read and parsed: fields missing
        // A FIFO without a writer: no hang, an empty document.
        const QByteArray fifo = QFile::encodeName(dir.filePath(u"fifo"_qs));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        m = message(QString::fromLocal8Bit(fifo));
        QVERIFY2(m.contains(u"JSON"_qs), qPrintable(m));
        // A name with control characters is shown escaped.
        m = message(dir.filePath(u"\x1b[31mred"_qs));
        QVERIFY2(m.contains(u"\\x1b[31mred"_qs) && !m.contains(QChar(0x1b)), qPrintable(m));
        // Unreadable (unless root, who reads everything).
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(regular, QFileDevice::WriteOwner));
            m = message(regular);
            QVERIFY2(m.contains(u"permission refusée"_qs), qPrintable(m));
        }
        installTranslations(u"en"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
