#include "validation.h"

#include "plan.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <arpa/inet.h>
#include <cstring>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// A whole-value pattern. Each checker compiles its own once (static): a file of thousands of
// values must not compile thousands of regular expressions.
QRegularExpression anchored(const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1StringView(pattern)));
}

// A value from the file, as a message may show it (control characters escaped, cut if long).
QString shown(const QString &value)
{
    return printable(value, 80);
}

// ---- What belongs to the system -------------------------------------------------------
//
// The plan moves a component's folders onto the share (and, on each secondary, replaces them
// with links), stops and starts its service, creates its account and comments out its crons
// on the secondaries. A Publik component legitimately owns exactly this: ONE folder
// /etc/<name>, ONE folder /var/lib/<name>, ONE service, ONE account and cron files of its own,
// all named after the component (its name, its account or one of its packages). The lists
// below are the second half of the rule: names that the Debian base system, its tooling
// (dpkg, APT, systemd, cron, PAM, SSH, NFS, ...) and the software the plan itself drives
// (nginx, PostgreSQL, supervisor, this tool) own. A component can never take one of them,
// even when it is named after it (a component named "dpkg" is refused through its folders).
// Names are compared in lower case, '_' as '-'. A "prefix" entry covers every name that
// begins with it (systemd-*, cron.*, nfs-*, ...).

struct NameList
{
    QSet<QString> exact;
    QStringList prefixes;

    // Both lists as words separated by spaces (data, easy to read and to extend).
    NameList(const char *exactWords, const char *prefixWords)
    {
        for (const QString &w : QString::fromLatin1(exactWords).split(u' ', Qt::SkipEmptyParts))
            exact.insert(w);
        prefixes = QString::fromLatin1(prefixWords).split(u' ', Qt::SkipEmptyParts);
    }

    bool contains(const QString &name) const
    {
        if (exact.contains(name))
            return true;
        for (const QString &p : prefixes) {
            if (name.startsWith(p))
                return true;
        }
        return false;
    }
};

QString folded(const QString &name)
{
    return name.toLower().replace(u'_', u'-');
}

// Names in /etc and /var/lib, folders AND files (the plan would move a file as well), owned by
// the base system, its tooling and the plan's software: what a Debian 12 host has there from
// base-files, base-passwd, dpkg, apt, systemd, cron, PAM, openssh, nfs-common, sudo, nginx,
// postgresql-common and supervisor (and common server software), plus the first-level folders
// of the FHS.
const NameList &systemFolderNames()
{
    static const NameList list(
        // exact names
        "alternatives at bash-completion bash-completion.d bash.bashrc bindresvport.blacklist "
        "binfmt.d ca-certificates ca-certificates.conf cloud console-setup crypttab debconf "
        "debconf.conf default deluser.conf emacs emacsen-common exports fonts fstab gai.conf "
        "gnupg groff gss hostid init.d inputrc insserv.conf.d iproute2 ldap letsencrypt "
        "libaudit.conf libvirt logcheck machine-id machines mailcap mailname manpath.config "
        "mdadm misc mke2fs.conf e2scrub.conf mtab netconfig networks openldap opt os-prober "
        "os-release lsb-release papersize pki printcap private protocols rmt sensors3.conf "
        "services sgml sgml-base shells shells.state skel subgid subuid sv terminfo "
        "tmpfiles.d ts.conf unattended-upgrades update-motd.d update-notifier usb uwsgi vim "
        "xattr.conf xdg xml xml-core rc0.d rc1.d rc2.d rc3.d rc4.d rc5.d rc6.d rcs.d git cups "
        "avahi audit fail2ban logwatch memcached php adjtime aliases ethertypes "
        "bin boot cache dev etc home lib lock log lost+found mail media mnt proc root run sbin "
        "spool srv sys tmp usr var www backups",
        // prefixes
        "adduser apt dpkg systemd cron anacron ssh ssl nfs rpc pam polkit dbus udev sudo ld.so "
        "apparmor selinux network netplan ifupdown dhcp wpa grub initramfs init kernel modules "
        "modprobe lvm logrotate rsyslog iptables nftables ufw firewalld x11 python perl nginx "
        "apache lighttpd postgresql mysql mariadb redis rabbitmq postfix exim4 supervisor docker "
        "containerd snapd lxc publik-ha-wizard passwd shadow group gshadow hosts hostname issue "
        "motd profile environment locale login debian mime magic timezone localtime resolv "
        "nsswitch host.conf sysctl sensors ntp chrony ucf security inittab");
    return list;
}

