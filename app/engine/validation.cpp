#include "validation.h"

#include "handover.h"
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
        "spool srv sys tmp usr var www backups python python2 python3 keepalived haproxy wireguard "
        "corosync pacemaker openvpn strongswan ipsec.d sssd bind samba ceph iscsi multipath zfs "
        "sysstat etckeeper aide openssl kbd zsh salt puppet vault consul kubernetes containers "
        "certbot dehydrated opendkim dovecot rc.local krb5.conf mdadm.conf wgetrc vconsole.conf "
        "smartd.conf msmtprc sss man-db usrmerge slapd bind9 etcd kubelet lxd incus "
        "accountsservice flatpak elasticsearch mongodb grafana mlocate plocate open-iscsi",
        // prefixes
        "adduser apt dpkg systemd cron anacron ssh ssl nfs rpc pam polkit dbus udev sudo ld.so "
        "apparmor selinux network netplan ifupdown dhcp wpa grub initramfs init kernel modules "
        "modprobe lvm logrotate rsyslog iptables nftables ufw firewalld x11 python2. python3. perl "
        "nginx "
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
        "exit final umount soft-reboot factory-reset system-update blk-availability iscsid "
        "multipathd mdmonitor console-getty getty-static rc-local chronyd cloud-config "
        "cloud-final vmtoolsd smartmontools nscd nslcd winbind smbd nmbd samba named bind9 "
        "unbound slapd openvpn strongswan ipsec libvirtd virtlogd kubelet fake-hwclock rsync "
        "grub-common x11-common setvtrgb wtmpdb etcd etckeeper aide rsnapshot backupninja "
        "borgmatic mlocate plocate",
        "systemd ssh cron anacron nfs rpc serial-getty dbus networking network ifup "
        "wpa-supplicant dhcp apt dpkg udev apparmor ufw nftables iptables firewalld polkit "
        "postfix initrd plymouth local-fs remote-fs sys- dev- nginx apache lighttpd postgresql "
        "mysql mariadb redis rabbitmq supervisor docker containerd snapd sudo lvm logrotate "
        "publik-ha-wizard suspend e2scrub user- zfs cryptdisks open-iscsi iscsi multipath "
        "kmod getty chrony ntp cloud- qemu open-vm sssd salt- puppet zabbix munin prometheus "
        "wg-quick wireguard keepalived haproxy lvm2 mdadm ceph gluster libvirt virtlogd virtlockd "
        "virtqemud virtnetworkd kube- "
        "borg");
    return list;
}

