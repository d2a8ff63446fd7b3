// Database passwords: byte-exact in the settings.d file written by the real script code on a
// real sh (checked by parsing it with python3), refused only with control characters, and
// never in a plan or an exported script.
#include "testutil.h"

#include "cli.h"
#include "textutil.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace phw;
using namespace phwtest;

namespace {

const char kCanary[] = "Canary-7f3a9'\"$(id)`id`\\ é";

QString canary()
{
    return QString::fromUtf8(kCanary);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        installTranslations(u"fr"_qs);
        m_sh = findExecutable(u"sh"_qs);
        m_python = findExecutable(u"python3"_qs);
        QVERIFY2(!m_sh.isEmpty(), "sh is missing from PATH");
        QVERIFY2(!m_python.isEmpty(),
                 "python3 is missing from PATH: install it (apt-get install python3)");
        QVERIFY(m_dir.isValid());

        // The library and the step functions of web1's script, without the call to phw_main:
        // sourcing it defines everything and runs nothing.
        m_deployment = loadValid(examplePath(u"seed.json"_qs));
        m_plan = buildPlan(m_deployment);
        QByteArray script = renderHostScript(m_deployment, m_plan, u"web1"_qs);
        const QByteArray call = "\nphw_main \"$@\"\n";
        QVERIFY(script.endsWith(call));
        script.chop(call.size() - 1);
        m_library = m_dir.filePath(u"web1-functions.sh"_qs);
        QVERIFY(writeFile(m_library, script));
        // The content function is the one the preview shows.
        const Step *step = m_plan.step(u"database.combo"_qs);
        QVERIFY(step);
        QVERIFY(script.contains(renderStepFunctions(*step).toUtf8()));
        QVERIFY(renderStepFunctions(*step).contains(u"phw_pystr PUBLIK_DB_PASSWORD_COMBO"_qs));
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << u"s3cret"_qs << true;
        QTest::newRow("single quotes") << u"it's 'quoted'"_qs << true;
        QTest::newRow("double quotes") << u"say \"hi\""_qs << true;
        QTest::newRow("triple quotes") << u"''' \"\"\" '"_qs << true;
        QTest::newRow("backslashes") << u"a\\b\\\\c"_qs << true;
        QTest::newRow("ends with backslash") << u"abc\\"_qs << true;
        QTest::newRow("python escapes") << u"\\n \\t \\x41 \\u00e9 \\N{BULLET} \\0"_qs << true;
        QTest::newRow("dollar") << u"$HOME $1 ${PATH} $$ $?"_qs << true;
        QTest::newRow("command substitution") << u"$(id) $(touch /tmp/phw-pwned)"_qs << true;
        QTest::newRow("backticks") << u"`id` `touch /tmp/phw-pwned`"_qs << true;
        QTest::newRow("spaces") << u"  lead and trail  "_qs << true;
        QTest::newRow("printf format") << u"%s %d %% %n %b \\c"_qs << true;
        QTest::newRow("sed specials") << u"& \\1 / | s/a/b/g"_qs << true;
        QTest::newRow("leading dash") << u"-n"_qs << true;
        QTest::newRow("option e") << u"-e \\n"_qs << true;
        QTest::newRow("metacharacters") << u"; | & ( ) < > * ? [ ] { } ~ # !"_qs << true;
        QTest::newRow("french") << u"mot de passe é à ç œ"_qs << true;
        QTest::newRow("japanese") << u"日本語のパスワード"_qs << true;
        QTest::newRow("emoji") << u"🔑🐍👍🏽"_qs << true;
        QTest::newRow("rtl") << u"\u202eevil\u202c שלום"_qs << true;
        QTest::newRow("nbsp") << u"a\u00a0b"_qs << true;
        QTest::newRow("line separator") << u"a\u2028b\u2029c"_qs << true;
        QTest::newRow("bom") << u"\ufeffbom"_qs << true;
        QTest::newRow("one quote") << u"'"_qs << true;
        QTest::newRow("one backslash") << u"\\"_qs << true;
        QTest::newRow("long") << QString(5000, u'\'') + QString(5000, u'\\') << true;
        QTest::newRow("tab") << u"a\tb"_qs << false;
        QTest::newRow("newline") << u"a\nb"_qs << false;
        QTest::newRow("trailing newline") << u"ab\n"_qs << false;
        QTest::newRow("carriage return") << u"a\rb"_qs << false;
        QTest::newRow("escape") << u"a\x1b[31mb"_qs << false;
        QTest::newRow("bell") << u"a\x07"_qs << false;
        QTest::newRow("del") << u"a\x7f"_qs << false;
    }