// Services and systemd units of the base system and of the software the plan drives (a
// component's service is stopped and started by the plan).
const NameList &systemServiceNames()
{
    static const NameList list(
        "atd rsyslog getty exim4 chrony ntp ntpsec unattended-upgrades procps kmod "
        "keyboard-setup console-setup cloud-init memcached uwsgi haproxy keepalived corosync "
        "pacemaker fail2ban auditd man-db e2scrub fstrim emergency rescue reboot poweroff halt "
        "kexec default multi-user graphical basic sockets timers paths slices time-sync "
        "nss-lookup user init single autofs portmap gssd idmapd statd shutdown sysinit "
        "avahi-daemon cups bluetooth mdadm smartd zfs ctrl-alt-del hibernate hybrid-sleep sleep "
        "exit final umount soft-reboot factory-reset system-update",
        "systemd ssh cron anacron nfs rpc serial-getty dbus networking network ifup "
        "wpa-supplicant dhcp apt dpkg udev apparmor ufw nftables iptables firewalld polkit "
        "postfix initrd plymouth local-fs remote-fs sys- dev- nginx apache lighttpd postgresql "
        "mysql mariadb redis rabbitmq supervisor docker containerd snapd sudo lvm logrotate "
        "publik-ha-wizard suspend e2scrub user-");
    return list;
}

// Accounts and groups of base-passwd (passwd.master, group.master: a group is created with
// each account, under the same name), of the base system and of the plan's software.
// ('_' is compared as '-': "-apt" is _apt.)
const NameList &systemAccountNames()
{
    static const NameList list(
        "root daemon bin sys sync games man lp mail news uucp proxy www-data backup list irc "
        "gnats nobody nogroup -apt adm tty disk kmem dialout fax voice cdrom floppy tape sudo "
        "audio dip operator src shadow utmp video sasl plugdev staff users input kvm render sgx "
        "netdev crontab messagebus sshd -ssh ssh ssl-cert postgres statd -rpc polkitd tss uuidd "
        "tcpdump -chrony ntp ntpsec avahi nginx supervisor redis rabbitmq memcache mysql dnsmasq "
        "lxd docker wheel admin publik-ha-wizard",
        "systemd-");
    return list;
}

// Cron files of the base system and its tooling (/etc/cron.*/<name>).
const NameList &systemCronNames()
{
    static const NameList list(
        "0anacron anacron bsdmainutils passwd sysstat exim4-base mdadm certbot php ntp locate "
        "mlocate plocate debsums sa-update spamassassin clamav-freshclam fstrim raid-check "
        ".placeholder zfsutils-linux chkrootkit rkhunter needrestart sendmail ucf e2scrub-all",
        "apt dpkg systemd man-db logrotate popularity nginx apache postgresql rsyslog "
        "publik-ha-wizard");
    return list;
}

const QStringList kCronFolders = {u"/etc/cron.d"_qs, u"/etc/cron.hourly"_qs, u"/etc/cron.daily"_qs,
                                  u"/etc/cron.weekly"_qs, u"/etc/cron.monthly"_qs};

