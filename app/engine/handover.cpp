#include "handover.h"

#include "textutil.h"

#include <QCoreApplication>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Handover)
};

// An SQL identifier ("name") and an SQL string literal ('text').
QString ident(const QString &v)
{
    QString out = v;
    out.replace(u'"', u"\"\""_qs);
    return u'"' + out + u'"';
}

QString literal(const QString &v)
{
    QString out = v;
    out.replace(u'\'', u"''"_qs);
    return u'\'' + out + u'\'';
}

// A comment block: each line of text prefixed (SQL "-- ", HAProxy "# ").
QString commented(const QString &text, const QString &prefix)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        out += (line.isEmpty() ? prefix.trimmed() : prefix + line) + u'\n';
    return out;
}

} // namespace

QList<DatabaseGrant> databaseGrants(const Deployment &d)
{
    QList<DatabaseGrant> out;
    for (const QString &name : d.components) {
        const ComponentInfo c = d.component(name);
        const bool wcs = name == u"wcs";
        if (!wcs && !d.database.components.contains(name))
            continue;
        const DatabaseAccess access = d.database.components.value(name);
        DatabaseGrant g;
        g.component = name;
        // w.c.s.'s role is its system account's name (a database entry of it is ignored).
        g.role = wcs || access.user.isEmpty() ? (c.user.isEmpty() ? name : c.user) : access.user;
        // w.c.s. declares no Django database: its role creates one database per tenant.
        g.database = wcs ? QString() : access.name;
        g.createDb = wcs;
        g.passwordVariable = passwordVariable(name);
        out.append(g);
    }
    return out;
}

QString databaseSqlCommand(const Deployment &d, const QString &sqlFile)
{
    QString cmd = u"psql -X -h "_qs + shellQuote(d.database.host) + u" -p "_qs +
                  QString::number(d.database.port) + u" -U postgres -d postgres"_qs;
    for (const DatabaseGrant &g : databaseGrants(d))
        cmd += u" \\\n  -v "_qs + g.passwordVariable + u"=\"$"_qs + g.passwordVariable + u'"';
    cmd += u" \\\n  -f "_qs + shellQuote(sqlFile);
    return cmd;
}

QByteArray renderDatabaseSql(const Deployment &d)
{
    const QList<DatabaseGrant> grants = databaseGrants(d);
    QString out;
    out += commented(
        Tr::tr("Publik in high availability, deployment %1: the PostgreSQL roles and databases.\n"
               "Written by publik-ha-wizard for the database administrator; run it as a "
               "superuser\n"
               "on the cluster %2, port %3. It can be run again: what exists is kept, the\n"
               "passwords and owners are set again.\n"
               "The passwords are never written in this file: give each one as a psql "
               "variable,\n"
               "for instance from the environment:\n\n%4")
            .arg(d.name, d.database.host, QString::number(d.database.port),
                 databaseSqlCommand(d, u"publik.sql"_qs)),
        u"-- "_qs);
    out += u"\n\\set ON_ERROR_STOP on\n\\set QUIET on\n\n"_qs;
    out += commented(Tr::tr("Every password variable must be given: nothing is changed "
                            "otherwise."),
                     u"-- "_qs);
    for (const DatabaseGrant &g : grants) {
        const QString message = Tr::tr("missing psql variable %1 (password of %2): add -v %1=...")
                                    .arg(g.passwordVariable, g.role);
        out += u"\\if :{?"_qs + g.passwordVariable + u"}\n\\else\n"_qs;
        out += u"  DO $phw$ BEGIN RAISE EXCEPTION '%', "_qs + literal(message) +
               u"; END $phw$;\n\\endif\n"_qs;
    }
    for (const DatabaseGrant &g : grants) {
        out += u"\n"_qs;
        if (g.database.isEmpty())
            out += commented(Tr::tr("%1: the role %2, which creates the databases of its "
                                    "tenants itself (CREATEDB).")
                                 .arg(g.component, g.role),
                             u"-- "_qs);
        else
            out += commented(
                Tr::tr("%1: the role %2 and the database %3.").arg(g.component, g.role, g.database),
                u"-- "_qs);
        const QString options = g.createDb ? u"LOGIN CREATEDB"_qs : u"LOGIN"_qs;
        out += u"SELECT format('CREATE ROLE %I "_qs + options + u"', "_qs + literal(g.role) +
               u")\n  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "_qs +
               literal(g.role) + u") \\gexec\n"_qs;
        out += u"ALTER ROLE "_qs + ident(g.role) + u" WITH "_qs + options + u" PASSWORD :'"_qs +
               g.passwordVariable + u"';\n"_qs;
        if (g.database.isEmpty())
            continue;
        // CREATE DATABASE cannot run in a transaction or a DO block: \gexec runs it when the
        // database is missing, with the French collation when the server has the locale.
        out += u"SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L', "_qs +
               literal(g.database) + u", "_qs + literal(g.role) + u", 'UTF8')\n"_qs +
               u"    || coalesce((SELECT format(' LC_COLLATE %L LC_CTYPE %L', collcollate, "_qs
               u"collctype)\n"_qs
               u"                 FROM pg_collation WHERE collprovider = 'c'\n"_qs
               u"                 AND collname ILIKE 'fr_FR.utf%8' LIMIT 1), '')\n"_qs
               u"  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = "_qs +
               literal(g.database) + u") \\gexec\n"_qs;
        out += u"ALTER DATABASE "_qs + ident(g.database) + u" OWNER TO "_qs + ident(g.role) +
               u";\n"_qs;
    }
    out += u"\n\\echo "_qs +
           Tr::tr("publik-ha-wizard: %n role(s) ready.", nullptr, static_cast<int>(grants.size())) +
           u'\n';
    return out.toUtf8();
}

