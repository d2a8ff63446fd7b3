#include "plan.h"

#include "textutil.h"

#include <QCoreApplication>
#include <QHash>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
};

QString q(const QString &v)
{
    return shellQuote(v);
}

QString join(std::initializer_list<QString> words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted.append(w);
    return quoted.join(u' ');
}

// Collects a step's actions: each apply command with the undo commands the host library
// journals for it, in the order it journals them.
class StepBuilder
{
public:
    StepBuilder(QString id, QString title, QString procedure, QStringList hosts)
    {
        m_step.id = std::move(id);
        m_step.title = std::move(title);
        m_step.procedure = std::move(procedure);
        m_step.hosts = std::move(hosts);
    }

    StepBuilder &check(const QString &command)
    {
        m_checks.append(command);
        return *this;
    }
    StepBuilder &act(const QString &command, const QStringList &journaled = {})
    {
        m_step.apply.append(command);
        m_journal.append(journaled);
        return *this;
    }
    StepBuilder &mkdir(const QString &path, const QString &owner = u"root"_qs,
                       const QString &group = u"root"_qs, const QString &mode = u"0755"_qs)
    {
        return act(join({u"phw_mkdir"_qs, q(path), q(owner), q(group), mode}),
                   {join({u"phw_undo_mkdir"_qs, q(path)})});
    }
    StepBuilder &file(const FileSpec &spec)
    {
        const QString fn = contentFunction(m_step.files.size());
        for (const QString &secret : spec.secrets())
            act(u"phw_need_secret "_qs + secret);
        m_step.files.append(spec);
        act(fn + u" | "_qs +
                join({u"phw_file"_qs, q(spec.path), q(spec.owner), q(spec.group),
                      spec.modeString()}),
            {join({u"phw_undo_remove"_qs, q(spec.path)})});
        QString c = join({u"phw_check_file"_qs, q(spec.path), q(spec.owner), q(spec.group),
                          spec.modeString(), fn});
        for (const QString &secret : spec.secrets())
            c += u' ' + secret;
        return check(c);
    }
    StepBuilder &stopService(const QString &service)
    {
        interrupt(service, ServiceInterruption::Kind::Stop);
        return act(u"phw_service_stop "_qs + q(service),
                   {u"phw_undo_service_stop "_qs + q(service)});
    }
    StepBuilder &startService(const QString &service)
    {
        return act(u"phw_service_start "_qs + q(service),
                   {u"phw_undo_service_start "_qs + q(service)});
    }
    StepBuilder &share(const QString &local, const QString &shared, bool optional)
    {
        act(join({optional ? u"phw_share_optional"_qs : u"phw_share"_qs, q(local), q(shared)}),
            {join({u"phw_undo_share"_qs, q(local), q(shared)}),
             join({u"phw_undo_link"_qs, q(local), q(shared)})});
        return check(join(
            {optional ? u"phw_is_shared_optional"_qs : u"phw_is_shared"_qs, q(local), q(shared)}));
    }
    // Before the first move of a share step: what it moves fits where it goes.
    StepBuilder &needSpace(const QList<std::pair<QString, QString>> &moves)
    {
        QStringList all{u"phw_need_space"_qs};
        for (const auto &[from, to] : moves)
            all << q(from) << q(to);
        return act(all.join(u' '));
    }
    StepBuilder &attach(const QString &shared, const QString &local, bool optional)
    {
        act(join({optional ? u"phw_attach_optional"_qs : u"phw_attach"_qs, q(shared), q(local)}),
            {join({u"phw_undo_restore"_qs, q(local), u"<backup>"_qs}),
             join({u"phw_undo_link"_qs, q(local), q(shared)})});
        return check(join({optional ? u"phw_is_attached_optional"_qs : u"phw_is_attached"_qs,
                           q(shared), q(local)}));
    }

    StepBuilder &restartIfChanged(const QString &service)
    {
        interrupt(service, ServiceInterruption::Kind::Restart);
        return act(u"phw_restart_if_changed "_qs + q(service));
    }
    StepBuilder &interrupt(const QString &service, ServiceInterruption::Kind kind)
    {
        m_step.interruptions.append({m_step.id, service, kind});
        return *this;
    }

    Step build()
    {
        m_step.check = m_checks.isEmpty() ? u"false"_qs : m_checks.join(u" && "_qs);
        for (auto it = m_journal.crbegin(); it != m_journal.crend(); ++it)
            m_step.undo.append(*it);
        return m_step;
    }

    QString contentFunction(qsizetype index) const
    {
        QString sid = m_step.id;
        sid.replace(u'.', u'_').replace(u'-', u'_');
        return QStringLiteral("phw_content_%1_%2").arg(sid).arg(index + 1);
    }