// The share is mounted at the same place on every host, and the plan keeps its state there.
// It must be a folder that nothing else owns (FHS): no folder of the operating system or of
// packages, nothing below them (/usr, /etc, /var/lib, /opt, ...), no link into /run or /usr
// (/var/run, /var/lock, /lib32, ...), no temporary or spool folder. The folders meant to hold
// mount points or site data (/mnt, /media, /srv, /home) and /var itself are refused as such:
// a folder below them is fine (/srv/nfs, /mnt/publik, /var/nfs).
bool isSystemDirectory(const QString &path)
{
    static const QSet<QString> exact = {u"/home"_qs, u"/media"_qs, u"/mnt"_qs, u"/srv"_qs,
                                        u"/var"_qs};
    static const QStringList trees = {
        u"/bin"_qs,       u"/boot"_qs,       u"/cdrom"_qs,       u"/dev"_qs,       u"/efi"_qs,
        u"/etc"_qs,       u"/lib"_qs,        u"/lib32"_qs,       u"/lib64"_qs,     u"/libx32"_qs,
        u"/libexec"_qs,   u"/lost+found"_qs, u"/opt"_qs,         u"/proc"_qs,      u"/root"_qs,
        u"/run"_qs,       u"/sbin"_qs,       u"/selinux"_qs,     u"/snap"_qs,      u"/sys"_qs,
        u"/tmp"_qs,       u"/usr"_qs,        u"/var/backups"_qs, u"/var/cache"_qs, u"/var/crash"_qs,
        u"/var/games"_qs, u"/var/lib"_qs,    u"/var/local"_qs,   u"/var/lock"_qs,  u"/var/log"_qs,
        u"/var/mail"_qs,  u"/var/opt"_qs,    u"/var/run"_qs,     u"/var/spool"_qs, u"/var/tmp"_qs,
        u"/var/www"_qs,   u"/var/yp"_qs};
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

// An address as the host it names: IPv4 (IPv4-mapped IPv6 included) and IPv6 as their bytes,
// a DNS name or alias in lower case without a final dot.
QString canonicalAddress(const QString &address)
{
    const QByteArray latin = address.toLatin1();
    if (address.contains(u':')) {
        in6_addr v6{};
        if (inet_pton(AF_INET6, latin.constData(), &v6) == 1) {
            static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
            if (std::memcmp(v6.s6_addr, mapped, sizeof mapped) == 0)
                return u"ip:"_qs +
                       QString::fromLatin1(
                           QByteArray(reinterpret_cast<const char *>(v6.s6_addr) + 12, 4).toHex());
            return u"ip:"_qs +
                   QString::fromLatin1(
                       QByteArray(reinterpret_cast<const char *>(v6.s6_addr), 16).toHex());
        }
    }
    in_addr v4{};
    if (inet_pton(AF_INET, latin.constData(), &v4) == 1)
        return u"ip:"_qs +
               QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(&v4), 4).toHex());
    QString name = address.toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return u"dns:"_qs + name;
}

class Validator
{
public:
    explicit Validator(const Deployment &d)
        : m_d(d)
        , m_infos(d.componentInfos())
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
    // The message and field are shown on a terminal: nothing in them may act on it.
    void error(const QString &field, const QString &message, const QString &hint = {})
    {
        m_problems.append(
            {Problem::Severity::Error, printable(field, 300), printable(message, 4000), hint});
    }
    void warning(const QString &field, const QString &message, const QString &hint = {})
    {
        m_problems.append(
            {Problem::Severity::Warning, printable(field, 300), printable(message, 4000), hint});
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
        QHash<QString, QString> endpoints; // canonical address and port → host field
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
            const bool addressOk = isValidAddress(h.address);
            if (!addressOk)
                error(f + u".address"_qs,
                      Tr::tr("%1: enter a DNS name (RFC 1123) or an IP address.")
                          .arg(f + u".address"_qs));
            if (h.port < 1 || h.port > 65535)
                error(f + u".port"_qs,
                      Tr::tr("%1: the port must be between 1 and 65535.").arg(f + u".port"_qs));
            if (addressOk) {
                // The same host written two ways (::1 and 0:0:0:0:0:0:0:1, 10.0.0.1 and
                // ::ffff:10.0.0.1, Web1.Example.org) is the same host.
                const QString endpoint =
                    canonicalAddress(h.address) + u'#' + QString::number(h.port);
                if (auto it = endpoints.constFind(endpoint); it != endpoints.cend())
                    error(f + u".address"_qs,
                          Tr::tr("%1: %2 port %3 is the same host as %4; each host is listed "
                                 "once.")
                              .arg(f + u".address"_qs, h.address)
                              .arg(h.port)
                              .arg(*it));
                else
                    endpoints.insert(endpoint, f);
            }
            if (!isValidSystemUser(h.user))
                error(f + u".user"_qs, Tr::tr("%1: the SSH user must be a Unix account name "
                                              "(lower-case letters, digits, '_' or '-').")
                                           .arg(f + u".user"_qs));
            else if (h.user != u"root" && !h.sudo)
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
        for (auto it = m_d.catalogOverrides.cbegin(); it != m_d.catalogOverrides.cend(); ++it) {
            if (!seen.contains(it.key()))
                warning(u"component_catalog."_qs + it.key(),
                        Tr::tr("%1: %2 is not in components; this description is ignored.")
                            .arg(u"component_catalog."_qs + shown(it.key()), shown(it.key())));
        }
    }

