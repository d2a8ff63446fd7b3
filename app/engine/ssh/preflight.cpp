#include "preflight.h"

#include "plan.h"
#include "runner.h"
#include "secrets.h"
#include "textutil.h"

#include <QRandomGenerator>
#include <QSet>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

// Run as root. Arguments: mount state-dir token mode(write|read) db-host db-port, then
// user:uid:gid..., then "--", then component:etc-dir:cron-file,cron-file... then "--",
// then, four by four, component database role password-variable, then "--", then the
// files the plan writes on the host, then "--", then packages. Prints "key value" lines. The
// database passwords come as shell variables assigned on stdin before the script (never exported,
// never on a command line); each reaches python3 through a pipe.
const char kProbe[] = R"SH(set -u
export LC_ALL=C
mount=$1 statedir=$2 token=$3 mode=$4 dbhost=$5 dbport=$6
shift 6
dbreach=?
. /etc/os-release 2>/dev/null
echo "os ${ID:-unknown} ${VERSION_ID:-unknown}"
echo "cpu $(nproc 2>/dev/null || echo 0)"
echo "mem $(awk '/^MemTotal:/ {print $2}' /proc/meminfo)"
echo "disk $(df -Pk / | awk 'NR==2 {print $4}')"
echo "machineid $(cat /etc/machine-id 2>/dev/null)"
if [ -d "$mount" ] && { mountpoint -q "$mount" 2>/dev/null || [ "$(stat -c %d "$mount")" != "$(stat -c %d "$mount/..")" ]; }; then
    echo "mounted 1"
else
    echo "mounted 0"
fi
echo "sharefree $(df -Pk "$mount" 2>/dev/null | awk 'NR==2 {print $4}')"
if [ "$mode" = write ]; then
    if mkdir -p "$statedir" 2>/dev/null && printf '%s\n' "$token" >"$statedir/preflight-token" 2>/dev/null; then
        echo "tokenwrite 1"
    else
        echo "tokenwrite 0"
    fi
else
    echo "tokenread $(cat "$statedir/preflight-token" 2>/dev/null)"