    // The real script code on a real sh writes the file; python3 reads the password back.
    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const QString variable = passwordVariable(u"combo"_qs);
        const QString out = m_dir.filePath(u"combo.py"_qs);
        QFile::remove(out);
        QFile::remove(u"/tmp/phw-pwned"_qs);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(variable, password);
        const Run written = run(m_sh,
                                {u"-c"_qs,
                                 u". \"$1\" && phw_need_secret "_qs + variable +
                                     u" && phw_content_database_combo_1 >\"$2\""_qs,
                                 u"sh"_qs, m_library, out},
                                env);
        QVERIFY(!QFile::exists(u"/tmp/phw-pwned"_qs));
        if (!accepted) {
            QVERIFY2(written.exitCode != 0, "a control character was accepted by the script");
            QVERIFY(written.err.contains(variable.toUtf8()));
            QVERIFY(!written.err.contains(password.toUtf8()));
            QVERIFY(pythonStringLiteral(password).isNull());
            return;
        }
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QVERIFY(written.out.isEmpty());

        // The file is what the plan says, with the password as the C++ literal.
        const FileSpec &spec = m_plan.step(u"database.combo"_qs)->files.first();
        QString expected;
        for (const ContentPart &part : spec.content)
            expected += part.isSecret() ? pythonStringLiteral(password) : part.text;
        const QByteArray file = readFile(out);
        QCOMPARE(file, expected.toUtf8());