    void checkAccounts()
    {
        const IdRange &range = m_d.idRange;
        const bool rangeOk = range.min >= 1 && range.max <= kMaxId && range.min <= range.max;
        if (!rangeOk)
            error(u"id_range"_qs,
                  Tr::tr("id_range: the range must be within 1 to %1 with min ≤ max.").arg(kMaxId));
        QHash<qint64, QString> uids;
        QHash<qint64, QString> gids;
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
            else if (systemAccountNames().contains(folded(a.user)))
                error(f + u".user"_qs, systemAccountMessage(f + u".user"_qs, a.user));
            else if (users.contains(a.user))
                error(f + u".user"_qs,
                      Tr::tr("%1: the account %2 is listed twice.").arg(f + u".user"_qs, a.user));
            else if (stepKeys.contains(QString(a.user).replace(u'-', u'_')))
                error(f + u".user"_qs, Tr::tr("%1: %2 differs from another account only by '-' and "
                                              "'_'; choose another name.")
                                           .arg(f + u".user"_qs, a.user));
            users.insert(a.user);
            stepKeys.insert(QString(a.user).replace(u'-', u'_'));
            checkId(f + u".uid"_qs, true, a.uid, a.user, uids, rangeOk);
            checkId(f + u".gid"_qs, false, a.gid, a.user, gids, rangeOk);
            if (!a.home.isEmpty() && !isSafeAbsolutePath(a.home))
                error(f + u".home"_qs,
                      Tr::tr("%1: enter an absolute path without '..', spaces or symbols.")
                          .arg(f + u".home"_qs));
        }
        for (const ComponentInfo &c : m_infos) {
            if (!c.user.isEmpty() && !users.contains(c.user) && isValidComponentName(c.name))
                error(u"accounts"_qs, Tr::tr("accounts: the component %1 needs the system account "
                                             "%2 with its UID and GID.")
                                          .arg(c.name, shown(c.user)));
        }
    }

    static QString systemAccountMessage(const QString &field, const QString &user)
    {
        return Tr::tr("%1: %2 is an account of the system or of other software; a component has "
                      "its own account: choose another name.")
            .arg(field, shown(user));
    }

    // UID and GID 0 (root), 65534 (nobody, nogroup) and 65535 ((uid_t) -1) are never given.
    static constexpr qint64 kMaxId = 65533;

    void checkId(const QString &field, bool isUid, qint64 id, const QString &user,
                 QHash<qint64, QString> &seen, bool rangeOk)
    {
        if (id == 0) {
            error(field, isUid ? Tr::tr("%1: UID 0 is root's and cannot be used.").arg(field)
                               : Tr::tr("%1: GID 0 is root's and cannot be used.").arg(field));
            return;
        }
        if (id == 65534 || id == 65535) {
            error(field, isUid ? Tr::tr("%1: UID %2 is reserved (nobody, or the invalid -1); "
                                        "choose another one.")
                                     .arg(field)
                                     .arg(id)
                               : Tr::tr("%1: GID %2 is reserved (nogroup, or the invalid -1); "
                                        "choose another one.")
                                     .arg(field)
                                     .arg(id));
            return;
        }
        if (id < 0 || id > kMaxId || (rangeOk && (id < m_d.idRange.min || id > m_d.idRange.max))) {
            error(field, (isUid ? Tr::tr("%1: UID %2 is outside the chosen range %3–%4.")
                                : Tr::tr("%1: GID %2 is outside the chosen range %3–%4."))
                             .arg(field)
                             .arg(id)
                             .arg(m_d.idRange.min)
                             .arg(m_d.idRange.max));
            return;
        }
        if (auto it = seen.constFind(id); it != seen.cend())
            error(field, (isUid ? Tr::tr("%1: UID %2 is already given to %3.")
                                : Tr::tr("%1: GID %2 is already given to %3."))
                             .arg(field)
                             .arg(id)
                             .arg(shown(*it)));
        else
            seen.insert(id, user);
        if (id < 1000)
            warning(field, (isUid ? Tr::tr("%1: UID %2 is below 1000, where Debian packages "
                                           "create their own system accounts.")
                                  : Tr::tr("%1: GID %2 is below 1000, where Debian packages "
                                           "create their own system groups."))
                               .arg(field)
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
        for (const ComponentInfo &c : m_infos) {
            if (!c.django || !isValidComponentName(c.name))
                continue;
            djangoComponents.insert(c.name);
            if (!db.components.contains(c.name))
                error(
                    u"database.components."_qs + c.name,
                    Tr::tr("database.components.%1: the database name and user of %1 are required.")
                        .arg(c.name));
        }
        for (auto it = db.components.cbegin(); it != db.components.cend(); ++it) {
            const QString f = u"database.components."_qs + shown(it.key());
            if (!djangoComponents.contains(it.key()))
                warning(
                    f,
                    Tr::tr(
                        "%1: %2 has no Django database in this deployment; this entry is ignored.")
                        .arg(f, shown(it.key())));
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
            error(u"nfs.mount"_qs,
                  Tr::tr("nfs.mount: enter an absolute path without '..', '//', spaces or "
                         "symbols, without a trailing '/', each name 255 bytes at most."));
        else if (isSystemDirectory(s.mount))
            error(u"nfs.mount"_qs,
                  Tr::tr("nfs.mount: %1 belongs to the system or is a temporary folder and cannot "
                         "be the share; mount the share on a folder of its own, such as /srv/nfs "
                         "or /mnt/publik.")
                      .arg(s.mount));
        if (!isSafeAbsolutePath(s.publikDir))
            error(u"nfs.publik_dir"_qs,
                  Tr::tr("nfs.publik_dir: enter an absolute path without '..', '//', spaces or "
                         "symbols, without a trailing '/', each name 255 bytes at most."));
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
                        .arg(s.mount, shown(moved)));
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

    // True when name is named after the component: it begins with (anywhere: contains) the
    // component's name, its account or one of its packages, '-' and '_' alike.
    static bool namedAfter(const QString &name, const ComponentInfo &c, bool anywhere)
    {
        const QString n = folded(name);
        QStringList tokens = c.packages;
        tokens << c.name << c.user;
        for (const QString &t : std::as_const(tokens)) {
            if (t.isEmpty())
                continue;
            const QString ft = folded(t);
            if (anywhere ? n.contains(ft) : n.startsWith(ft))
                return true;
        }
        return false;
    }

    // A component's own folder: exactly <top>/<name>, name after the component, not a name
    // the system owns. Returns false (and reports) otherwise.
    bool checkOwnFolder(const QString &field, const QString &path, const QString &top,
                        const ComponentInfo &c)
    {
        if (!isSafeAbsolutePath(path) || !isStrictlyInside(path, top) ||
            path.indexOf(u'/', top.size() + 1) >= 0) {
            error(field, top == u"/etc"
                             ? Tr::tr("%1: the configuration folder must be one folder directly "
                                      "under /etc (/etc/NAME), named after the component.")
                                   .arg(field)
                             : Tr::tr("%1: the data folder must be one folder directly under "
                                      "/var/lib (/var/lib/NAME), named after the component.")
                                   .arg(field));
            return false;
        }
        const QString base = path.mid(top.size() + 1);
        if (systemFolderNames().contains(folded(base))) {
            error(field, Tr::tr("%1: %2 belongs to the system or to other software; a component "
                                "has folders of its own, named after it.")
                             .arg(field, path));
            return false;
        }
        if (!namedAfter(base, c, false)) {
            error(field, Tr::tr("%1: %2 is not named after the component %3 (its name, account "
                                "or package); a component has folders of its own.")
                             .arg(field, path, c.name));
            return false;
        }
        return true;
    }

    // The field of a component's key: its description in component_catalog when the file has
    // one, else the component in components (built-in or default description).
    QString fieldOf(qsizetype index, const ComponentInfo &c, const QString &key) const
    {
        if (m_d.catalogOverrides.contains(c.name))
            return u"component_catalog."_qs + c.name + u'.' + key;
        return QStringLiteral("components[%1]").arg(index);
    }

    void checkCatalog()
    {
        struct Folder
        {
            QString path;
            QString field; // empty: a folder of the plan itself
        };
        QList<Folder> folders;
        // Folders the plan itself shares, and the tool's own state.
        const QStringList fixed = sharedLinks(Deployment{});
        for (const QString &path : fixed)
            folders.append({path, {}});
        folders.append({u"/var/lib/publik-ha-wizard"_qs, {}});
        QHash<QString, QString> cronOwners;
        QSet<QString> checked;
        for (qsizetype i = 0; i < m_infos.size(); ++i) {
            const ComponentInfo &c = m_infos.at(i);
            if (!isValidComponentName(c.name) || checked.contains(c.name))
                continue; // already reported under components
            checked.insert(c.name);
            if (c.packages.isEmpty())
                error(fieldOf(i, c, u"packages"_qs), Tr::tr("%1: at least one package is required.")
                                                         .arg(fieldOf(i, c, u"packages"_qs)));
            for (const QString &p : c.packages) {
                if (!isValidPackageName(p))
                    error(fieldOf(i, c, u"packages"_qs),
                          Tr::tr("%1: a Debian package name is lower-case letters, digits, '+', "
                                 "'-' and '.'.")
                              .arg(fieldOf(i, c, u"packages"_qs)));
            }
            const QString userField = fieldOf(i, c, u"user"_qs);
            if (!c.user.isEmpty() && !isValidSystemUser(c.user))
                error(userField,
                      Tr::tr("%1: the account name must be lower-case letters, digits, '_' or '-' "
                             "(32 at most), starting with a letter or '_'.")
                          .arg(userField));
            else if (!c.user.isEmpty() && systemAccountNames().contains(folded(c.user)))
                error(userField, systemAccountMessage(userField, c.user));
            checkService(i, c);
            if (c.django && c.user.isEmpty())
                error(userField, Tr::tr("%1: a component with a database needs a system account.")
                                     .arg(userField));
            const QString etcField = fieldOf(i, c, u"etc"_qs);
            if (checkOwnFolder(etcField, c.etcDir, u"/etc"_qs, c))
                folders.append({c.etcDir, etcField});
            if (!c.varLibDir.isEmpty()) {
                const QString varLibField = fieldOf(i, c, u"var_lib"_qs);
                if (checkOwnFolder(varLibField, c.varLibDir, u"/var/lib"_qs, c))
                    folders.append({c.varLibDir, varLibField});
            }
            checkCrons(i, c, cronOwners);
        }
        // Two components, or a component and the plan, never share or nest a folder: two
        // steps would move and link the same files.
        for (qsizetype i = fixed.size() + 1; i < folders.size(); ++i) {
            const Folder &a = folders.at(i);
            for (qsizetype j = 0; j < i; ++j) {
                const Folder &b = folders.at(j);
                if (a.path == b.path || isStrictlyInside(a.path, b.path) ||
                    isStrictlyInside(b.path, a.path)) {
                    if (b.field.isEmpty())
                        error(a.field, Tr::tr("%1: %2 overlaps %3, which the plan shares itself.")
                                           .arg(a.field, a.path, b.path));
                    else
                        error(a.field,
                              Tr::tr("%1: %2 overlaps %3 of %4; each component has folders of "
                                     "its own.")
                                  .arg(a.field, a.path, b.path, b.field));
                    break;
                }
            }
        }
    }

    void checkService(qsizetype index, const ComponentInfo &c)
    {
        // A component run by supervisor has its service ignored: the plan stops supervisor.
        if (c.service.isEmpty() || c.supervisor)
            return;
        const QString field = fieldOf(index, c, u"service"_qs);
        if (!isValidComponentName(c.service))
            error(field, Tr::tr("%1: a service name is made of lower-case letters, digits and '-'.")
                             .arg(field));
        else if (systemServiceNames().contains(folded(c.service)))
            error(field, Tr::tr("%1: %2 is a service of the system or of other software; the "
                                "plan stops a component's own service only.")
                             .arg(field, c.service));
        else if (!namedAfter(c.service, c, false))
            error(field, Tr::tr("%1: the service %2 is not named after the component %3 (its "
                                "name, account or package).")
                             .arg(field, c.service, c.name));
    }

    void checkCrons(qsizetype index, const ComponentInfo &c, QHash<QString, QString> &owners)
    {
        const QString field = fieldOf(index, c, u"crons"_qs);
        for (const QString &cron : c.crons) {
            const qsizetype slash = cron.lastIndexOf(u'/');
            const QString folder = cron.left(slash);
            const QString name = cron.mid(slash + 1);
            if (!isSafeAbsolutePath(cron) || !kCronFolders.contains(folder)) {
                error(field, Tr::tr("%1: %2 is not a cron file: each one is a file directly in "
                                    "/etc/cron.d, /etc/cron.hourly, /etc/cron.daily, "
                                    "/etc/cron.weekly or /etc/cron.monthly.")
                                 .arg(field, shown(cron)));
            } else if (systemCronNames().contains(folded(name))) {
                error(field, Tr::tr("%1: %2 is a cron of the system or of other software; only "
                                    "the component's own crons are disabled on secondaries.")
                                 .arg(field, cron));
            } else if (!namedAfter(name, c, true)) {
                error(field, Tr::tr("%1: the cron file %2 is not named after the component %3 "
                                    "(its name, account or package).")
                                 .arg(field, cron, c.name));
            } else if (auto it = owners.constFind(cron); it != owners.cend()) {
                error(
                    field,
                    Tr::tr("%1: the cron file %2 is already listed by %3.").arg(field, cron, *it));
            } else {
                owners.insert(cron, field);
            }
        }
    }

    const Deployment &m_d;
    const QList<ComponentInfo> m_infos;
    QList<Problem> m_problems;
};

} // namespace