    Step &step() { return m_step; }

private:
    Step m_step;
    QStringList m_checks;
    QStringList m_journal;
};

FileSpec databaseSettings(const Deployment &d, const ComponentInfo &c)
{
    const DatabaseAccess access = d.database.components.value(c.name);
    FileSpec f;
    f.path = c.etcDir + u"/settings.d/"_qs + d.name + u".py"_qs;
    f.owner = u"root"_qs;
    f.group = c.user;
    f.mode = 0640;
    const QString head =
        Tr::tr("# Written by publik-ha-wizard: database access of %1 (deployment %2).")
            .arg(c.name, d.name);
    f.content.append(
        {head + u"\n"_qs +
             QStringLiteral("DATABASES[\"default\"][\"NAME\"] = \"%1\"\n").arg(access.name) +
             QStringLiteral("DATABASES[\"default\"][\"USER\"] = \"%1\"\n").arg(access.user) +
             u"DATABASES[\"default\"][\"PASSWORD\"] = "_qs,
         {}});
    f.content.append({{}, passwordVariable(c.name)});
    f.content.append(
        {u"\n"_qs +
             QStringLiteral("DATABASES[\"default\"][\"HOST\"] = \"%1\"\n").arg(d.database.host) +
             QStringLiteral("DATABASES[\"default\"][\"PORT\"] = \"%1\"\n").arg(d.database.port),
         {}});
    return f;
}

QStringList primaryPackages(const Deployment &d)
{
    QStringList out;
    for (const ComponentInfo &c : d.componentInfos())
        out.append(c.packages);
    out.append(d.extraPackages);
    out.removeDuplicates();
    return out;
}

QString words(const QString &command, const QStringList &args)
{
    QStringList all{command};
    for (const QString &a : args)
        all.append(q(a));
    return all.join(u' ');
}

// What the journal holds for an installation: the links into the share the host had when
// the packages were installed (detached before the purge), then the packages it brought.
const QString kUndoPackages = u"phw_undo_packages <links into the share> -- <new packages>"_qs;

const QStringList kNginxFolders = {u"conf.d"_qs, u"includes"_qs, u"sites-available"_qs,
                                   u"sites-enabled"_qs};
const QStringList kAptFolders = {u"sources.list.d"_qs, u"preferences.d"_qs};

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

} // namespace

QStringList FileSpec::secrets() const
{
    QStringList out;
    for (const ContentPart &p : content) {
        if (p.isSecret() && !out.contains(p.variable))
            out.append(p.variable);
    }
    return out;
}

QString FileSpec::maskedContent() const
{
    QString out;
    for (const ContentPart &p : content)
        out += p.isSecret() ? QStringLiteral("«%1»").arg(p.variable) : p.text;
    return out;
}

QString FileSpec::modeString() const
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

QStringList Step::secrets() const
{
    QStringList out;
    for (const FileSpec &f : files)
        out.append(f.secrets());
    out.removeDuplicates();
    return out;
}

QList<Step> Plan::stepsFor(const QString &host) const
{
    QList<Step> out;
    for (const Step &s : steps) {
        if (s.hosts.contains(host))
            out.append(s);
    }
    return out;
}

QList<ServiceInterruption> Plan::interruptions(const QString &host) const
{
    QList<ServiceInterruption> out;
    for (const Step &s : steps) {
        if (s.hosts.contains(host))
            out.append(s.interruptions);
    }
    return out;
}

QString ServiceInterruption::kindName(Kind kind)
{
    return kind == Kind::Stop ? u"stop"_qs : u"restart"_qs;
}

