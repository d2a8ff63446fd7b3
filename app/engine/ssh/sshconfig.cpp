#include "sshconfig.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace phw {

namespace {

bool matchAt(const QString &p, qsizetype pi, const QString &v, qsizetype vi)
{
    while (pi < p.size()) {
        const QChar c = p.at(pi);
        if (c == u'*') {
            while (pi < p.size() && p.at(pi) == u'*')
                ++pi;
            if (pi == p.size())
                return true;
            for (qsizetype k = vi; k <= v.size(); ++k) {
                if (matchAt(p, pi, v, k))
                    return true;
            }
            return false;
        }
        if (vi >= v.size())
            return false;
        if (c != u'?' && c.toLower() != v.at(vi).toLower())
            return false;
        ++pi;
        ++vi;
    }
    return vi == v.size();
}

QString expandPath(QString value, const SshTarget &t, const QString &localUser)
{
    const QString home = QDir::homePath();
    if (value == u"~" || value.startsWith(u"~/"))
        value = home + value.mid(1);
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'%' || i + 1 >= value.size()) {
            out += c;
            continue;
        }
        const QChar t2 = value.at(++i);
        if (t2 == u'%')
            out += u'%';
        else if (t2 == u'd')
            out += home;
        else if (t2 == u'h')
            out += t.effectiveHostName();
        else if (t2 == u'n')
            out += t.alias;
        else if (t2 == u'r')
            out += t.user;
        else if (t2 == u'u')
            out += localUser;
        else if (t2 == u'p')
            out += QString::number(t.port > 0 ? t.port : 22);
        else
            out += u'%' + QString(t2);
    }
    return out;
}

} // namespace

bool sshWildcardMatch(const QString &pattern, const QString &value)
{
    return matchAt(pattern, 0, value, 0);
}

bool sshHostMatches(const QStringList &patterns, const QString &host)
{
    bool positive = false;
    for (const QString &p : patterns) {
        if (p.startsWith(u'!')) {
            if (sshWildcardMatch(p.mid(1), host))
                return false;
        } else if (sshWildcardMatch(p, host)) {
            positive = true;
        }
    }
    return positive;
}

QStringList sshConfigWords(const QString &line)
{
    QStringList words;
    QString current;
    bool quoted = false;
    bool inWord = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            inWord = true;
            continue;
        }
        if (!quoted && (c == u' ' || c == u'\t')) {
            if (inWord)
                words.append(current);
            current.clear();
            inWord = false;
            continue;
        }
        current += c;
        inWord = true;
    }
    if (inWord)
        words.append(current);
    return words;
}

QStringList globFiles(const QString &pattern)
{
    static const QRegularExpression wild(u"[*?\\[]"_qs);
    if (!pattern.contains(wild))
        return QFileInfo::exists(pattern) ? QStringList{pattern} : QStringList{};
    QStringList bases{pattern.startsWith(u'/') ? u"/"_qs : QString()};
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool last = i + 1 == parts.size();
        QStringList next;
        for (const QString &base : std::as_const(bases)) {
            const QString prefix =
                base.isEmpty() ? QString() : (base.endsWith(u'/') ? base : base + u'/');
            if (!part.contains(wild)) {
                if (QFileInfo::exists(prefix + part))
                    next.append(prefix + part);
                continue;
            }
            // As glob(3): a leading dot is matched only by a pattern that starts with one.
            QDir::Filters filters =
                QDir::NoDotAndDotDot | QDir::CaseSensitive | (last ? QDir::AllEntries : QDir::Dirs);
            if (part.startsWith(u'.'))
                filters |= QDir::Hidden;
            const QDir dir(base.isEmpty() ? u"."_qs : base);
            for (const QString &name : dir.entryList({part}, filters, QDir::Name))
                next.append(prefix + name);
        }
        bases = next;
    }
    return bases;
}

bool SshConfig::Condition::matches(const QString &host) const
{
    return !never && (patterns.isEmpty() || sshHostMatches(patterns, host));
}

void SshConfig::include(const QStringList &paths, const QString &includeDir, int depth)
{
    if (!m_includeTooDeep.isEmpty())
        return;
    // Everything the included files say applies only where the block holding the Include
    // applies (ssh(1) reads them as never matching otherwise); what follows the Include
    // belongs to that block again.
    const Block holder = m_blocks.last();
    const QList<Condition> saved = m_within;
    m_within = holder.within;
    if (!holder.patterns.isEmpty() || holder.never)
        m_within.append(Condition{holder.patterns, holder.never});
    for (QString path : paths) {
        if (path == u"~" || path.startsWith(u"~/"))
            path = QDir::homePath() + path.mid(1);
        else if (!path.startsWith(u'/'))
            path = includeDir + u'/' + path;
        for (const QString &file : globFiles(path)) {
            if (depth >= 16) {
                m_includeTooDeep = file; // as ssh(1): a loop, or too deep, is refused
                break;
            }
            QFile f(file);
            if (QFileInfo(file).isDir() || !f.open(QIODevice::ReadOnly))
                continue;
            m_blocks.append(Block{{}, false, m_within, {}});
            parseInto(QString::fromUtf8(f.readAll()), includeDir, depth + 1);
            if (!m_includeTooDeep.isEmpty())
                break;
        }
    }
    m_within = saved;
    m_blocks.append(Block{holder.patterns, holder.never, holder.within, {}});
}