bool isValidHostName(const QString &name)
{
    static const QRegularExpression re = anchored("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    return re.match(name).hasMatch();
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
    static const QRegularExpression digitsAndDots = anchored("[0-9.]+");
    if (digitsAndDots.match(address).hasMatch()) {
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
    static const QRegularExpression re = anchored("[a-z_][a-z0-9_-]{0,31}");
    return re.match(user).hasMatch();
}

bool isValidDatabaseIdentifier(const QString &identifier)
{
    static const QRegularExpression re = anchored("[A-Za-z_][A-Za-z0-9_]{0,62}");
    return re.match(identifier).hasMatch();
}

bool isValidPackageName(const QString &package)
{
    static const QRegularExpression re = anchored("[a-z0-9][a-z0-9+.-]{1,99}");
    return re.match(package).hasMatch();
}

bool isValidComponentName(const QString &component)
{
    static const QRegularExpression re = anchored("[a-z0-9][a-z0-9-]{0,62}");
    return re.match(component).hasMatch();
}

bool isValidDeploymentName(const QString &name)
{
    static const QRegularExpression re = anchored("[a-z0-9][a-z0-9_-]{0,62}");
    return re.match(name).hasMatch();
}

QList<Problem> validate(const Deployment &deployment)
{
    return Validator(deployment).run();
}

QList<Problem> loadAndValidationProblems(const LoadResult &loaded)
{
    QList<Problem> problems = loaded.problems;
    QStringList failed; // fields that did not load: what validate() says of them is a knock-on
    for (const Problem &p : loaded.problems) {
        if (!p.isError())
            continue;
        if (p.field == u"(file)")
            return problems; // nothing was read
        failed.append(p.field);
        // A role that did not load leaves the host a secondary: the count of primaries too.
        if (p.field.startsWith(u"hosts[") && p.field.endsWith(u".role"))
            failed.append(u"hosts"_qs);
    }
    failed.removeDuplicates();
    auto knockOn = [&failed](const QString &field) {
        for (const QString &f : failed) {
            if (field == f ||
                (field.startsWith(f) && (field.at(f.size()) == u'.' || field.at(f.size()) == u'[')))
                return true;
        }
        return false;
    };
    for (const Problem &p : validate(loaded.deployment)) {
        // Warnings of a file that did not load whole are left out (an unread list makes
        // everything else look unused); errors of what did load are all reported.
        if (p.isError() && (failed.isEmpty() || !knockOn(p.field)))
            problems.append(p);
        else if (!p.isError() && failed.isEmpty())
            problems.append(p);
    }
    return problems;
}

} // namespace phw