const Step *Plan::step(const QString &id) const
{
    for (const Step &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString toolStateDir(const Deployment &)
{
    return u"/var/lib/publik-ha-wizard"_qs;
}

QString shareStateDir(const Deployment &d)
{
    return d.nfs.mount + u"/.publik-ha-wizard/"_qs + d.name;
}

// Where each secondary records itself as attached to the share (one file a host).
static QString attachedDir(const Deployment &d)
{
    return shareStateDir(d) + u"/attached"_qs;
}

QStringList sharedLinks(const Deployment &d)
{
    QStringList out;
    for (const ComponentInfo &c : d.componentInfos()) {
        out.append(c.etcDir);
        if (!c.varLibDir.isEmpty())
            out.append(c.varLibDir);
    }
    for (const QString &n : kNginxFolders)
        out.append(u"/etc/nginx/"_qs + n);
    out.append(u"/var/www/html"_qs);
    for (const QString &a : kAptFolders)
        out.append(u"/etc/apt/"_qs + a);
    return out;
}

Plan buildPlan(const Deployment &d)
{
    Plan plan;
    plan.deployment = d.name;
    QStringList all;
    QStringList secondaries;
    QString primary;
    for (const Host &h : d.orderedHosts()) {
        all.append(h.name);
        plan.roles.insert(h.name, h.role);
        if (h.role == HostRole::Primary)
            primary = h.name;
        else
            secondaries.append(h.name);
    }
    plan.hostOrder = all;
    const QString pd = d.nfs.publikDir;
    const QList<ComponentInfo> components = d.componentInfos();

    // 1. System accounts with the chosen UIDs and GIDs, on every host. An account without a
    // home gets the /var/lib folder of the (first) component it belongs to (as homeOf()),
    // looked up once: nothing here grows as accounts × components.
    QHash<QString, QString> dataFolderOf;
    for (const ComponentInfo &c : components) {
        if (!c.user.isEmpty() && !c.varLibDir.isEmpty() && !dataFolderOf.contains(c.user))
            dataFolderOf.insert(c.user, c.varLibDir);
    }
    for (const Account &a : d.accounts) {
        const QString home =
            !a.home.isEmpty() ? a.home : dataFolderOf.value(a.user, u"/var/lib/"_qs + a.user);
        const QString uid = QString::number(a.uid);
        const QString gid = QString::number(a.gid);
        StepBuilder b(u"accounts."_qs + a.user,
                      Tr::tr("System account %1 (UID %2, GID %3)").arg(a.user, uid, gid),
                      Tr::tr("Creating the users with identical UIDs"), all);
        b.check(words(u"phw_has_account"_qs, {a.user, uid, gid}));
        b.act(words(u"phw_group"_qs, {a.user, gid}), {words(u"phw_undo_group"_qs, {a.user, gid})});
        b.act(words(u"phw_user"_qs, {a.user, uid, gid, home}),
              {words(u"phw_undo_user"_qs, {a.user, uid})});
        plan.steps.append(b.build());
    }

    // 2. Database access of each Django component, before the packages are installed.
    for (const ComponentInfo &c : components) {
        if (!c.django)
            continue;
        StepBuilder b(
            u"database."_qs + c.name, Tr::tr("Database access of %1 (settings.d)").arg(c.name),
            Tr::tr("Overview: PostgreSQL access in /etc/<component>/settings.d"), {primary});
        b.mkdir(c.etcDir).mkdir(c.etcDir + u"/settings.d"_qs);
        // A running service reads its settings at start: restarted when the file changes (and
        // on rollback, once the old file is back).
        const QString service = c.supervisor ? u"supervisor"_qs : c.service;
        if (!service.isEmpty())
            b.act(u"phw_restart_on_undo "_qs + q(service), {u"phw_undo_restart "_qs + q(service)});
        b.file(databaseSettings(d, c));
        if (!service.isEmpty())
            b.restartIfChanged(service);
        plan.steps.append(b.build());
    }

    // 3. The single-host installation on the primary.
    {
        const QStringList packages = primaryPackages(d);
        StepBuilder b(u"packages.primary"_qs, Tr::tr("Publik packages on the primary host"),
                      Tr::tr("Follow the single-host installation"), {primary});
        b.check(words(u"phw_has_packages"_qs, packages));
        b.act(u"phw_apt_update"_qs);
        b.act(words(u"phw_apt_install"_qs, packages), {kUndoPackages});
        plan.steps.append(b.build());
    }

    // 4. The shared folders.
    {
        StepBuilder b(u"share.folders"_qs, Tr::tr("Shared folders in %1").arg(pd),
                      Tr::tr("Creating the shared folders"), {primary});
        const QStringList dirs = {pd, pd + u"/etc"_qs, pd + u"/var"_qs, pd + u"/var/lib"_qs,
                                  pd + u"/var/www"_qs};
        b.check(words(u"phw_has_dirs"_qs, dirs));
        b.act(words(u"phw_require_dir"_qs, {d.nfs.mount}));
        b.act(words(u"phw_require_mounted"_qs, {d.nfs.mount}));
        // The primary's rollback refuses while a secondary is recorded as attached.
        b.act(words(u"phw_primary_guard"_qs, {attachedDir(d)}),
              {words(u"phw_undo_primary_guard"_qs, {attachedDir(d)})});
        for (const QString &dir : dirs)
            b.mkdir(dir);
        plan.steps.append(b.build());
    }

    // 5. Each component's configuration and data moved to the share and linked back.
    for (const ComponentInfo &c : components) {
        StepBuilder b(
            u"share."_qs + c.name, Tr::tr("Move %1 to the share and link it back").arg(c.name),
            Tr::tr("Moving the configuration and data of the Publik services"), {primary});
        const QString service = c.supervisor ? u"supervisor"_qs : c.service;
        QList<std::pair<QString, QString>> moves{{c.etcDir, pd + u"/etc/"_qs + baseName(c.etcDir)}};
        if (!c.varLibDir.isEmpty())
            moves.append({c.varLibDir, pd + u"/var/lib/"_qs + baseName(c.varLibDir)});
        b.needSpace(moves);
        if (!service.isEmpty())
            b.stopService(service);
        b.share(c.etcDir, pd + u"/etc/"_qs + baseName(c.etcDir), false);
        if (!c.varLibDir.isEmpty())
            b.share(c.varLibDir, pd + u"/var/lib/"_qs + baseName(c.varLibDir), false);
        if (!service.isEmpty())
            b.startService(service);
        plan.steps.append(b.build());
    }

    // 6. nginx, static web files and APT sources.
    {
        StepBuilder b(u"share.nginx"_qs, Tr::tr("nginx configuration on the share"),
                      Tr::tr("Other shares: nginx configuration"), {primary});
        QList<std::pair<QString, QString>> moves;
        for (const QString &n : kNginxFolders)
            moves.append({u"/etc/nginx/"_qs + n, pd + u"/etc/nginx/"_qs + n});
        b.needSpace(moves);
        b.stopService(u"nginx"_qs).mkdir(pd + u"/etc/nginx"_qs);
        for (const QString &n : kNginxFolders)
            b.share(u"/etc/nginx/"_qs + n, pd + u"/etc/nginx/"_qs + n, n == u"includes");
        b.startService(u"nginx"_qs);
        plan.steps.append(b.build());
    }
    {
        StepBuilder b(u"share.www"_qs, Tr::tr("Static web files on the share"),
                      Tr::tr("Other shares: static web files"), {primary});
        b.needSpace({{u"/var/www/html"_qs, pd + u"/var/www/html"_qs}});
        b.share(u"/var/www/html"_qs, pd + u"/var/www/html"_qs, false);
        plan.steps.append(b.build());
    }
    {
        StepBuilder b(u"share.apt"_qs, Tr::tr("APT sources and preferences on the share"),
                      Tr::tr("Other shares: APT repositories and backports preferences"),
                      {primary});
        QList<std::pair<QString, QString>> moves;
        for (const QString &a : kAptFolders)
            moves.append({u"/etc/apt/"_qs + a, pd + u"/etc/apt/"_qs + a});
        b.needSpace(moves);
        b.mkdir(pd + u"/etc/apt"_qs);
        for (const QString &a : kAptFolders)
            b.share(u"/etc/apt/"_qs + a, pd + u"/etc/apt/"_qs + a, false);
        plan.steps.append(b.build());
    }
    {
        const QString list = shareStateDir(d) + u"/packages-primary.list"_qs;
        StepBuilder b(u"packages.record"_qs, Tr::tr("List of the primary host's packages"),
                      Tr::tr("Compare the installed packages (dpkg -l)"), {primary});
        b.check(u"[ -f "_qs + q(list) + u" ]"_qs);
        b.act(words(u"phw_record_packages"_qs, {list}), {words(u"phw_undo_remove"_qs, {list})});
        plan.steps.append(b.build());
    }

    if (!secondaries.isEmpty()) {
        // 7. Secondaries: links to the share before the packages are installed. The first
        // attach step records the host as attached on the share (its undo, the last of the
        // host's rollback, removes the record): the primary's rollback waits for none left.
        bool first = true;
        for (const ComponentInfo &c : components) {
            StepBuilder b(u"attach."_qs + c.name, Tr::tr("Link %1 to the share").arg(c.name),
                          Tr::tr("Operations on web2: prepare the folders before installation"),
                          secondaries);
            // Unmounted, the share's folders are missing: say so, not "run the primary first".
            b.act(words(u"phw_require_mounted"_qs, {d.nfs.mount}));
            if (first) {
                b.check(words(u"phw_is_recorded_attached"_qs, {attachedDir(d)}));
                b.act(words(u"phw_record_attached"_qs, {attachedDir(d)}),
                      {words(u"phw_undo_record_attached"_qs, {attachedDir(d) + u"/<host>"_qs})});
                first = false;
            }
            b.attach(pd + u"/etc/"_qs + baseName(c.etcDir), c.etcDir, false);
            if (!c.varLibDir.isEmpty())
                b.attach(pd + u"/var/lib/"_qs + baseName(c.varLibDir), c.varLibDir, false);
            plan.steps.append(b.build());
        }
        {
            StepBuilder b(u"attach.nginx"_qs, Tr::tr("Link the nginx configuration to the share"),
                          Tr::tr("Operations on web2: nginx configuration"), secondaries);
            b.stopService(u"nginx"_qs);
            for (const QString &n : kNginxFolders)
                b.attach(pd + u"/etc/nginx/"_qs + n, u"/etc/nginx/"_qs + n, true);
            b.startService(u"nginx"_qs);
            plan.steps.append(b.build());
        }
        {
            StepBuilder b(u"attach.www"_qs, Tr::tr("Link the static web files to the share"),
                          Tr::tr("Operations on web2: static web files"), secondaries);
            b.attach(pd + u"/var/www/html"_qs, u"/var/www/html"_qs, false);
            plan.steps.append(b.build());
        }
        {
            StepBuilder b(
                u"attach.apt"_qs, Tr::tr("Link the APT sources and preferences to the share"),
                Tr::tr("Operations on web2: APT repositories and preferences"), secondaries);
            for (const QString &a : kAptFolders)
                b.attach(pd + u"/etc/apt/"_qs + a, u"/etc/apt/"_qs + a, false);
            plan.steps.append(b.build());
        }
        // 8. Packages, keeping the shared configuration files.
        {
            QStringList packages;
            for (const ComponentInfo &c : components)
                packages.append(c.packages);
            packages.removeDuplicates();
            StepBuilder b(
                u"packages.secondary"_qs,
                Tr::tr("Publik packages, keeping the shared configuration files"),
                Tr::tr("Install the packaged components, always refusing configuration changes"),
                secondaries);
            b.check(words(u"phw_has_packages"_qs, packages));
            b.act(u"phw_apt_update"_qs);
            b.act(words(u"phw_apt_install"_qs, packages), {kUndoPackages});
            plan.steps.append(b.build());
        }
        if (!d.extraPackages.isEmpty()) {
            const QString list = shareStateDir(d) + u"/packages-primary.list"_qs;
            StepBuilder b(
                u"packages.from-primary"_qs,
                Tr::tr("Packages the primary host has and this host lacks"),
                Tr::tr("Compare dpkg -l of web1 and web2 and install the missing packages"),
                secondaries);
            QStringList args{list};
            args.append(d.extraPackages);
            b.check(words(u"phw_has_packages_from_list"_qs, args));
            b.act(words(u"phw_apt_install_from_list"_qs, args), {kUndoPackages});
            plan.steps.append(b.build());
        }
        // 9. Crons on the primary only.
        {
            QStringList crons;
            for (const ComponentInfo &c : components)
                crons.append(c.crons);
            if (!crons.isEmpty()) {
                StepBuilder b(u"crons.disable"_qs,
                              Tr::tr("Publik crons disabled on this secondary host"),
                              Tr::tr("Disabling the Publik crons on web2"), secondaries);
                b.check(words(u"phw_crons_disabled"_qs, crons));
                for (const QString &cron : crons)
                    b.act(words(u"phw_comment_out"_qs, {cron}),
                          {words(u"phw_undo_restore"_qs, {cron, u"<backup>"_qs})});
                plan.steps.append(b.build());
            }
        }
    }

    // 10. Services start only once the share is mounted.
    {
        StepBuilder b(u"systemd.requires-mounts"_qs,
                      Tr::tr("Services wait for the share %1 (RequiresMountsFor)").arg(d.nfs.mount),
                      Tr::tr("File share settings: RequiresMountsFor= drop-ins"), all);
        b.act(u"phw_reload_on_undo"_qs, {u"phw_daemon_reload"_qs});
        QStringList services;
        for (const ComponentInfo &c : components) {
            const QString service = c.supervisor ? u"supervisor"_qs : c.service;
            if (!service.isEmpty() && !services.contains(service))
                services.append(service);
        }
        for (const QString &service : services) {
            const QString dir = u"/etc/systemd/system/"_qs + service + u".service.d"_qs;
            FileSpec f;
            f.path = dir + u"/wait-for-nfs.conf"_qs;
            f.owner = u"root"_qs;
            f.group = u"root"_qs;
            f.mode = 0644;
            f.content.append({u"[Unit]\nRequiresMountsFor="_qs + d.nfs.mount + u"\n"_qs, {}});
            b.mkdir(dir).file(f);
        }
        b.act(u"phw_daemon_reload"_qs);
        plan.steps.append(b.build());
    }
    return plan;
}

} // namespace phw
