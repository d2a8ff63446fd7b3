#include "validation.h"

#include "plan.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <arpa/inet.h>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool matches(const QString &value, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1StringView(pattern)));
    return re.match(value).hasMatch();
}

// Folders that cannot be the share: these exactly, and anything inside the system trees.
bool isSystemDirectory(const QString &path)
{
    static const QSet<QString> exact = {u"/home"_qs, u"/root"_qs, u"/tmp"_qs, u"/var"_qs};
    static const QStringList trees = {
        u"/bin"_qs,   u"/boot"_qs,    u"/dev"_qs,     u"/etc"_qs,     u"/lib"_qs,
        u"/lib64"_qs, u"/proc"_qs,    u"/run"_qs,     u"/sbin"_qs,    u"/sys"_qs,
        u"/usr"_qs,   u"/var/lib"_qs, u"/var/www"_qs, u"/var/log"_qs, u"/var/cache"_qs};
    if (exact.contains(path))
        return true;
    for (const QString &tree : trees) {
        if (path == tree || isStrictlyInside(path, tree))
            return true;
    }
    return false;
}

// Components cannot take the names of the plan's fixed steps (share.nginx, …).
const QSet<QString> kReservedComponentNames = {u"folders"_qs, u"nginx"_qs, u"www"_qs, u"apt"_qs};

class Validator
{
public:
    explicit Validator(const Deployment &d)
        : m_d(d)
    {
    }

    QList<Problem> run()
    {
        checkTop();
        checkHosts();
        checkComponents();
        checkAccounts();
        checkDatabase();
        checkShare();
        checkPackages();
        checkCatalog();
        return m_problems;
    }

private:
    void error(const QString &field, const QString &message, const QString &hint = {})
    {
        m_problems.append({Problem::Severity::Error, field, message, hint});
    }
    void warning(const QString &field, const QString &message, const QString &hint = {})
    {
        m_problems.append({Problem::Severity::Warning, field, message, hint});
    }

    void checkTop()
    {
        if (m_d.format != 1)
            error(u"format"_qs,
                  Tr::tr("format: version %1 is not supported (expected 1).").arg(m_d.format));
        if (!isValidDeploymentName(m_d.name))
            error(u"name"_qs, Tr::tr("name: use 1 to 63 lower-case letters, digits, '-' or '_', "
                                     "starting with a letter or digit."));
    }

    void checkHosts()
    {
        int primaries = 0;
        QSet<QString> names;
        QSet<QString> endpoints;
        for (qsizetype i = 0; i < m_d.hosts.size(); ++i) {
            const Host &h = m_d.hosts.at(i);
            const QString f = QStringLiteral("hosts[%1]").arg(i);
            if (h.role == HostRole::Primary)
                ++primaries;
            if (!isValidHostName(h.name))
                error(f + u".name"_qs, Tr::tr("%1: the host name must be 1 to 63 letters, digits "
                                              "or '-' (RFC 1123), without spaces or symbols.")
                                           .arg(f + u".name"_qs));
            else if (names.contains(h.name.toLower()))
                error(f + u".name"_qs,
                      Tr::tr("%1: the host name %2 is used twice.").arg(f + u".name"_qs, h.name));
            names.insert(h.name.toLower());
            if (!isValidAddress(h.address))
                error(f + u".address"_qs,
                      Tr::tr("%1: enter a DNS name (RFC 1123) or an IP address.")
                          .arg(f + u".address"_qs));
            if (h.port < 1 || h.port > 65535)
                error(f + u".port"_qs,
                      Tr::tr("%1: the port must be between 1 and 65535.").arg(f + u".port"_qs));
            const QString endpoint = h.address.toLower() + u':' + QString::number(h.port);
            if (isValidAddress(h.address) && endpoints.contains(endpoint))
                error(
                    f + u".address"_qs,
                    Tr::tr("%1: another host already uses %2.").arg(f + u".address"_qs, endpoint));
            endpoints.insert(endpoint);
            if (!isValidSystemUser(h.user))
                error(f + u".user"_qs, Tr::tr("%1: the SSH user must be a Unix account name "
                                              "(lower-case letters, digits, '_' or '-').")
                                           .arg(f + u".user"_qs));
            if (h.user != u"root" && !h.sudo)
                error(f + u".sudo"_qs, Tr::tr("%1: the user %2 is not root: enable sudo.")
                                           .arg(f + u".sudo"_qs, h.user));
            if (h.auth == AuthMethod::Key && h.keyFile.trimmed().isEmpty())
                error(f + u".key_file"_qs,
                      Tr::tr("%1: choose the private key file.").arg(f + u".key_file"_qs));
            if (hasControlCharacter(h.keyFile) || h.keyFile.size() > 4096)
                error(f + u".key_file"_qs,
                      Tr::tr("%1: the path contains control characters or is too long.")
                          .arg(f + u".key_file"_qs));
        }
        if (m_d.hosts.isEmpty() || primaries != 1)
            error(u"hosts"_qs,
                  Tr::tr("hosts: exactly one primary host is required (found %1).").arg(primaries));
        const qsizetype secondaries = m_d.hosts.size() - primaries;
        if (secondaries < 1 || secondaries > kMaxSecondaries)
            error(u"hosts"_qs,
                  Tr::tr("hosts: between 1 and %1 secondary hosts are required (found %2).")
                      .arg(kMaxSecondaries)
                      .arg(secondaries));
    }