        // python3 parses it as Django would (settings.d files are exec'd in the settings).
        const QString reader = m_dir.filePath(u"read.py"_qs);
        QVERIFY(writeFile(reader,
                          "import json, sys\n"
                          "DATABASES = {'default': {}}\n"
                          "with open(sys.argv[1], encoding='utf-8') as f:\n"
                          "    exec(compile(f.read(), sys.argv[1], 'exec'))\n"
                          "d = DATABASES['default']\n"
                          "with open(sys.argv[2], 'w') as f:\n"
                          "    json.dump({k: v for k, v in d.items() if k != 'PASSWORD'}, f)\n"
                          "sys.stdout.buffer.write(d['PASSWORD'].encode('utf-8'))\n"));
        const QString others = m_dir.filePath(u"others.json"_qs);
        const Run parsed = run(m_python, {reader, out, others});
        QVERIFY2(parsed.exitCode == 0, parsed.err.constData());
        QCOMPARE(parsed.out, password.toUtf8());
        const QJsonObject fields = QJsonDocument::fromJson(readFile(others)).object();
        QCOMPARE(fields.value(u"NAME"_qs).toString(), u"combo"_qs);
        QCOMPARE(fields.value(u"USER"_qs).toString(), u"combo"_qs);
        QCOMPARE(fields.value(u"HOST"_qs).toString(), u"sql-prod"_qs);
        QCOMPARE(fields.value(u"PORT"_qs).toString(), u"5432"_qs);
        QCOMPARE(fields.size(), 4);
        QVERIFY(!QFile::exists(u"/tmp/phw-pwned"_qs));
    }

    // The C++ helper, checked by python3 the same way.
    void cppLiteral_data() { passwords_data(); }

    void cppLiteral()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const QString literal = phw::pythonStringLiteral(password);
        QCOMPARE(literal.isNull(), !accepted);
        if (!accepted)
            return;
        const Run parsed =
            run(m_python,
                {u"-c"_qs, u"import ast, sys\n"
                           "v = ast.literal_eval(sys.stdin.buffer.read().decode('utf-8'))\n"
                           "assert isinstance(v, str)\n"
                           "sys.stdout.buffer.write(v.encode('utf-8'))\n"_qs},
                QProcessEnvironment::systemEnvironment(), {}, literal.toUtf8());
        QVERIFY2(parsed.exitCode == 0, parsed.err.constData());
        QCOMPARE(parsed.out, password.toUtf8());
    }

    void c1ControlCharacters()
    {
        // C1 controls (U+0080–U+009F) are refused by the engine and by the script alike.
        QVERIFY(phw::pythonStringLiteral(u"a\u0085b"_qs).isNull());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString variable = passwordVariable(u"combo"_qs);
        env.insert(variable, u"a\u0085b"_qs);
        const Run r = run(
            m_sh, {u"-c"_qs, u". \"$1\" && phw_need_secret "_qs + variable, u"sh"_qs, m_library},
            env);
        QVERIFY(r.exitCode != 0);
    }

    void invalidUtf8()
    {
        // A password that is not UTF-8 (e.g. typed on a Latin-1 terminal) cannot be a Python
        // str exactly; it must be refused rather than written into a file Django cannot read.
        const QString out = m_dir.filePath(u"latin1.py"_qs);
        const QString variable = passwordVariable(u"combo"_qs);
        const Run r = run(m_sh, {u"-c"_qs,
                                 u"export "_qs + variable +
                                     u"=\"$(printf 'caf\\351')\"; . \"$1\" && "
                                     "phw_need_secret "_qs +
                                     variable + u" && phw_content_database_combo_1 >\"$2\""_qs,
                                 u"sh"_qs, m_library, out});
        QVERIFY2(r.exitCode != 0, "a password that is not UTF-8 must be refused");
        QVERIFY(!QFileInfo::exists(out) || QFileInfo(out).size() == 0);
    }

    // With every password variable set to a canary in the CLI's own environment, no output of
    // plan, plan --json or export contains it.
    void neverInOutputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs);
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs);
    }

    void neverInOutputs()
    {
        QFETCH(QString, file);
        const Deployment d = loadValid(file);
        for (const QString &c : d.components)
            qputenv(passwordVariable(c).toUtf8().constData(), QByteArray(kCanary));
        const QByteArray needle = canary().toUtf8();
        const QByteArray needleStart = QByteArray("Canary-7f3a9");

        auto cli = [](const QStringList &arguments) {
            QString out;
            QString err;
            int code;
            {
                QTextStream o(&out);
                QTextStream e(&err);
                code = runCli(arguments, o, e);
            }
            return std::make_tuple(code, out.toUtf8(), err.toUtf8());
        };
        QTemporaryDir dir;
        const QList<QStringList> commands = {{u"plan"_qs, file},
                                             {u"plan"_qs, file, u"--json"_qs},
                                             {u"validate"_qs, file},
                                             {u"export"_qs, file, u"--script"_qs, dir.path()}};
        for (const QStringList &command : commands) {
            const auto [code, out, err] = cli(command);
            QCOMPARE(code, 0);
            QVERIFY2(!out.contains(needleStart) && !err.contains(needleStart),
                     qPrintable(command.join(u' ')));
        }
        const QStringList scripts = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(scripts.size(), d.hosts.size());
        for (const QString &name : scripts) {
            const QByteArray content = readFile(dir.filePath(name));
            QVERIFY2(!content.contains(needleStart), qPrintable(name));
            QVERIFY(!content.contains(needle));
        }
        // And the renderers directly (the preview of the wizard).
        const Plan plan = buildPlan(d);
        for (const Step &s : plan.steps)
            QVERIFY(!renderStepFunctions(s).contains(u"Canary-7f3a9"_qs));
        for (const QString &c : d.components)
            qunsetenv(passwordVariable(c).toUtf8().constData());
    }

private:
    QString m_sh;
    QString m_python;
    QString m_library;
    QTemporaryDir m_dir;
    Deployment m_deployment;
    Plan m_plan;
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
