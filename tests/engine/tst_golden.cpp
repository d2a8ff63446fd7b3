// Golden files: `plan`, `plan --json` and `export` of the examples, byte for byte, in French
// (the default language). PHW_UPDATE_GOLDEN=1 rewrites them from the current engine.
#include "testutil.h"

#include "cli.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace phw;
using namespace phwtest;

namespace {

QString goldenDir(const QString &example)
{
    return sourceDir() + u"/tests/engine/golden/"_qs + example;
}

bool updating()
{
    return qEnvironmentVariable("PHW_UPDATE_GOLDEN") == u"1";
}

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliResult cli(const QStringList &arguments)
{
    installTranslations(languageFromArguments(arguments));
    CliResult r;
    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        r.code = runCli(arguments, outStream, errStream);
    }
    r.out = out.toUtf8();
    r.err = err.toUtf8();
    return r;
}

// Compares with the golden file (or rewrites it). On a difference, the first differing line.
void compareGolden(const QString &path, const QByteArray &actual)
{
    if (updating()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY2(writeFile(path, actual), qPrintable(path));
        qInfo("updated %s", qPrintable(path));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(u"missing golden file "_qs + path + u" (run with PHW_UPDATE_GOLDEN=1)"_qs));
    const QByteArray expected = f.readAll();
    if (expected == actual)
        return;
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = i < e.size() ? e.at(i) : QByteArray("<end of file>");
        const QByteArray al = i < a.size() ? a.at(i) : QByteArray("<end of file>");
        if (el != al) {
            QFAIL(qPrintable(
                QStringLiteral(
                    "%1 differs at line %2:\n  expected: %3\n  actual:   %4\n"
                    "(if the change is intended: PHW_UPDATE_GOLDEN=1 ctest -R tst_golden)")
                    .arg(path)
                    .arg(i + 1)
                    .arg(QString::fromUtf8(el), QString::fromUtf8(al))));
        }
    }
    QFAIL("differs");
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        // Whatever the environment says, the golden files are the default language.
        qunsetenv("PUBLIK_HA_LANG");
    }

    void golden_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QStringList>("scripts");
        QTest::newRow("seed") << u"seed"_qs << QStringList{u"01-web1.sh"_qs, u"02-web2.sh"_qs};
        QTest::newRow("four-hosts")
            << u"four-hosts"_qs
            << QStringList{u"01-web1.sh"_qs, u"02-web2.sh"_qs, u"03-web3.sh"_qs, u"04-web4.sh"_qs};
    }

    void golden()
    {
        QFETCH(QString, example);
        QFETCH(QStringList, scripts);
        const QString file = examplePath(example + u".json"_qs);

        const CliResult text = cli({u"plan"_qs, file});
        QCOMPARE(text.code, int(ExitOk));
        QVERIFY2(text.err.isEmpty(), text.err.constData());
        compareGolden(goldenDir(example) + u"/plan.txt"_qs, text.out);

        const CliResult json = cli({u"plan"_qs, file, u"--json"_qs});
        QCOMPARE(json.code, int(ExitOk));
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());
        compareGolden(goldenDir(example) + u"/plan.json"_qs, json.out);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliResult exported = cli({u"export"_qs, file, u"--script"_qs, dir.path()});
        QCOMPARE(exported.code, int(ExitOk));
        QStringList written = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(written, scripts);
        for (const QString &name : scripts) {
            const QString path = dir.filePath(name);
            QVERIFY(QFileInfo(path).isExecutable());
            compareGolden(goldenDir(example) + u"/"_qs + name, readFile(path));
        }
        // The export is the renderer's output, byte for byte.
        const Deployment d = loadValid(file);
        const Plan plan = buildPlan(d);
        for (const ExportedScript &s : renderScripts(d, plan))
            QCOMPARE(readFile(dir.filePath(s.fileName)), s.content);
        QCOMPARE(renderPlanText(d, plan).toUtf8(), text.out);
        QCOMPARE(renderPlanJson(d, plan), json.out);
    }

    // The golden files are the default language: asking for French gives the same bytes.
    void frenchIsDefault()
    {
        const QString file = examplePath(u"seed.json"_qs);
        const CliResult byDefault = cli({u"plan"_qs, file});
        const CliResult french = cli({u"plan"_qs, file, u"--lang"_qs, u"fr"_qs});
        QCOMPARE(french.out, byDefault.out);
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