// Packages of the base system and of other software (and their families, as prefixes): a
// component's packages are its own, never one of these, even when it is named after it.
const NameList &systemPackageNames()
{
    static const NameList list(
        "lvm2 cryptsetup mdadm open-iscsi multipath-tools keepalived haproxy sssd samba "
        "smbclient winbind etcd rsnapshot etckeeper aide aide-common borgmatic borgbackup "
        "backupninja mlocate plocate locate rc-local getty chrony ntp ntpsec ntpdate openntpd "
        "corosync pacemaker openvpn strongswan libreswan wireguard wireguard-tools bind9 unbound "
        "dnsmasq slapd nslcd nscd qemu-guest-agent open-vm-tools smartmontools fake-hwclock rsync "
        "x11-common kbd console-setup keyboard-setup cloud-init cloud-guest-utils "
        "prometheus-node-exporter ceph ceph-common autofs ssh sudo cron anacron udev dbus "
        "base-files base-passwd bash coreutils login passwd adduser util-linux mount libc-bin "
        "libc6 init init-system-helpers ifupdown iproute2 iptables nftables ufw firewalld "
        "netplan.io network-manager isc-dhcp-client apparmor logrotate rsyslog docker.io snapd "
        "podman kubelet kubeadm vault consul certbot dehydrated opendkim postfix exim4 "
        "dovecot-core clamav amavisd-new spamassassin fail2ban auditd needrestart "
        "unattended-upgrades debsums apt-listchanges man-db tzdata locales ca-certificates "
        "openssl cracklib-runtime logwatch acct quota tmpreaper uptimed lm-sensors sysstat htdig "
        "memcached apache2 lighttpd uwsgi squid varnish tor",
        "zfs lvm cryptsetup mdadm multipath open-iscsi iscsi keepalived haproxy wireguard sssd "
        "samba etcd rsnapshot etckeeper aide- borg backupninja mlocate plocate rc-local getty "
        "chrony ntp systemd openssh ssh- dpkg apt libpam libnss libc6 linux-image linux-headers "
        "grub nfs- rpcbind nginx postgresql supervisor docker containerd snapd lxc lxd incus "
        "cloud-init salt- puppet zabbix munin prometheus ceph gluster libvirt qemu open-vm "
        "corosync pacemaker openvpn strongswan bind9 unbound slapd sudo cron udev dbus "
        "publik-ha-wizard mariadb mysql redis rabbitmq clamav dovecot");
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
        "lxd docker wheel admin publik-ha-wizard libvirt libvirt-qemu libvirt-dnsmasq lpadmin "
        "sambashare wireshark bluetooth scanner saned postfix postdrop opendkim opendmarc bind "
        "syslog uwsgi clamav amavis dovecot dovenull vmail sssd nslcd avahi-autoipd dhcpcd "
        "fwupd-refresh -laurel rpc ceph incus-admin incus ftp tftp chrony ntpsec pulse "
        "pulse-access rtkit geoclue colord lightdm gdm usbmux unbound dnsmasq named openldap "
        "haproxy keepalived zabbix munin prometheus nagios icinga puppet salt landscape "
        "pollinate nut tor uml-net kvm libvirtd",
        "systemd- debian- nm- incus");
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
        "publik-ha-wizard zfs borg munin clamav aide etckeeper rsnapshot backupninja logwatch "
        "00logwatch ntpsec cracklib fake-hwclock letsencrypt dehydrated acct quota htdig "
        "tmpreaper uptimed lm-sensors amavisd");
    return list;
}

// A name that belongs to the system or to other software, whatever it names: a component
// cannot take it, nor can its packages (its folders, service and crons are named after them).
bool isForeignName(const QString &name)
{
    const QString n = folded(name);
    return systemFolderNames().contains(n) || systemServiceNames().contains(n) ||
           systemPackageNames().contains(n) || systemCronNames().contains(n);
}

const QStringList kCronFolders = {u"/etc/cron.d"_qs, u"/etc/cron.hourly"_qs, u"/etc/cron.daily"_qs,
                                  u"/etc/cron.weekly"_qs, u"/etc/cron.monthly"_qs};

// The share is mounted at the same place on every host, and the plan keeps its state there.
// It must be a folder made to hold it, that nothing else owns. Allowed, and only these:
//  - /srv/NAME…, /mnt/NAME… and /media/NAME… (FHS: site data and mount points), except the
//    folders of services (/srv/ftp, /srv/www, …) and of removable media (cdrom*, usb*, …);
//  - /NAME… at the top, when NAME is not a folder or file of the system (FHS and what Debian,
//    autofs, snapper or systemd put there: /net, /afs, /.snapshots, /swapfile, …): /nfs, /data,
//    /export.
// Never /home (users' homes), /var (every folder there belongs to the system or to packages:
// /var/lib, /var/snap, /var/mail, …), /root, /tmp, /run, /usr, …, nor a folder named after an
// SSH user of a host or a system account (a home, or udisks' /media/USER).
enum class MountProblem { None, System, User, Reserved };