    void checkComponents()
    {
        if (m_d.components.isEmpty())
            error(u"components"_qs, Tr::tr("components: choose at least one Publik component."));
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_d.components.size(); ++i) {
            const QString &c = m_d.components.at(i);
            const QString f = QStringLiteral("components[%1]").arg(i);
            if (!isValidComponentName(c)) {
                error(f,
                      Tr::tr("%1: a component name is made of lower-case letters, digits and '-'.")
                          .arg(f));
                continue;
            }
            if (seen.contains(c))
                error(f, Tr::tr("%1: the component %2 is listed twice.").arg(f, c));
            else if (kReservedComponentNames.contains(c))
                error(
                    f,
                    Tr::tr("%1: %2 is the name of a step of the plan and cannot name a component.")
                        .arg(f, c));
            seen.insert(c);
            if (!builtinCatalog().contains(c) && !m_d.catalogOverrides.contains(c))
                warning(f, Tr::tr("%1: %2 is not a known component: package, account, service and "
                                  "folders named %2 are assumed.")
                               .arg(f, c));
        }
    }

    void checkAccounts()
    {
        const IdRange &range = m_d.idRange;
        const bool rangeOk = range.min >= 1 && range.max <= 65534 && range.min <= range.max;
        if (!rangeOk)
            error(u"id_range"_qs,
                  Tr::tr("id_range: the range must be within 1 to 65534 with min ≤ max."));
        QMap<qint64, QString> uids;
        QMap<qint64, QString> gids;
        QSet<QString> users;
        QSet<QString> stepKeys; // step functions are named with '-' turned into '_'
        for (qsizetype i = 0; i < m_d.accounts.size(); ++i) {
            const Account &a = m_d.accounts.at(i);
            const QString f = QStringLiteral("accounts[%1]").arg(i);
            if (!isValidSystemUser(a.user))
                error(f + u".user"_qs,
                      Tr::tr("%1: the account name must be lower-case letters, digits, '_' or '-' "
                             "(32 at most), starting with a letter or '_'.")
                          .arg(f + u".user"_qs));
            else if (users.contains(a.user))
                error(f + u".user"_qs,
                      Tr::tr("%1: the account %2 is listed twice.").arg(f + u".user"_qs, a.user));
            else if (stepKeys.contains(QString(a.user).replace(u'-', u'_')))
                error(f + u".user"_qs, Tr::tr("%1: %2 differs from another account only by '-' and "
                                              "'_'; choose another name.")
                                           .arg(f + u".user"_qs, a.user));
            users.insert(a.user);
            stepKeys.insert(QString(a.user).replace(u'-', u'_'));
            checkId(f + u".uid"_qs, u"UID"_qs, a.uid, a.user, uids, rangeOk);
            checkId(f + u".gid"_qs, u"GID"_qs, a.gid, a.user, gids, rangeOk);
            if (!a.home.isEmpty() && !isSafeAbsolutePath(a.home))
                error(f + u".home"_qs,
                      Tr::tr("%1: enter an absolute path without '..', spaces or symbols.")
                          .arg(f + u".home"_qs));
        }
        for (const ComponentInfo &c : m_d.componentInfos()) {
            if (!c.user.isEmpty() && !users.contains(c.user))
                error(u"accounts"_qs, Tr::tr("accounts: the component %1 needs the system account "
                                             "%2 with its UID and GID.")
                                          .arg(c.name, c.user));
        }
    }

    void checkId(const QString &field, const QString &kind, qint64 id, const QString &user,
                 QMap<qint64, QString> &seen, bool rangeOk)
    {
        if (id == 0) {
            error(field, Tr::tr("%1: %2 0 is root's and cannot be used.").arg(field, kind));
            return;
        }
        if (id < 0 || id > 65534 || (rangeOk && (id < m_d.idRange.min || id > m_d.idRange.max))) {
            error(field, Tr::tr("%1: %2 %3 is outside the chosen range %4–%5.")
                             .arg(field, kind)
                             .arg(id)
                             .arg(m_d.idRange.min)
                             .arg(m_d.idRange.max));
            return;
        }
        if (auto it = seen.constFind(id); it != seen.cend())
            error(field,
                  Tr::tr("%1: %2 %3 is already given to %4.").arg(field, kind).arg(id).arg(*it));
        else
            seen.insert(id, user);
        if (id < 1000)
            warning(field, Tr::tr("%1: %2 %3 is below 1000, where Debian packages create their own "
                                  "system accounts.")
                               .arg(field, kind)
                               .arg(id));
    }

    void checkDatabase()
    {
        const Database &db = m_d.database;
        if (!isValidAddress(db.host))
            error(u"database.host"_qs,
                  Tr::tr("database.host: enter a DNS name (RFC 1123) or an IP address."));
        if (db.port < 1 || db.port > 65535)
            error(u"database.port"_qs,
                  Tr::tr("database.port: the port must be between 1 and 65535."));
        QSet<QString> djangoComponents;
        for (const ComponentInfo &c : m_d.componentInfos()) {
            if (!c.django)
                continue;
            djangoComponents.insert(c.name);
            if (!db.components.contains(c.name))
                error(
                    u"database.components."_qs + c.name,
                    Tr::tr("database.components.%1: the database name and user of %1 are required.")
                        .arg(c.name));
        }
        for (auto it = db.components.cbegin(); it != db.components.cend(); ++it) {
            const QString f = u"database.components."_qs + it.key();
            if (!djangoComponents.contains(it.key()))
                warning(
                    f,
                    Tr::tr(
                        "%1: %2 has no Django database in this deployment; this entry is ignored.")
                        .arg(f, it.key()));
            if (!isValidDatabaseIdentifier(it->name))
                error(f + u".name"_qs, Tr::tr("%1: a database name is letters, digits and '_' (63 "
                                              "at most), not starting with a digit.")
                                           .arg(f + u".name"_qs));
            if (!isValidDatabaseIdentifier(it->user))
                error(f + u".user"_qs, Tr::tr("%1: a role name is letters, digits and '_' (63 at "
                                              "most), not starting with a digit.")
                                           .arg(f + u".user"_qs));
        }
    }

    void checkShare()
    {
        const Share &s = m_d.nfs;
        const bool mountOk = isSafeAbsolutePath(s.mount);
        if (!mountOk)
            error(u"nfs.mount"_qs, Tr::tr("nfs.mount: enter an absolute path without '..', '//', "
                                          "spaces or symbols, and without a trailing '/'."));
        else if (isSystemDirectory(s.mount))
            error(u"nfs.mount"_qs,
                  Tr::tr("nfs.mount: %1 is a system folder and cannot be the share.").arg(s.mount));
        if (!isSafeAbsolutePath(s.publikDir))
            error(u"nfs.publik_dir"_qs,
                  Tr::tr("nfs.publik_dir: enter an absolute path without '..', '//', spaces or "
                         "symbols, and without a trailing '/'."));
        else if (mountOk && !isStrictlyInside(s.publikDir, s.mount))
            error(u"nfs.publik_dir"_qs,
                  Tr::tr("nfs.publik_dir: the Publik folder must be inside the share %1.")
                      .arg(s.mount));
        else if (mountOk && (s.publikDir == s.mount + u"/.publik-ha-wizard"_qs ||
                             isStrictlyInside(s.publikDir, s.mount + u"/.publik-ha-wizard"_qs)))
            error(u"nfs.publik_dir"_qs,
                  Tr::tr("nfs.publik_dir: this folder is reserved for the wizard's own state."));
        if (!mountOk)
            return;
        // The plan moves these folders onto the share: the share cannot be one of them,
        // inside one, or hold one.
        for (const QString &moved : sharedLinks(m_d)) {
            if (s.mount == moved || isStrictlyInside(s.mount, moved) ||
                isStrictlyInside(moved, s.mount)) {
                error(
                    u"nfs.mount"_qs,
                    Tr::tr(
                        "nfs.mount: the share %1 overlaps %2, which the plan moves onto the share.")
                        .arg(s.mount, moved));
                break;
            }
        }
    }

    void checkPackages()
    {
        for (qsizetype i = 0; i < m_d.extraPackages.size(); ++i) {
            const QString f = QStringLiteral("extra_packages[%1]").arg(i);
            if (!isValidPackageName(m_d.extraPackages.at(i)))
                error(f, Tr::tr("%1: a Debian package name is lower-case letters, digits, '+', '-' "
                                "and '.'.")
                             .arg(f));
        }
    }

    void checkCatalog()
    {
        for (const ComponentInfo &c : m_d.componentInfos()) {
            const QString f = u"component_catalog."_qs + c.name;
            if (!isValidComponentName(c.name))
                continue; // already reported under components
            if (c.packages.isEmpty())
                error(f + u".packages"_qs,
                      Tr::tr("%1: at least one package is required.").arg(f + u".packages"_qs));
            for (const QString &p : c.packages) {
                if (!isValidPackageName(p))
                    error(f + u".packages"_qs, Tr::tr("%1: a Debian package name is lower-case "
                                                      "letters, digits, '+', '-' and '.'.")
                                                   .arg(f + u".packages"_qs));
            }
            if (!c.user.isEmpty() && !isValidSystemUser(c.user))
                error(f + u".user"_qs,
                      Tr::tr("%1: the account name must be lower-case letters, digits, '_' or '-' "
                             "(32 at most), starting with a letter or '_'.")
                          .arg(f + u".user"_qs));
            if (!c.service.isEmpty() && !isValidComponentName(c.service))
                error(f + u".service"_qs,
                      Tr::tr("%1: a service name is made of lower-case letters, digits and '-'.")
                          .arg(f + u".service"_qs));
            if (c.django && c.user.isEmpty())
                error(f + u".user"_qs,
                      Tr::tr("%1: a component with a database needs a system account.")
                          .arg(f + u".user"_qs));
            if (!isSafeAbsolutePath(c.etcDir) || !c.etcDir.startsWith(u"/etc/"))
                error(
                    f + u".etc"_qs,
                    Tr::tr("%1: the configuration folder must be a safe absolute path under /etc.")
                        .arg(f + u".etc"_qs));
            if (!c.varLibDir.isEmpty() &&
                (!isSafeAbsolutePath(c.varLibDir) || !c.varLibDir.startsWith(u"/var/lib/")))
                error(f + u".var_lib"_qs,
                      Tr::tr("%1: the data folder must be a safe absolute path under /var/lib.")
                          .arg(f + u".var_lib"_qs));
            for (const QString &cron : c.crons) {
                if (!isSafeAbsolutePath(cron) || !cron.startsWith(u"/etc/cron"))
                    error(
                        f + u".crons"_qs,
                        Tr::tr("%1: each cron file must be a safe absolute path under /etc/cron*.")
                            .arg(f + u".crons"_qs));
            }
        }
    }

    const Deployment &m_d;
    QList<Problem> m_problems;
};

} // namespace

