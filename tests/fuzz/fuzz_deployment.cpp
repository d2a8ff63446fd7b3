// libFuzzer target: the deployment loader, validation, plan and every renderer (when the
// input is a valid deployment), and the two quoting helpers over the raw input.
//
//   fuzz_deployment -max_total_time=60 WORK_DIR tests/fuzz/corpus
//
// Properties (a violation aborts, so libFuzzer saves the input):
//  - loading never crashes; every problem names a field and has a message;
//  - a loaded deployment saves and loads back equal;
//  - a valid deployment builds a plan whose renderings are well-formed: JSON parses, scripts
//    are text (no control character but '\n'), start with the shebang and end with phw_main;
//  - shellQuote(s) parses back, by a POSIX sh word parser, to exactly s, as one word;
//  - pythonStringLiteral(s) is null exactly when s has a control character, and otherwise
//    parses back, by a Python single-quoted literal parser, to exactly s.
#include "deployment.h"
#include "plan.h"
#include "render.h"
#include "textutil.h"
#include "validation.h"

#include <QJsonDocument>
#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_deployment: property violated: %s\n%s\n", what,
                 detail.left(2000).toUtf8().constData());
    std::abort();
}

void require(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// Characters that stand for themselves outside quotes in any position of a POSIX sh word
// (written independently of textutil.cpp on purpose).
bool plainInSh(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return u == '.' || u == '_' || u == '/' || u == '@' || u == '%' || u == '+' || u == '=' ||
           u == ':' || u == ',' || u == '-';
}

// Parses one POSIX sh word made of plain characters, '…' strings and backslash escapes.
// Anything that sh would expand, split or treat as an operator is a failure.
std::optional<QString> parseShWord(const QString &word)
{
    if (word.isEmpty())
        return std::nullopt; // an empty word vanishes: not an argument
    QString out;
    qsizetype i = 0;
    while (i < word.size()) {
        const QChar c = word.at(i);
        if (c == u'\'') {
            const qsizetype end = word.indexOf(u'\'', i + 1);
            if (end < 0)
                return std::nullopt;
            out += word.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c == u'\\') {
            if (i + 1 >= word.size() || word.at(i + 1) == u'\n')
                return std::nullopt;
            out += word.at(i + 1);
            i += 2;
        } else if (plainInSh(c)) {
            out += c;
            ++i;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

// Parses a Python single-quoted string literal that uses only \\ and \' escapes.
std::optional<QString> parsePythonLiteral(const QString &literal)
{
    if (literal.size() < 2 || !literal.startsWith(u'\'') || !literal.endsWith(u'\''))
        return std::nullopt;
    QString out;
    for (qsizetype i = 1; i < literal.size() - 1; ++i) {
        const QChar c = literal.at(i);
        if (c == u'\n' || c == u'\r')
            return std::nullopt; // ends the line: a syntax error in Python
        if (c == u'\'')
            return std::nullopt; // would end the literal early
        if (c == u'\\') {
            if (i + 1 >= literal.size() - 1)
                return std::nullopt; // escapes the closing quote
            const QChar next = literal.at(++i);
            if (next != u'\\' && next != u'\'')
                return std::nullopt; // any other escape would change the value
            out += next;
            continue;
        }
        out += c;
    }
    return out;
}

void checkQuoting(const QString &value)
{
    const QString quoted = phw::shellQuote(value);
    const std::optional<QString> word = parseShWord(quoted);
    require(word.has_value(), "shellQuote result is not one sh word", quoted);
    require(*word == value, "shellQuote does not round-trip", quoted);
    if (phw::isShellSafe(value))
        require(quoted == value, "a safe token was quoted", value);

    const QString literal = phw::pythonStringLiteral(value);
    require(literal.isNull() == phw::hasControlCharacter(value),
            "pythonStringLiteral refuses exactly the control characters", value);
    if (!literal.isNull()) {
        const std::optional<QString> parsed = parsePythonLiteral(literal);
        require(parsed.has_value(), "pythonStringLiteral is not a literal", literal);
        require(*parsed == value, "pythonStringLiteral does not round-trip", literal);
    }
}

bool hasSurrogate(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSurrogate())
            return true;
    }
    return false;
}

void checkRenderings(const phw::Deployment &d)
{
    const phw::Plan plan = phw::buildPlan(d);
    require(plan.hostOrder.size() == d.hosts.size(), "every host is in the plan");
    for (const phw::Step &s : plan.steps) {
        require(!s.id.isEmpty() && !s.hosts.isEmpty() && !s.apply.isEmpty(), "incomplete step",
                s.id);
    }
    // Step ids, and the sh function names made from them, are unique.
    QSet<QString> ids;
    for (const phw::Step &s : plan.steps) {
        QString fn = s.id;
        fn.replace(u'.', u'_').replace(u'-', u'_');
        require(!ids.contains(fn), "two steps share a function name", s.id);
        ids.insert(fn);
    }
    const QString text = phw::renderPlanText(d, plan);
    require(!text.isEmpty(), "empty plan text");
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(phw::renderPlanJson(d, plan), &error);
    require(error.error == QJsonParseError::NoError && json.isObject(),
            "plan --json does not parse");
    for (const phw::ExportedScript &script : phw::renderScripts(d, plan)) {
        require(script.content.startsWith("#!/bin/sh\n"), "script without shebang",
                script.fileName);
        require(script.content.endsWith("phw_main \"$@\"\n"), "script without entry point",
                script.fileName);
        for (const char c : script.content)
            require(c == '\n' || static_cast<unsigned char>(c) >= 0x20,
                    "control character in a script", script.fileName);
        require(!QString::fromUtf8(script.content).contains(QChar::ReplacementCharacter),
                "script is not clean UTF-8", script.fileName);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const phw::LoadResult loaded = phw::loadDeployment(bytes);
    for (const phw::Problem &p : loaded.problems)
        require(!p.field.isEmpty() && !p.message.isEmpty(), "a problem without field or message",
                p.field);
    if (loaded.ok()) {
        const QByteArray saved = loaded.deployment.toJsonBytes();
        const phw::LoadResult again = phw::loadDeployment(saved);
        require(again.ok(), "a saved deployment does not load", QString::fromUtf8(saved));
        // Lone surrogates (\ud800 in the input) cannot survive UTF-8: not a round-trip failure.
        if (!hasSurrogate(QString::fromUtf8(bytes)) && !bytes.contains("\\u") &&
            !bytes.contains("\\U"))
            require(again.deployment == loaded.deployment, "save/load round trip differs",
                    QString::fromUtf8(saved));
        const QList<phw::Problem> problems = phw::validate(loaded.deployment);
        for (const phw::Problem &p : problems)
            require(!p.field.isEmpty() && p.message.contains(p.field),
                    "a validation problem that does not name its field",
                    p.field + u": "_qs + p.message);
        if (!phw::hasErrors(problems))
            checkRenderings(loaded.deployment);
    }

    checkQuoting(QString::fromUtf8(bytes));
    if (size > 0) {
        // Also as UTF-16/Latin-1, to reach every QChar (controls, C1, surrogates).
        checkQuoting(QString::fromLatin1(bytes));
        QString utf16(static_cast<qsizetype>(size / 2), Qt::Uninitialized);
        std::memcpy(utf16.data(), data, (size / 2) * sizeof(char16_t));
        checkQuoting(utf16);
    }
    return 0;
}