fi
t="$mount/.phw-write-test.$$"
if [ -d "$mount" ] && : >"$t" 2>/dev/null; then rm -f "$t"; echo "writable 1"; else echo "writable 0"; fi
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    u=${1%%:*}; rest=${1#*:}; uid=${rest%%:*}; gid=${rest#*:}
    echo "account $u $(getent passwd "$u" | cut -d: -f3,4)"
    echo "groupid $u $(getent group "$u" | cut -d: -f3)"
    echo "uidowner $uid $(getent passwd "$uid" | cut -d: -f1)"
    echo "gidowner $gid $(getent group "$gid" | cut -d: -f1)"
    shift
done
[ $# -gt 0 ] && shift
echo "wwwdata $(getent passwd www-data | cut -d: -f3,4)"
# The system's python3 (the one python3-psycopg2 installs for), before any other in PATH.
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
if command -v "$py" >/dev/null 2>&1; then
    if "$py" -c 'import socket,sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), 5).close()' "$dbhost" "$dbport" 2>/dev/null; then
        dbreach=1
    else
        dbreach=0
    fi
elif command -v nc >/dev/null 2>&1; then
    if nc -z -w 5 "$dbhost" "$dbport" 2>/dev/null; then dbreach=1; else dbreach=0; fi
fi
echo "db $dbreach"
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    comp=${1%%:*}; rest=${1#*:}; etc=${rest%%:*}; crons=${rest#*:}
    varlib=${crons##*:}; crons=${crons%:*}
    # What the share steps will move (folders not yet linked to the share), in KiB.
    for m in "$etc" "$varlib"; do
        [ -n "$m" ] && [ -d "$m" ] && [ ! -L "$m" ] && echo "tomove $m $(du -sk "$m" 2>/dev/null | cut -f1)"
    done
    if [ -d "$etc" ]; then
        grep -rnIE '^[[:space:]]*(cron|cron2|unique-cron|cron-harakiri)[[:space:]]*=' "$etc" 2>/dev/null |
            while IFS= read -r l; do echo "cronline $comp $l"; done
    fi
    for f in /etc/cron.d/* /etc/cron.daily/* /etc/cron.hourly/*; do
        [ -f "$f" ] || continue
        case ",$crons," in *",$f,"*) continue ;; esac
        n=$(grep -nE "$comp" "$f" 2>/dev/null | grep -v '^[0-9]*:[[:space:]]*#' | head -n 1)
        [ -n "$n" ] && echo "cronline $comp $f:$n"
    done
    shift
done
[ $# -gt 0 ] && shift
psy=
# The password on stdin; one "dbauth COMPONENT ok|refused|hba|nodb|error [message]" line,
# the message on one line and without the password.
dbauth='import sys
comp, host, port, db, user = sys.argv[1:6]
pw = sys.stdin.read()
def say(kind, msg=""):
    if pw:
        msg = msg.replace(pw, "***")
    msg = " ".join(msg.split())
    sys.stdout.buffer.write(" ".join(["dbauth", comp, kind, msg]).strip().encode("utf-8", "replace") + b"\n")
try:
    import psycopg2
    psycopg2.connect(host=host, port=int(port), dbname=db, user=user, password=pw, connect_timeout=5).close()
    say("ok")
except Exception as e:
    m = str(e)
    low = m.lower()
    if "pg_hba.conf" in low:
        say("hba", m)
    elif ("database" in low or "base de donn" in low) and ("does not exist" in low or "existe pas" in low):
        say("nodb", m)
    elif any(k in low for k in ("password", "mot de passe", "authentication", "authentification", "role", "r\u00f4le")):
        say("refused", m)
    else:
        say("error", m)
'
while [ $# -ge 4 ] && [ "$1" != -- ]; do
    comp=$1 dbname=$2 dbuser=$3 var=$4
    shift 4
    [ "$dbreach" = 1 ] || continue
    if [ -z "$psy" ]; then
        if "$py" -c 'import psycopg2' 2>/dev/null; then psy=1; else psy=0; fi
        echo "psycopg2 $psy"
    fi
    [ "$psy" = 1 ] || continue
    case $var in *[!A-Za-z0-9_]* | [0-9]* | '') echo "dbauth $comp error bad variable"; continue ;; esac
    eval "isset=\${$var+1}"
    if [ -z "$isset" ]; then echo "dbauth $comp nosecret"; continue; fi
    # printf is a shell builtin: the password is on no command line; python3 reads it on stdin.
    out=$(eval "printf '%s' \"\$$var\"" | "$py" -c "$dbauth" "$comp" "$dbhost" "$dbport" "$dbname" "$dbuser" 2>/dev/null)
    echo "${out:-dbauth $comp error no answer from python3}"
done
unset isset
[ $# -gt 0 ] && shift
# The files the plan writes, as they are now, for the preview's diff (64 KiB at most). Only
# the file itself: a path that is a symbolic link or goes through one (readlink -f differs) is
# not read, so that a link planted there cannot make root send another file (/etc/shadow). A
# line that names a secret keeps its key only, and a value that goes on over the next lines
# (an empty value, an open bracket, a trailing backslash) hides those lines too; a URL with a
# password, and every line of a .pgpass, are hidden: the host's secrets never leave it.
redact='{ l = $0; sub(/\r$/, "", l)
    if (pend) {
        d += gsub(/[[({]/, "&", l) - gsub(/[])}]/, "&", l); if (d < 0) d = 0
        t = l; gsub(/[ \t]/, "", t)
        pend = (d > 0 || t == "" || t ~ /[\\=:]$/)
        print "fileline «…»"; next
    }
    low = tolower(l)
    if (all || low ~ /passw|secret|token|credential|private|api_?key|pgpass|passphrase|(^|[^a-z])(pass|pwd|auth|key)([^a-z]|$)/ || l ~ /:\/\/[^\/@ ]*:[^\/@ ]*@/) {
        i = match(l, /[=:]/)
        if (all || l ~ /:\/\/[^\/@ ]*:[^\/@ ]*@/) i = 0
        v = (i > 0 ? substr(l, i + 1) : "")
        l = (i > 0 ? substr(l, 1, i) " «…»" : "«…»")
        t = v; gsub(/[ \t]/, "", t)
        d = gsub(/[[({]/, "&", v) - gsub(/[])}]/, "&", v); if (d < 0) d = 0
        pend = (i > 0 && (d > 0 || t == "" || t ~ /\\$/))
    }
    print "fileline " l }'
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    f=$1
    shift
    if [ -L "$f" ] || { [ -e "$f" ] && [ "$(readlink -f -- "$f")" != "$f" ]; }; then
        echo "filelink $f"
    elif [ -f "$f" ]; then
        all=0
        case $f in *pgpass*) all=1 ;; esac
        lines=$(head -c 65536 -- "$f" | awk -v all="$all" "$redact")
        size=$(wc -c <"$f" 2>/dev/null || echo 0)
        # Swapped for a link while it was read: nothing of it is sent.
        if [ -L "$f" ] || [ "$(readlink -f -- "$f")" != "$f" ]; then
            echo "filelink $f"
            continue
        fi
        echo "filebegin $f"
        [ -n "$lines" ] && printf '%s\n' "$lines"
        echo "fileend $size $f"
    else
        echo "fileabsent $f"
    fi
done
[ $# -gt 0 ] && shift
# One apt-cache and one dpkg-query for all the packages (each loads its whole cache: one
# call a package took seconds on a host with full Debian lists).
if [ $# -gt 0 ]; then
    {
        dpkg-query -W -f 's ${Package} ${db:Status-Status}\n' "$@" 2>/dev/null
        apt-cache policy "$@" 2>/dev/null |
            awk '/^[^ ].*:$/ { p = substr($0, 1, length($0) - 1) } /^  Candidate:/ { print "c", p, $2 }'
        printf 'w %s\n' "$@"
    } | awk '$1 == "s" { s[$2] = $3 } $1 == "c" { c[$2] = $3 }
        $1 == "w" { print "pkg", $2, ($2 in s && s[$2] != "" ? s[$2] : "absent"), ($2 in c && c[$2] != "" ? c[$2] : "(none)") }'
fi
dpkg-query -W -f '${Package} ${db:Status-Status}\n' 2>/dev/null | awk '$2 == "installed" {print "installed " $1}'
echo "end 1"
)SH";

constexpr qint64 kMinCpus = 8;
constexpr qint64 kMinMemBytes = 32LL * 1000 * 1000 * 1000; // 32 GB as the prerequisites say
constexpr qint64 kMinDiskBytes = 100LL * 1000 * 1000 * 1000;

// The host reports sizes in KiB (/proc/meminfo, df -k, du -k).
QString size(qint64 kib)
{
    return formatSize(kib * 1024);
}

} // namespace

Preflight::Preflight(const Deployment &deployment, ConnectionOptions options,
                     SecretProvider *secrets, QObject *parent)
    : QObject(parent)
    , m_deployment(deployment)
    , m_options(std::move(options))
    , m_ownPool(std::make_unique<HostPool>(secrets))
    , m_pool(m_ownPool.get())
    , m_secrets(secrets)
{
    m_token = QString::number(QRandomGenerator::system()->generate64(), 16);
}

Preflight::Preflight(const Deployment &deployment, HostPool *connected, SecretProvider *secrets,
                     QObject *parent)
    : QObject(parent)
    , m_deployment(deployment)
    , m_pool(connected)
    , m_secrets(secrets)
{
    m_token = QString::number(QRandomGenerator::system()->generate64(), 16);
}

Preflight::~Preflight()
{
    if (m_ownPool)
        m_ownPool->shutdown();
}

bool Preflight::blocked() const
{
    for (const PreflightItem &i : m_items) {
        if (i.severity == PreflightItem::Severity::Blocking)
            return true;
    }
    return false;
}

QByteArray Preflight::probeScript()
{
    return QByteArray(kProbe);
}

QStringList Preflight::writtenFiles(const Deployment &deployment, const QString &host)
{
    QStringList out;
    for (const Step &s : buildPlan(deployment).stepsFor(host)) {
        for (const FileSpec &f : s.files)
            out.append(f.path);
    }
    out.removeDuplicates();
    return out;
}

QString Preflight::probeCommand(const QString &host, bool primary) const
{
    QStringList args{m_deployment.nfs.mount,
                     shareStateDir(m_deployment),
                     m_token,
                     primary ? u"write"_qs : u"read"_qs,
                     m_deployment.database.host,
                     QString::number(m_deployment.database.port)};
    for (const Account &a : m_deployment.accounts)
        args.append(QStringLiteral("%1:%2:%3").arg(a.user).arg(a.uid).arg(a.gid));
    args.append(u"--"_qs);
    QStringList packages;
    for (const ComponentInfo &c : m_deployment.componentInfos()) {
        args.append(c.name + u':' + c.etcDir + u':' + c.crons.join(u',') + u':' + c.varLibDir);
        packages.append(c.packages);
    }
    args.append(u"--"_qs);
    for (const ComponentInfo &c : databaseComponents(m_deployment)) {
        const DatabaseAccess access = m_deployment.database.components.value(c.name);
        args.append({c.name, access.name, access.user, passwordVariable(c.name)});
    }
    args.append(u"--"_qs);
    args.append(writtenFiles(m_deployment, host));
    args.append(u"--"_qs);
    packages.append(m_deployment.extraPackages);
    packages.removeDuplicates();
    args.append(packages);
    QString command = u"sh -s --"_qs;
    for (const QString &a : std::as_const(args))
        command += u' ' + shellQuote(a);
    return command;
}

void Preflight::start()
{
    if (!m_ownPool) {
        // The caller connected every host of the deployment already.
        QStringList all;
        for (const Host &h : m_deployment.hosts)
            all.append(h.name);
        probeAll(all);
        return;
    }
    QMap<QString, ConnectParams> params;
    for (const Host &h : m_deployment.hosts)
        params.insert(h.name, connectParamsFor(h, m_options));
    m_pool->connectAll(params, [this](const QMap<QString, ConnectResult> &results) {
        QStringList reachable;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (it->ok()) {
                reachable.append(it.key());
                emit progress(it.key(), Tr::tr("%1: connected, root works.").arg(it.key()));
            } else {
                m_items.append(
                    {it.key(), PreflightItem::Severity::Blocking, it->message, it->hint});
                if (it->status == ConnectResult::Status::HostKeyChanged &&
                    !it->knownFingerprints.isEmpty())
                    emit hostKeyChanged(it.key(), it->fingerprint, it->knownFingerprints, it->hint);
            }
        }
        probeAll(reachable);
    });
}

void Preflight::probeAll(const QStringList &reachable)
{
    const Host *primary = m_deployment.primary();
    auto secondaries = [this, reachable] {
        m_waiting = 0;
        for (const Host &h : m_deployment.secondaries()) {
            if (reachable.contains(h.name))
                ++m_waiting;
        }
        if (m_waiting == 0) {
            m_items.append(analyse(m_deployment, m_facts));
            emit finished(blocked());
            return;
        }
        for (const Host &h : m_deployment.secondaries()) {
            if (!reachable.contains(h.name))
                continue;
            probe(h.name, false, [this] {
                if (--m_waiting == 0) {
                    m_items.append(analyse(m_deployment, m_facts));
                    emit finished(blocked());
                }
            });
        }
    };
    // The primary writes the share's token first; the secondaries then read it.
    if (primary && reachable.contains(primary->name))
        probe(primary->name, true, secondaries);
    else
        secondaries();
}

QList<ComponentInfo> Preflight::databaseComponents(const Deployment &deployment)
{
    QList<ComponentInfo> out;
    for (const ComponentInfo &c : deployment.componentInfos()) {
        const DatabaseAccess access = deployment.database.components.value(c.name);
        if (c.django && !access.name.isEmpty() && !access.user.isEmpty())
            out.append(c);
    }
    return out;
}

QByteArray Preflight::databaseSecretAssignments(const QString &host) const
{
    // As the runner sends them: shell variable assignments ahead of the script, on stdin.
    QByteArray out;
    if (!m_secrets)
        return out;
    for (const ComponentInfo &c : databaseComponents(m_deployment)) {
        const QString variable = passwordVariable(c.name);
        std::optional<QByteArray> value =
            m_secrets->secret({SecretKind::DatabasePassword, host, variable});
        if (!value)
            continue;
        QByteArray quoted = shellQuote(QString::fromUtf8(*value)).toUtf8();
        out += variable.toLatin1() + '=' + quoted + '\n';
        scrub(quoted);
        scrub(*value);
    }
    return out;
}

void Preflight::probe(const QString &host, bool primary, std::function<void()> next)
{
    auto lines = std::make_shared<QStringList>();
    emit progress(host, Tr::tr("%1: checking…").arg(host));
    QByteArray secrets = databaseSecretAssignments(host);
    const QByteArray input = Runner::hostInput(secrets, QByteArray(kProbe));
    scrub(secrets);
    m_pool->exec(
        host, {probeCommand(host, primary), input, 120000, true},
        [lines](const OutputLine &l) {
            if (l.kind == OutputKind::Stdout && !l.progress)
                lines->append(l.text);
        },
        [this, host, primary, lines, next](const ExecResult &r) {
            if (!r.succeeded()) {
                m_items.append(
                    {host, PreflightItem::Severity::Blocking,
                     Tr::tr("%1: the checks could not run (%2).").arg(host, describeExec(r)),
                     r.lastStderr.isEmpty()
                         ? Tr::tr("Run the checks again; if they fail again, check that root "
                                  "can run sh, df and getent on %1.")
                               .arg(host)
                         : Tr::tr("Run the checks again; if they fail again, read what the host "
                                  "said: %1")
                               .arg(r.lastStderr.join(u" / "_qs))});
            } else {
                const HostFacts f = parseProbe(host, primary, *lines);
                m_currentFiles.insert(host, f.files);
                // Unmounted, the "not mounted" finding says it all (analyse()).
                if (!primary && f.value(u"mounted"_qs) == u"1" &&
                    f.value(u"tokenread"_qs) != m_token)
                    m_items.append(
                        {host, PreflightItem::Severity::Blocking,
                         Tr::tr("%1: %2 is not the same share as on the primary host (a token "
                                "written there is not read here).")
                             .arg(host, m_deployment.nfs.mount),
                         Tr::tr("Mount the same NFS export on every host.")});
                m_facts.append(f);
            }
            next();
        });
}

HostFacts Preflight::parseProbe(const QString &host, bool primary, const QStringList &lines)
{
    HostFacts f;
    f.host = host;
    f.primary = primary;
    QString file; // the file whose lines come (filebegin … fileend)
    for (const QString &l : lines) {
        const qsizetype sp = l.indexOf(u' ');
        const QString key = sp < 0 ? l : l.left(sp);
        const QString value = sp < 0 ? QString() : l.mid(sp + 1);
        if (key == u"fileline" && !file.isEmpty()) {
            f.files[file].content += value + u'\n';
        } else if (key == u"filebegin") {
            file = value;
            f.files.insert(file, {true, false, {}});
        } else if (key == u"fileend") {
            const qsizetype sp2 = value.indexOf(u' ');
            if (f.files.contains(value.mid(sp2 + 1)))
                f.files[value.mid(sp2 + 1)].truncated = value.left(sp2).toLongLong() > 65536;
            file.clear();
        } else if (key == u"fileabsent") {
            f.files.insert(value, {false, false, {}});
        } else {
            f.values.insert(key, value);
        }
    }
    return f;
}

void Preflight::analyseDatabaseCredentials(const Deployment &d, const HostFacts &f,
                                           QList<PreflightItem> &out, QStringList &missingSecrets)
{
    using S = PreflightItem::Severity;
    const QString &h = f.host;
    if (f.value(u"psycopg2"_qs) == u"0") {
        out.append(
            {h, S::Warning,
             Tr::tr("%1: database credentials not checked: python3-psycopg2 is absent on %1.")
                 .arg(h),
             Tr::tr("Install python3-psycopg2 on %1 to have them checked.").arg(h)});
        return;
    }
    const QString server = QStringLiteral("%1:%2").arg(d.database.host).arg(d.database.port);
    QStringList accepted;
    for (const QString &v : f.values.values(u"dbauth"_qs)) {
        // "COMPONENT KIND [message]"; QMultiMap gives the latest first, the order does not matter.
        const qsizetype sp1 = v.indexOf(u' ');
        const QString comp = v.left(sp1);
        const QString rest = sp1 < 0 ? QString() : v.mid(sp1 + 1);
        const qsizetype sp2 = rest.indexOf(u' ');
        const QString kind = rest.left(sp2);
        const QString message = sp2 < 0 ? QString() : rest.mid(sp2 + 1);
        const DatabaseAccess access = d.database.components.value(comp);
        const QString variable = passwordVariable(comp);
        if (kind == u"ok") {
            accepted.append(comp);
        } else if (kind == u"nosecret") {
            if (!missingSecrets.contains(comp))
                missingSecrets.append(comp);
        } else if (kind == u"refused") {
            out.append({h, S::Blocking,
                        Tr::tr("%1: the database server %2 refused the credentials of %3 (database "
                               "%4, role %5): %6")
                            .arg(h, server, comp, access.name, access.user, message),
                        Tr::tr("Give in %1 the password of the role %2 on the server (the one "
                               "apply will write for %3), "
                               "or set it on the server: ALTER ROLE %2 PASSWORD '…'; check the "
                               "role's name in the "
                               "deployment.")
                            .arg(variable, access.user, comp)});
        } else if (kind == u"hba") {
            out.append({h, S::Blocking,
                        Tr::tr("%1: the database server %2 does not accept connections from this "
                               "host for %3 (database "
                               "%4, role %5): %6")
                            .arg(h, server, comp, access.name, access.user, message),
                        Tr::tr("Add a line for %1 (database %2, role %3) to pg_hba.conf on the "
                               "database server, then "
                               "reload PostgreSQL.")
                            .arg(h, access.name, access.user)});
        } else if (kind == u"nodb") {
            out.append({h, S::Blocking,
                        Tr::tr("%1: the database %2 of %3 does not exist on %4: %5")
                            .arg(h, access.name, comp, server, message),
                        Tr::tr("Create the database %1 (owner %2) on the server, or correct its "
                               "name in the deployment.")
                            .arg(access.name, access.user)});
        } else {
            out.append(
                {h, S::Blocking,
                 Tr::tr("%1: cannot connect to the database %2 as %3 for %4: %5")
                     .arg(h, access.name, access.user, comp, message),
                 Tr::tr("Check the database server %1 and the deployment's database settings.")
                     .arg(server)});
        }
    }
    if (!accepted.isEmpty()) {
        std::sort(accepted.begin(), accepted.end());
        out.append(
            {h,
             S::Info,
             Tr::tr("%1: database credentials accepted for %2.").arg(h, accepted.join(u", "_qs)),
             {}});
    }
}

QList<PreflightItem> Preflight::analyse(const Deployment &d, const QList<HostFacts> &facts)
{
    using S = PreflightItem::Severity;
    QList<PreflightItem> out;
    QMap<QString, QStringList> machineIds;
    QMap<QString, QStringList> wwwData;
    QSet<QString> primaryInstalled;
    QStringList missingSecrets; // components, whatever the host: the secret is the operator's
    bool havePrimary = false;
    for (const HostFacts &f : facts) {
        if (f.primary) {
            havePrimary = true;
            for (const QString &p : f.values.values(u"installed"_qs))
                primaryInstalled.insert(p);
        }
    }
    for (const HostFacts &f : facts) {
        const QString &h = f.host;
        const QStringList os = f.value(u"os"_qs).split(u' ');
        if (os.value(0) != u"debian")
            out.append({h, S::Blocking,
                        Tr::tr("%1: the system is %2, not Debian.").arg(h, os.value(0)),
                        Tr::tr("Use Debian hosts, as the procedure requires.")});
        else if (os.value(1) != u"12")
            out.append({h, S::Warning,
                        Tr::tr("%1: Debian %2, the procedure was checked on Debian 12.")
                            .arg(h, os.value(1)),
                        Tr::tr("Prefer Debian 12 (bookworm).")});
        const qint64 cpu = f.value(u"cpu"_qs).toLongLong();
        if (cpu < kMinCpus)
            out.append({h, S::Warning,
                        Tr::tr("%1: %2 processors, the prerequisites ask for %3.")
                            .arg(h)
                            .arg(cpu)
                            .arg(kMinCpus),
                        Tr::tr("Give the host more processors before production.")});
        const qint64 mem = f.value(u"mem"_qs).toLongLong();
        if (mem * 1024 < kMinMemBytes * 95 / 100)
            out.append({h, S::Warning,
                        Tr::tr("%1: %2 of memory, the prerequisites ask for %3.")
                            .arg(h, size(mem), formatSize(kMinMemBytes)),
                        Tr::tr("Give the host more memory before production.")});
        const qint64 disk = f.value(u"disk"_qs).toLongLong();
        if (disk * 1024 < kMinDiskBytes)
            out.append({h, S::Warning,
                        Tr::tr("%1: %2 free on /, the prerequisites ask for %3.")
                            .arg(h, size(disk), formatSize(kMinDiskBytes)),
                        Tr::tr("Enlarge the disk before production.")});
        machineIds[f.value(u"machineid"_qs)].append(h);
        wwwData[f.value(u"wwwdata"_qs)].append(h);

        // Unmounted, the folder is the host's own disk: what can be written there, and how
        // much is free, says nothing of the share.
        const bool mounted = f.value(u"mounted"_qs) == u"1";
        if (!mounted)
            out.append({h, S::Blocking,
                        Tr::tr("%1: the share is not mounted on %2.").arg(h, d.nfs.mount),
                        Tr::tr("Mount the NFS share on %1 (and in /etc/fstab).").arg(h)});
        else if (f.value(u"writable"_qs) != u"1")
            out.append(
                {h, S::Blocking, Tr::tr("%1: root cannot write in %2.").arg(h, d.nfs.mount),
                 Tr::tr("Export the share without root squashing (no_root_squash) to the hosts.")});
        else
            out.append({h,
                        S::Info,
                        Tr::tr("%1: share %2 writable, %3 free.")
                            .arg(h, d.nfs.mount, size(f.value(u"sharefree"_qs).toLongLong())),
                        {}});
        if (f.primary && mounted) {
            // The share steps move these folders: they must fit on the share (issue 9).
            qint64 toMove = 0;
            for (const QString &v : f.values.values(u"tomove"_qs))
                toMove += v.section(u' ', -1).toLongLong();
            const qint64 free = f.value(u"sharefree"_qs).toLongLong();
            if (toMove > 0 && !f.value(u"sharefree"_qs).isEmpty() && toMove >= free)
                out.append({h, S::Blocking,
                            Tr::tr("%1: the folders to move to the share need %2, %3 has %4 "
                                   "free.")
                                .arg(h, size(toMove), d.nfs.mount, size(free)),
                            Tr::tr("Enlarge the share or free space on it before apply.")});
            if (f.value(u"tokenwrite"_qs) != u"1")
                out.append({h, S::Blocking,
                            Tr::tr("%1: cannot write on the share (%2).").arg(h, shareStateDir(d)),
                            Tr::tr("Check that root can write in %1 on this host (export the share "
                                   "with no_root_squash) and that it is not full.")
                                .arg(d.nfs.mount)});
        }
        // Accounts.
        for (const Account &a : d.accounts) {
            const QString uidgid = QStringLiteral("%1:%2").arg(a.uid).arg(a.gid);
            for (const QString &v : f.values.values(u"account"_qs)) {
                const QStringList w = v.split(u' ');
                if (w.value(0) == a.user && !w.value(1).isEmpty() && w.value(1) != uidgid)
                    out.append(
                        {h, S::Blocking,
                         Tr::tr(
                             "%1: the account %2 exists with UID:GID %3, the deployment wants %4.")
                             .arg(h, a.user, w.value(1), uidgid),
                         Tr::tr("Change the deployment's UID/GID or the account on the host (files "
                                "included).")});
            }
            for (const QString &v : f.values.values(u"uidowner"_qs)) {
                const QStringList w = v.split(u' ');
                if (w.value(0) == QString::number(a.uid) && !w.value(1).isEmpty() &&
                    w.value(1) != a.user)
                    out.append({h, S::Blocking,
                                Tr::tr("%1: UID %2 is taken by %3 (wanted for %4).")
                                    .arg(h)
                                    .arg(a.uid)
                                    .arg(w.value(1), a.user),
                                Tr::tr("Choose another UID in the deployment.")});
            }
            for (const QString &v : f.values.values(u"gidowner"_qs)) {
                const QStringList w = v.split(u' ');
                if (w.value(0) == QString::number(a.gid) && !w.value(1).isEmpty() &&
                    w.value(1) != a.user)
                    out.append({h, S::Blocking,
                                Tr::tr("%1: GID %2 is taken by the group %3 (wanted for %4).")
                                    .arg(h)
                                    .arg(a.gid)
                                    .arg(w.value(1), a.user),
                                Tr::tr("Choose another GID in the deployment.")});
            }
        }
        if (f.value(u"db"_qs) == u"0")
            out.append({h, S::Blocking,
                        Tr::tr("%1: the database %2:%3 cannot be reached.")
                            .arg(h, d.database.host)
                            .arg(d.database.port),
                        Tr::tr("Check the address, the port, the firewall and "
                               "listen_addresses/pg_hba.conf.")});
        else if (f.value(u"db"_qs) == u"?")
            out.append(
                {h, S::Warning,
                 Tr::tr("%1: no tool to test the database connection (python3 or nc).").arg(h),
                 Tr::tr("Install python3 on %1 to have the database connection tested.").arg(h)});
        analyseDatabaseCredentials(d, f, out, missingSecrets);
        // Packages.
        QStringList unavailable, installed;
        for (const QString &v : f.values.values(u"pkg"_qs)) {
            const QStringList w = v.split(u' ');
            if (w.value(1) == u"installed")
                installed.append(w.value(0));
            else if (w.value(2) == u"(none)")
                unavailable.append(w.value(0));
        }
        if (!unavailable.isEmpty()) {
            std::sort(unavailable.begin(), unavailable.end());
            out.append({h, S::Blocking,
                        Tr::tr("%1: not available from the APT sources: %2.")
                            .arg(h, unavailable.join(u", "_qs)),
                        Tr::tr("Add Entr'ouvert's repository to the host's APT sources and run "
                               "apt-get update.")});
        }
        if (f.primary) {
            out.append(
                {h,
                 S::Info,
                 installed.isEmpty()
                     ? Tr::tr("%1: Publik is not installed yet; the plan installs it.").arg(h)
                     : Tr::tr("%1: Publik installed (%2).").arg(h, installed.join(u", "_qs)),
                 {}});
        } else if (havePrimary) {
            QSet<QString> mine;
            for (const QString &p : f.values.values(u"installed"_qs))
                mine.insert(p);
            QStringList missing = QSet<QString>(primaryInstalled).subtract(mine).values();
            std::sort(missing.begin(), missing.end());
            if (!missing.isEmpty())
                out.append({h,
                            S::Info,
                            Tr::tr("%1: %n package(s) of the primary host are missing here (%2); "
                                   "the plan installs "
                                   "those the deployment lists.",
                                   nullptr, static_cast<int>(missing.size()))
                                .arg(h, missing.mid(0, 12).join(u", "_qs) +
                                            (missing.size() > 12 ? u", …"_qs : QString())),
                            {}});
        }
        for (const QString &v : f.values.values(u"cronline"_qs)) {
            const qsizetype sp = v.indexOf(u' ');
            out.append({h, S::Warning,
                        Tr::tr("%1: a cron of %2 outside the files the procedure names: %3")
                            .arg(h, v.left(sp), v.mid(sp + 1)),
                        Tr::tr("On secondaries, disable it by hand or check that running it on "
                               "every host is harmless.")});
        }
    }
    for (const QString &c : std::as_const(missingSecrets)) {
        const QString variable = passwordVariable(c);
        out.append({{},
                    S::Warning,
                    Tr::tr("Database credentials of %1 not checked: the password is not given (%2 "
                           "is not set).")
                        .arg(c, variable),
                    Tr::tr("Set %1 (as for apply) to have them checked.").arg(variable)});
    }
    if (machineIds.size() < facts.size()) {
        for (auto it = machineIds.cbegin(); it != machineIds.cend(); ++it) {
            if (it.value().size() > 1)
                out.append({{},
                            S::Blocking,
                            Tr::tr("/etc/machine-id is the same on %1 (cloned hosts).")
                                .arg(it.value().join(u", "_qs)),
                            Tr::tr("Regenerate it on the clones: rm /etc/machine-id && "
                                   "systemd-machine-id-setup, then reboot.")});
        }
    }
    if (wwwData.size() > 1) {
        QStringList parts;
        for (auto it = wwwData.cbegin(); it != wwwData.cend(); ++it)
            parts.append(it.key() + u" ("_qs + it.value().join(u", "_qs) + u')');
        out.append(
            {{},
             S::Blocking,
             Tr::tr("www-data does not have the same UID:GID everywhere: %1.")
                 .arg(parts.join(u"; "_qs)),
             Tr::tr("Give www-data the same UID and GID on every host before sharing files.")});
    }
    return out;
}

QString Preflight::renderText(const QList<PreflightItem> &items)
{
    QString out;
    int blocking = 0, warnings = 0;
    for (const PreflightItem &i : items) {
        QString label;
        switch (i.severity) {
        case PreflightItem::Severity::Blocking:
            label = Tr::tr("blocking");
            ++blocking;
            break;
        case PreflightItem::Severity::Warning:
            label = Tr::tr("warning");
            ++warnings;
            break;
        case PreflightItem::Severity::Info:
            label = Tr::tr("info");
            break;
        }
        out += QStringLiteral("[%1] %2: %3\n")
                   .arg(i.host.isEmpty() ? u"*"_qs : i.host, label, i.message);
        if (!i.hint.isEmpty())
            out += u"    → "_qs + i.hint + u'\n';
    }
    out += Tr::tr("%1 blocking problem(s), %2 warning(s).").arg(blocking).arg(warnings) + u'\n';
    return out;
}

} // namespace phw
