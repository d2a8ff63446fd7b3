#include "textutil.h"

#include <QStringList>

namespace phw {

namespace {
bool isSafeShellChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (u) {
    case '.':
    case '_':
    case '/':
    case '@':
    case '%':
    case '+':
    case '=':
    case ':':
    case ',':
    case '-':
        return true;
    default:
        return false;
    }
}

bool isSafePathChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
           u == '_' || u == '+' || u == '@' || u == '-';
}
} // namespace

bool isShellSafe(const QString &value)
{
    if (value.isEmpty() || value.startsWith(u'-'))
        return false;
    for (const QChar c : value) {
        if (!isSafeShellChar(c))
            return false;
    }
    return true;
}

QString shellQuote(const QString &value)
{
    if (isShellSafe(value))
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += u'\'';
    for (const QChar c : value) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += u'\'';
    return out;
}

bool hasControlCharacter(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            return true;
    }
    return false;
}

QString pythonStringLiteral(const QString &value)
{
    if (hasControlCharacter(value))
        return {};
    QString out;
    out.reserve(value.size() + 2);
    out += u'\'';
    for (const QChar c : value) {
        if (c == u'\\' || c == u'\'')
            out += u'\\';
        out += c;
    }
    out += u'\'';
    return out;
}

bool isSafeAbsolutePath(const QString &path)
{
    if (path.size() < 2 || path.size() > 1024 || !path.startsWith(u'/') || path.endsWith(u'/'))
        return false;
    const QStringList segments = path.mid(1).split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u".." || segment.startsWith(u'-'))
            return false;
        for (const QChar c : segment) {
            if (!isSafePathChar(c))
                return false;
        }
    }
    return true;
}

bool isStrictlyInside(const QString &child, const QString &parent)
{
    return child.size() > parent.size() + 1 && child.startsWith(parent) &&
           child.at(parent.size()) == u'/';
}

QString passwordVariable(const QString &component)
{
    QString name = component.toUpper();
    name.replace(u'-', u'_');
    name.replace(u'.', u'_');
    return QStringLiteral("PUBLIK_DB_PASSWORD_") + name;
}

} // namespace phw