SshConfig SshConfig::parse(const QString &text, const QString &includeDir)
{
    SshConfig config;
    config.m_blocks.append(Block{});
    config.parseInto(text, includeDir.isEmpty() ? QDir::homePath() + u"/.ssh"_qs : includeDir, 0);
    return config;
}

void SshConfig::parseInto(const QString &text, const QString &includeDir, int depth)
{
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "Keyword value", "Keyword=value" or "Keyword = value".
        static const QRegularExpression head(u"^([A-Za-z]+)\\s*(?:=\\s*|\\s+)(.*)$"_qs);
        const QRegularExpressionMatch m = head.match(line);
        if (!m.hasMatch())
            continue;
        const QString keyword = m.captured(1).toLower();
        const QStringList args = sshConfigWords(m.captured(2));
        if (args.isEmpty())
            continue;
        if (keyword == u"host") {
            m_blocks.append(Block{args, false, m_within, {}});
        } else if (keyword == u"match") {
            const bool all =
                args.size() == 1 && args.first().compare(u"all", Qt::CaseInsensitive) == 0;
            m_blocks.append(Block{{u"*"_qs}, !all, m_within, {}});
        } else if (keyword == u"include") {
            include(args, includeDir, depth);
        } else {
            m_blocks.last().options.append({keyword, args});
        }
    }
}

QString SshConfig::defaultPath()
{
    return QDir::homePath() + u"/.ssh/config"_qs;
}

SshConfig SshConfig::load(const QString &path, bool *ok)
{
    if (ok)
        *ok = true;
    QFile f(path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        if (ok)
            *ok = false;
        return {};
    }
    return parse(QString::fromUtf8(f.readAll()));
}

SshTarget SshConfig::resolve(const QString &alias, const QString &localUser) const
{
    SshTarget t;
    t.alias = alias;
    bool seenHostName = false, seenPort = false, seenUser = false, seenKnown = false,
         seenAlias = false, seenOnly = false, seenTimeout = false;
    QStringList rawIdentities, rawKnown;
    // A Host block other than "Host *" (its own patterns or those of the block holding it).
    const auto specific = [](const QStringList &p) {
        return !p.isEmpty() && p != QStringList{u"*"_qs};
    };
    for (const Block &b : m_blocks) {
        if (!Condition{b.patterns, b.never}.matches(alias) ||
            !std::all_of(b.within.cbegin(), b.within.cend(),
                         [&alias](const Condition &c) { return c.matches(alias); }))
            continue;
        if (specific(b.patterns) ||
            std::any_of(b.within.cbegin(), b.within.cend(),
                        [&specific](const Condition &c) { return specific(c.patterns); }))
            t.matchedHostBlock = true;
        for (const auto &[keyword, args] : b.options) {
            const QString &v = args.first();
            if (keyword == u"hostname" && !seenHostName) {
                seenHostName = true;
                t.hostName = v;
            } else if (keyword == u"port" && !seenPort) {
                seenPort = true;
                bool ok = false;
                const int port = v.toInt(&ok);
                if (ok && port > 0 && port < 65536)
                    t.port = port;
            } else if (keyword == u"user" && !seenUser) {
                seenUser = true;
                t.user = v;
            } else if (keyword == u"identityfile") {
                rawIdentities.append(v);
            } else if (keyword == u"identitiesonly" && !seenOnly) {
                seenOnly = true;
                t.identitiesOnly = v.compare(u"yes", Qt::CaseInsensitive) == 0;
            } else if (keyword == u"userknownhostsfile" && !seenKnown) {
                seenKnown = true;
                rawKnown = args;
            } else if (keyword == u"hostkeyalias" && !seenAlias) {
                seenAlias = true;
                t.hostKeyAlias = v;
            } else if (keyword == u"connecttimeout" && !seenTimeout) {
                seenTimeout = true;
                t.connectTimeout = qMax(0, v.toInt());
            }
        }
    }
    // %-tokens refer to the resolved values, so they are expanded last.
    for (const QString &f : rawIdentities)
        t.identityFiles.append(expandPath(f, t, localUser));
    for (const QString &f : rawKnown) {
        if (f.compare(u"none", Qt::CaseInsensitive) != 0)
            t.userKnownHostsFiles.append(expandPath(f, t, localUser));
    }
    return t;
}

} // namespace phw