QByteArray renderHaproxySection(const Deployment &d)
{
    QString name = d.name;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            c = u'_';
    }
    const QString backend = u"publik_"_qs + name;
    QString out;
    out += commented(
        Tr::tr("Publik in high availability, deployment %1: the backend of the Publik hosts.\n"
               "Written by publik-ha-wizard for the team that runs HAProxy. To adapt:\n"
               "- the port of the servers (80 here: nginx on the hosts; for TLS up to the "
               "hosts,\n"
               "  use 443 with \"ssl verify required ca-file ...\");\n"
               "- the Host header of the health check: one of your tenants' names;\n"
               "- the frontend that sends the Publik names to this backend (an example at the "
               "end).")
            .arg(d.name),
        u"# "_qs);
    out += u"backend "_qs + backend + u"\n"_qs;
    out += u"    mode http\n    balance roundrobin\n"_qs;
    out += commented(Tr::tr("The sessions are in the database and the files on the share: "
                            "no stickiness needed;\na request that fails on a host goes to "
                            "another."),
                     u"    # "_qs);
    out += u"    option redispatch\n    retries 2\n"_qs;
    out += commented(Tr::tr("Publik (Django) needs the client's address and the original "
                            "scheme and host:\nX-Forwarded-For, X-Forwarded-Proto, "
                            "X-Forwarded-Host."),
                     u"    # "_qs);
    out += u"    option forwardfor\n"_qs
           u"    http-request set-header X-Forwarded-Proto https if { ssl_fc }\n"_qs
           u"    http-request set-header X-Forwarded-Proto http if !{ ssl_fc }\n"_qs
           u"    http-request set-header X-Forwarded-Host %[req.hdr(host)]\n"_qs;
    out += commented(Tr::tr("Health check: a host is taken out when nginx does not answer. "
                            "Replace\npublik.example.org with the name of one of your "
                            "tenants."),
                     u"    # "_qs);
    out += u"    option httpchk\n"_qs
           u"    http-check send meth HEAD uri / ver HTTP/1.1 hdr Host publik.example.org\n"_qs
           u"    http-check expect status 200-399\n"_qs;
    out += commented(Tr::tr("A name that does not resolve yet does not stop HAProxy from "
                            "starting (init-addr)."),
                     u"    # "_qs);
    out += u"    default-server inter 5s fall 3 rise 2 init-addr last,libc,none\n"_qs;
    for (const Host &h : d.orderedHosts()) {
        out += commented(h.role == HostRole::Primary ? Tr::tr("%1: primary host").arg(h.name)
                                                     : Tr::tr("%1: secondary host").arg(h.name),
                         u"    # "_qs);
        // An IPv6 address goes in brackets, so that its last colon is not taken for the port's.
        const QString address = h.address.contains(u':') ? u'[' + h.address + u']' : h.address;
        out += u"    server "_qs + h.name + u' ' + address + u":80 check\n"_qs;
    }
    out += u"\n"_qs;
    out += commented(Tr::tr("Example of a frontend (to adapt, then uncomment):"), u"# "_qs);
    out += u"# frontend publik_https\n"_qs
           u"#     bind :443 ssl crt /etc/haproxy/certs/\n"_qs
           u"#     mode http\n"_qs
           u"#     default_backend "_qs +
           backend + u"\n"_qs;
    return out.toUtf8();
}

} // namespace phw
