#include "textutil.h"

#include <QCoreApplication>
#include <QLocale>

#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

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
        if (segment.isEmpty() || segment == u"." || segment == u".." || segment.startsWith(u'-') ||
            segment.size() > 255)
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

QString printable(const QString &value, qsizetype maxLength)
{
    QString out;
    const qsizetype shown = std::min(value.size(), maxLength);
    out.reserve(shown + 8);
    for (qsizetype i = 0; i < shown; ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        const QChar::Category category = c.category();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if ((category == QChar::Other_Format || category == QChar::Separator_Line ||
                  category == QChar::Separator_Paragraph) ||
                 (c.isSurrogate() && !(c.isHighSurrogate() && i + 1 < value.size() &&
                                       value.at(i + 1).isLowSurrogate())) ||
                 (c.isLowSurrogate() && !(i > 0 && value.at(i - 1).isHighSurrogate())))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (shown < value.size())
        out += u'…';
    return out;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    // Optimal string alignment distance, three rows; a and b are short here (keys, commands),
    // and the length test above bounds the work for long ones.
    const qsizetype n = b.size();
    QList<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[n], limit + 1);
}

QString closestMatch(const QString &value, const QStringList &candidates)
{
    if (value.isEmpty() || value.size() > 64)
        return {};
    const int limit = value.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(value, candidate, limit);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

QString passwordVariable(const QString &component)
{
    QString name = component.toUpper();
    name.replace(u'-', u'_');
    name.replace(u'.', u'_');
    return QStringLiteral("PUBLIK_DB_PASSWORD_") + name;
}

namespace {
struct SystemTr
{
    Q_DECLARE_TR_FUNCTIONS(SystemError)
};
} // namespace

QString systemReason(int error)
{
    switch (error) {
    case ENOENT:
        return SystemTr::tr("no such file");
    case EACCES:
    case EPERM:
        return SystemTr::tr("permission denied");
    case EISDIR:
        return SystemTr::tr("it is a folder, not a file");
    case ENOTDIR:
        return SystemTr::tr("a part of the path is not a folder");
    case ELOOP:
        return SystemTr::tr("too many levels of symbolic links");
    case ENAMETOOLONG:
        return SystemTr::tr("the name is too long");
    case EIO:
        return SystemTr::tr("input/output error");
    case ENXIO:
    case ENODEV:
        return SystemTr::tr("no such device");
    case EMFILE:
    case ENFILE:
    case ENOMEM:
        return SystemTr::tr("the system is out of resources");
    case EROFS:
        return SystemTr::tr("read-only file system");
    case ENOSPC:
    case EDQUOT:
        return SystemTr::tr("no space left");
    default:
        return SystemTr::tr("system error %1").arg(error);
    }
}

} // namespace phw

namespace phw {

namespace {
struct SizeUnit
{
    Q_DECLARE_TR_FUNCTIONS(SizeUnit)
};
} // namespace

QString formatSize(qint64 bytes)
{
    const QStringList units = {SizeUnit::tr("%1 kB"), SizeUnit::tr("%1 MB"), SizeUnit::tr("%1 GB"),
                               SizeUnit::tr("%1 TB")};
    double value = double(qMax<qint64>(bytes, 0)) / 1000.0;
    qsizetype unit = 0;
    while (value >= 999.95 && unit + 1 < units.size()) {
        value /= 1000.0;
        ++unit;
    }
    const QLocale locale;
    const double rounded = std::round(value * 10.0) / 10.0;
    const QString number = rounded == std::floor(rounded) ? locale.toString(rounded, 'f', 0)
                                                          : locale.toString(rounded, 'f', 1);
    return units.at(unit).arg(number);
}

} // namespace phw