MountProblem mountPointProblem(const QString &path, const QSet<QString> &users)
{
    static const QSet<QString> systemTops = {
        u"bin"_qs,      u"boot"_qs,    u"cdrom"_qs,       u"dev"_qs,        u"efi"_qs,
        u"etc"_qs,      u"home"_qs,    u"lib"_qs,         u"lib32"_qs,      u"lib64"_qs,
        u"libx32"_qs,   u"libexec"_qs, u"lost+found"_qs,  u"opt"_qs,        u"proc"_qs,
        u"root"_qs,     u"run"_qs,     u"sbin"_qs,        u"selinux"_qs,    u"snap"_qs,
        u"sys"_qs,      u"tmp"_qs,     u"usr"_qs,         u"var"_qs,        u"net"_qs,
        u"afs"_qs,      u"misc"_qs,    u"nix"_qs,         u"cgroup"_qs,     u"swapfile"_qs,
        u"swap.img"_qs, u"vmlinuz"_qs, u"vmlinuz.old"_qs, u"initrd.img"_qs, u"initrd.img.old"_qs,
        u"recovery"_qs, u"cores"_qs,   u"users"_qs};
    // Folders of services under /srv (ftp's home is /srv/ftp, tftpd's /srv/tftp, salt's
    // /srv/salt, …).
    static const QSet<QString> srvServices = {u"ftp"_qs,    u"tftp"_qs,  u"www"_qs,   u"http"_qs,
                                              u"html"_qs,   u"git"_qs,   u"svn"_qs,   u"salt"_qs,
                                              u"pillar"_qs, u"rsync"_qs, u"backup"_qs};
    static const QRegularExpression removable =
        anchored("(cdrom|cdrw|dvd|dvdrw|floppy|usb|zip|sr|fd|sd[a-z]|cd)[0-9]*");
    const QStringList segments = path.mid(1).split(u'/');
    const QString top = segments.first();
    if (top == u"home" && segments.size() > 1)
        return MountProblem::User; // users' homes, the SSH user's authorized_keys among them
    if (top == u"srv" || top == u"mnt" || top == u"media") {
        if (segments.size() < 2)
            return MountProblem::System;
        const QString name = segments.at(1);
        if (name.startsWith(u'.'))
            return MountProblem::System;
        if ((top == u"srv" && srvServices.contains(name.toLower())) ||
            (top != u"srv" && removable.match(name.toLower()).hasMatch()))
            return MountProblem::Reserved;
        if (users.contains(name) || systemAccountNames().contains(folded(name)))
            return MountProblem::User;
        return MountProblem::None;
    }
    if (top.startsWith(u'.') || systemTops.contains(top.toLower()) ||
        top.endsWith(u".usr-is-merged"_qs) || top.startsWith(u"vmlinuz"_qs) ||
        top.startsWith(u"initrd"_qs) || top.startsWith(u"lib"_qs))
        return MountProblem::System;
    if (users.contains(top) || systemAccountNames().contains(folded(top)))
        return MountProblem::User;
    return MountProblem::None;
}

// Components cannot take the names of the plan's fixed steps (share.nginx, …).
const QSet<QString> kReservedComponentNames = {u"folders"_qs, u"nginx"_qs, u"www"_qs, u"apt"_qs};

// True when the C library reads address as an IPv4 address written in another form than four
// decimal numbers: hexadecimal, octal or short (0x0a00000b, 012.0.0.11, 167772171, 10.11).
// ssh resolves it so (inet_aton), a reader does not: such an address is refused.
bool isOtherIpv4Form(const QString &address)
{
    const QByteArray latin = address.toLatin1();
    in_addr v4{};
    in_addr exact{};
    return QString::fromLatin1(latin) == address && !hasControlCharacter(address) &&
           inet_aton(latin.constData(), &v4) == 1 &&
           inet_pton(AF_INET, latin.constData(), &exact) != 1;
}