bool isValidHostName(const QString &name)
{
    return matches(name, "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
}

bool isValidAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 253 || hasControlCharacter(address))
        return false; // a NUL would end the string inet_pton reads: "::1\0anything" passed
    const QByteArray latin = address.toLatin1();
    if (address.contains(u':')) {
        in6_addr v6{};
        return QString::fromLatin1(latin) == address &&
               inet_pton(AF_INET6, latin.constData(), &v6) == 1;
    }
    if (matches(address, "[0-9.]+")) {
        in_addr v4{};
        return inet_pton(AF_INET, latin.constData(), &v4) == 1;
    }
    const QStringList labels = address.split(u'.');
    for (const QString &label : labels) {
        if (!isValidHostName(label))
            return false;
    }
    return true;
}

bool isValidSystemUser(const QString &user)
{
    return matches(user, "[a-z_][a-z0-9_-]{0,31}");
}

bool isValidDatabaseIdentifier(const QString &identifier)
{
    return matches(identifier, "[A-Za-z_][A-Za-z0-9_]{0,62}");
}

bool isValidPackageName(const QString &package)
{
    return matches(package, "[a-z0-9][a-z0-9+.-]{1,99}");
}

bool isValidComponentName(const QString &component)
{
    return matches(component, "[a-z0-9][a-z0-9-]{0,62}");
}

bool isValidDeploymentName(const QString &name)
{
    return matches(name, "[a-z0-9][a-z0-9_-]{0,62}");
}

QList<Problem> validate(const Deployment &deployment)
{
    return Validator(deployment).run();
}

} // namespace phw