// An address as the host it names: IPv4 (IPv4-mapped IPv6 included) and IPv6 as their bytes,
// a DNS name or alias in lower case without a final dot. Every name of this machine (127/8,
// ::1, 0.0.0.0, ::, localhost, *.localhost, ip6-localhost, ip6-loopback) is the same host.
QString canonicalAddress(const QString &address)
{
    static const QString loopback = u"loopback"_qs;
    const QByteArray latin = address.toLatin1();
    auto v4 = [&](const unsigned char *b) {
        if (b[0] == 127 || b[0] == 0)
            return loopback;
        return u"ip:"_qs +
               QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(b), 4).toHex());
    };
    if (address.contains(u':')) {
        in6_addr v6{};
        if (inet_pton(AF_INET6, latin.constData(), &v6) == 1) {
            static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
            if (std::memcmp(v6.s6_addr, mapped, sizeof mapped) == 0)
                return v4(v6.s6_addr + 12);
            static const unsigned char zero[15] = {};
            if (std::memcmp(v6.s6_addr, zero, sizeof zero) == 0 && v6.s6_addr[15] <= 1)
                return loopback; // :: and ::1
            return u"ip:"_qs +
                   QString::fromLatin1(
                       QByteArray(reinterpret_cast<const char *>(v6.s6_addr), 16).toHex());
        }
    }
    in_addr a{};
    if (inet_pton(AF_INET, latin.constData(), &a) == 1)
        return v4(reinterpret_cast<const unsigned char *>(&a));
    QString name = address.toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name == u"localhost" || name == u"localhost.localdomain" || name == u"ip6-localhost" ||
        name == u"ip6-loopback" || name.endsWith(u".localhost"))
        return loopback;
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
            if (!addressOk && isOtherIpv4Form(h.address))
                error(f + u".address"_qs, otherIpv4FormMessage(f + u".address"_qs, h.address));
            else if (!addressOk)
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
                error(f, Tr::tr("%1: a component name is 2 to 63 lower-case letters, digits and "
                                "'-', starting and ending with a letter or digit.")
                             .arg(f));
                continue;
            }
            if (isForeignName(c))
                error(f, Tr::tr("%1: %2 is the name of the system or of other software (its "
                                "package, service, folder or cron); a component cannot take it.")
                             .arg(f, c));
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
            if (!seen.contains(it.key())) {
                // The field as shown (a long or unprintable key is shortened and escaped), so
                // that the message names it exactly.
                const QString f = u"component_catalog."_qs + shown(it.key());
                warning(f, Tr::tr("%1: %2 is not in components; this description is ignored.")
                               .arg(f, shown(it.key())));
            }
        }
    }

    void checkAccounts()
    {
        const IdRange &range = m_d.idRange;
        const bool rangeOk = range.min >= kMinId && range.max <= kMaxId && range.min <= range.max;
        if (!rangeOk)
            error(u"id_range"_qs, Tr::tr("id_range: the range must be within %1 to %2 with min ≤ "
                                         "max (the other IDs are reserved).")
                                      .arg(kMinId)
                                      .arg(kMaxId));
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

    static QString otherIpv4FormMessage(const QString &field, const QString &address)
    {
        return Tr::tr("%1: %2 is read as an IPv4 address written in hexadecimal, octal or short "
                      "form; write it as four decimal numbers (such as 10.0.0.11).")
            .arg(field, shown(address));
    }

    static QString systemAccountMessage(const QString &field, const QString &user)
    {
        return Tr::tr("%1: %2 is an account of the system or of other software; a component has "
                      "its own account: choose another name.")
            .arg(field, shown(user));
    }

    // UID and GID 0 (root), 65534 (nobody, nogroup) and 65535 ((uid_t) -1) are never given,
    // nor those Debian and systemd reserve: 1–99 (base-passwd's static accounts), 60000–64999
    // (reserved by Debian), 61184–65519 (systemd's dynamic users), 65000–65533 (reserved).
    static constexpr qint64 kMinId = 100;
    static constexpr qint64 kMaxId = 59999;

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
        if ((id >= 1 && id < kMinId) || (id > kMaxId && id <= 65535)) {
            error(field, isUid ? Tr::tr("%1: UID %2 is in a range that Debian and systemd reserve "
                                        "(1–99, 60000–65535); choose one in %3–%4.")
                                     .arg(field)
                                     .arg(id)
                                     .arg(kMinId)
                                     .arg(kMaxId)
                               : Tr::tr("%1: GID %2 is in a range that Debian and systemd reserve "
                                        "(1–99, 60000–65535); choose one in %3–%4.")
                                     .arg(field)
                                     .arg(id)
                                     .arg(kMinId)
                                     .arg(kMaxId));
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
        if (isOtherIpv4Form(db.host))
            error(u"database.host"_qs, otherIpv4FormMessage(u"database.host"_qs, db.host));
        else if (!isValidAddress(db.host))
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
            // Valid but harmful: export --sql sets the role's password and gives it the
            // database, run by a superuser (the superuser's password, the maintenance
            // database or a template would be taken over).
            else if (it->user.toLower() == u"postgres" || it->user.toLower().startsWith(u"pg_"))
                error(f + u".user"_qs,
                      Tr::tr("%1: %2 is a role of PostgreSQL itself; give the component a role "
                             "of its own.")
                          .arg(f + u".user"_qs, it->user));
            if (isValidDatabaseIdentifier(it->name) &&
                (it->name.toLower() == u"postgres" || it->name.toLower() == u"template0" ||
                 it->name.toLower() == u"template1"))
                error(f + u".name"_qs,
                      Tr::tr("%1: %2 is a database of PostgreSQL itself; give the component a "
                             "database of its own.")
                          .arg(f + u".name"_qs, it->name));
        }
        // Valid but harmful: two components on one database would mix their tables, and on
        // one role export --sql would set the role's password twice (the last one wins, the
        // other component could no longer connect). Compared on what export --sql creates
        // (databaseGrants: w.c.s. too, whose role is its account's name), folded to lower
        // case as PostgreSQL folds unquoted names.
        QMap<QString, QStringList> byDatabase, byRole;
        QMap<QString, DatabaseGrant> grants;
        for (const DatabaseGrant &g : databaseGrants(m_d)) {
            if (!g.createDb && !djangoComponents.contains(g.component))
                continue; // an ignored entry (warned above)
            grants.insert(g.component, g);
            if (isValidDatabaseIdentifier(g.role))
                byRole[g.role.toLower()].append(g.component);
            if (!g.database.isEmpty() && isValidDatabaseIdentifier(g.database))
                byDatabase[g.database.toLower()].append(g.component);
        }
        const auto shared = [&](const QMap<QString, QStringList> &groups, const QString &part,
                                const auto &message) {
            for (const QStringList &group : groups) {
                for (qsizetype i = 0; group.size() > 1 && i < group.size(); ++i) {
                    const DatabaseGrant &g = grants.value(group.at(i));
                    if (g.createDb)
                        continue; // w.c.s.: no field of its own to show the error on
                    QStringList others = group;
                    others.removeAt(i);
                    const QString f = u"database.components."_qs + g.component + part;
                    error(f, message(f, g, others.join(Tr::tr(", ", "between names"))));
                }
            }
        };
        shared(byDatabase, u".name"_qs,
               [](const QString &f, const DatabaseGrant &g, const QString &others) {
                   return Tr::tr("%1: %2 is also the database of %3; each component needs a "
                                 "database of its own.")
                       .arg(f, g.database, others);
               });
        shared(byRole, u".user"_qs,
               [](const QString &f, const DatabaseGrant &g, const QString &others) {
                   return Tr::tr("%1: %2 is also the role of %3; each component needs a role "
                                 "of its own (with its own password).")
                       .arg(f, g.role, others);
               });
    }

    void checkShare()
    {
        const Share &s = m_d.nfs;
        const bool mountOk = isSafeAbsolutePath(s.mount);
        if (!mountOk)
            error(u"nfs.mount"_qs,
                  Tr::tr("nfs.mount: enter an absolute path without '..', '//', spaces or "
                         "symbols, without a trailing '/', each name 255 bytes at most."));
        else {
            QSet<QString> users; // the hosts' SSH users: a folder named after one is theirs
            for (const Host &h : m_d.hosts)
                users.insert(h.user);
            // Indexed by MountProblem.
            const QString messages[] = {
                {},
                Tr::tr("nfs.mount: %1 belongs to the system or is a temporary folder and cannot be "
                       "the share; mount the share on a folder made for it: /srv/NAME, /mnt/NAME, "
                       "/media/NAME or a folder of your own at the top (/nfs, /data)."),
                Tr::tr("nfs.mount: %1 belongs to a user (a home, or the user's removable media); "
                       "mount the share on a folder made for it, such as /srv/nfs or /mnt/publik."),
                Tr::tr("nfs.mount: %1 is the folder of a service or of removable media (/srv/ftp, "
                       "/media/cdrom, …); mount the share on a folder made for it, such as "
                       "/srv/nfs or /mnt/publik.")};
            const MountProblem problem = mountPointProblem(s.mount, users);
            if (problem != MountProblem::None)
                error(u"nfs.mount"_qs, messages[static_cast<int>(problem)].arg(s.mount));
        }
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
                error(f, packageNameMessage(f, m_d.extraPackages.at(i)));
        }
    }

    static QString packageNameMessage(const QString &field, const QString &package)
    {
        return Tr::tr("%1: %2 is not a plain Debian package name: 2 to 100 lower-case letters, "
                      "digits, '-', '+' and '.', starting with a letter or digit and ending with "
                      "one (or with '+', as g++), '.' only between letters or digits; apt would "
                      "read any other name as a command (a final '-' removes the package) or as "
                      "a pattern.")
            .arg(field, shown(package));
    }

    // A package of the component: its name, or a name that begins with "<name>-" or
    // "python3-<name>" (wcs-au-quotidien for wcs, python3-combo for combo).
    static bool ownsPackage(const ComponentInfo &c, const QString &package)
    {
        const QString py = u"python3-"_qs + c.name;
        return package == c.name || package.startsWith(c.name + u'-') || package == py ||
               package.startsWith(py + u'-');
    }

    // True when name is exactly the component's name or one of its packages ('-' and '_'
    // alike), or, when pythonForms, python-<name> or python3-<name> (crons of Django
    // components). No prefix matching: the file chooses the name and the packages.
    static bool namedAfter(const QString &name, const ComponentInfo &c, bool pythonForms)
    {
        const QString n = folded(name);
        if (n == c.name)
            return true;
        if (pythonForms && (n == u"python-"_qs + c.name || n == u"python3-"_qs + c.name))
            return true;
        for (const QString &p : c.packages) {
            if (n == folded(p) && ownsPackage(c, p) && !isForeignName(p))
                return true;
        }
        return false;
    }

    // A component's own folder: exactly <top>/<name>, name the component's or one of its
    // packages', not a name the system owns. Returns false (and reports) otherwise.
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
        if (systemFolderNames().contains(folded(base)) || isForeignName(base)) {
            error(field, Tr::tr("%1: %2 belongs to the system or to other software; a component "
                                "has folders of its own, named after it.")
                             .arg(field, path));
            return false;
        }
        if (!namedAfter(base, c, false)) {
            error(field, Tr::tr("%1: %2 is not named after the component %3 (exactly its name or "
                                "one of its packages); a component has folders of its own.")
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
            const QString packagesField = fieldOf(i, c, u"packages"_qs);
            for (const QString &p : c.packages) {
                if (!isValidPackageName(p))
                    error(packagesField, packageNameMessage(packagesField, p));
                else if (isForeignName(p))
                    error(packagesField,
                          Tr::tr("%1: %2 is a package of the system or of other software; a "
                                 "component's packages are its own.")
                              .arg(packagesField, p));
                else if (!ownsPackage(c, p))
                    error(packagesField,
                          Tr::tr("%1: %2 is not a package of the component %3: its packages are "
                                 "named %3, %3-… or python3-%3….")
                              .arg(packagesField, p, c.name));
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
        // A component run by supervisor may name supervisor itself: the plan stops supervisor
        // for it. Any other service is checked, supervisor or not.
        if (c.service.isEmpty() || (c.supervisor && c.service == u"supervisor"))
            return;
        const QString field = fieldOf(index, c, u"service"_qs);
        if (!isValidComponentName(c.service))
            error(field, Tr::tr("%1: a service name is 2 to 63 lower-case letters, digits and '-', "
                                "starting and ending with a letter or digit.")
                             .arg(field));
        else if (systemServiceNames().contains(folded(c.service)) || isForeignName(c.service))
            error(field, Tr::tr("%1: %2 is a service of the system or of other software; the "
                                "plan stops a component's own service only.")
                             .arg(field, c.service));
        else if (!namedAfter(c.service, c, false))
            error(field, Tr::tr("%1: the service %2 is not named after the component %3 (exactly "
                                "its name or one of its packages).")
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
            } else if (systemCronNames().contains(folded(name)) || isForeignName(name)) {
                error(field, Tr::tr("%1: %2 is a cron of the system or of other software; only "
                                    "the component's own crons are disabled on secondaries.")
                                 .arg(field, cron));
            } else if (!namedAfter(name, c, true)) {
                error(field, Tr::tr("%1: the cron file %2 is not named after the component %3 "
                                    "(exactly its name, one of its packages, python-%3 or "
                                    "python3-%3).")
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
    if (isOtherIpv4Form(address))
        return false;
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
    // Literal for apt: no final '-' (apt-get install NAME- removes NAME), no '..' nor '.' next
    // to a symbol (regular expression), a final '+' only after a letter or digit (g++).
    auto alnum = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    const qsizetype n = package.size();
    if (n < 2 || n > 100 || !alnum(package.front()))
        return false;
    qsizetype end = n;
    while (end > 1 && package.at(end - 1) == u'+')
        --end;
    if (!alnum(package.at(end - 1)))
        return false;
    for (qsizetype i = 1; i < n; ++i) {
        const QChar c = package.at(i);
        if (alnum(c) || c == u'-' || c == u'+')
            continue;
        if (c == u'.' && alnum(package.at(i - 1)) && i + 1 < n && alnum(package.at(i + 1)))
            continue;
        return false;
    }
    return true;
}

bool isValidComponentName(const QString &component)
{
    static const QRegularExpression re = anchored("[a-z0-9][a-z0-9-]{0,61}[a-z0-9]");
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
    QStringList failed;     // fields that did not load: what validate() says of them is a knock-on
    QStringList failedOnly; // the same, without what is below them
    for (const Problem &p : loaded.problems) {
        if (!p.isError())
            continue;
        if (p.field == u"(file)")
            return problems; // nothing was read
        failed.append(p.field);
        // A role that did not load leaves the host a secondary: the count of primaries (the
        // field "hosts" itself) is a knock-on, what is said of the other hosts is not.
        if (p.field.startsWith(u"hosts[") && p.field.endsWith(u".role"))
            failedOnly.append(u"hosts"_qs);
    }
    failed.removeDuplicates();
    auto knockOn = [&failed, &failedOnly](const QString &field) {
        if (failedOnly.contains(field))
            return true;
        for (const QString &f : failed) {
            if (field == f ||
                (field.startsWith(f) && (field.at(f.size()) == u'.' || field.at(f.size()) == u'[')))
                return true;
        }
        return false;
    };
    const bool anyFailed = !failed.isEmpty() || !failedOnly.isEmpty();
    for (const Problem &p : validate(loaded.deployment)) {
        // Warnings of a file that did not load whole are left out (an unread list makes
        // everything else look unused); errors of what did load are all reported.
        if (p.isError() && (!anyFailed || !knockOn(p.field)))
            problems.append(p);
        else if (!p.isError() && !anyFailed)
            problems.append(p);
    }
    return problems;
}

} // namespace phw
