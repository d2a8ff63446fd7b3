// The deployment: what the operator describes (hosts, accounts, database, share).
// It is loaded from and saved to the deployment file (docs/deployment-format.md).
// It never holds a secret: passwords are looked up by reference at run time.
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace phw {

enum class HostRole { Primary, Secondary };
enum class AuthMethod { Agent, Key, Password };

struct Host
{
    QString name;
    QString address;
    int port = 22;
    QString user = QStringLiteral("root");
    bool sudo = false;
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;
    HostRole role = HostRole::Secondary;

    bool operator==(const Host &) const = default;
};

struct Account
{
    QString user;
    qint64 uid = 0;
    qint64 gid = 0;
    QString home; // empty: derived from the component whose user it is

    bool operator==(const Account &) const = default;
};

struct DatabaseAccess
{
    QString name;
    QString user;

    bool operator==(const DatabaseAccess &) const = default;
};

struct Database
{
    QString host;
    int port = 5432;
    QMap<QString, DatabaseAccess> components; // key: component name

    bool operator==(const Database &) const = default;
};

struct Share
{
    QString mount;
    QString publikDir;

    bool operator==(const Share &) const = default;
};

struct IdRange
{
    qint64 min = 1000;
    qint64 max = 59999;

    bool operator==(const IdRange &) const = default;
};

// What a component is on a host. Defaults follow the common pattern (package, user,
// service and folders named after the component); the catalog and the deployment's
// "component_catalog" override them, so a new component needs data, not code.
struct ComponentInfo
{
    QString name;
    QStringList packages;
    QString user;            // system account, empty if none (hobo-agent)
    QString service;         // init/systemd service, empty if none
    bool supervisor = false; // runs under supervisor (hobo-agent)
    bool django = true;      // has a settings.d database snippet
    QString etcDir;
    QString varLibDir; // empty if none
    QStringList crons; // files commented out on secondaries

    bool operator==(const ComponentInfo &) const = default;
};

struct Deployment
{
    int format = 1;
    QString name;
    QList<Host> hosts;
    QStringList components;
    QList<Account> accounts;
    Database database;
    Share nfs;
    QStringList extraPackages;
    IdRange idRange;
    QMap<QString, ComponentInfo> catalogOverrides; // from "component_catalog"

    bool operator==(const Deployment &) const = default;

    const Host *primary() const;
    QList<Host> secondaries() const;
    // Hosts in the order their scripts run: the primary, then the secondaries as listed.
    QList<Host> orderedHosts() const;
    ComponentInfo component(const QString &name) const;
    QList<ComponentInfo> componentInfos() const;
    // Home folder of a system account: the explicit one, else the /var/lib folder of the
    // component it belongs to, else /var/lib/<user>.
    QString homeOf(const Account &account) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

// Limits of the format (docs/deployment-format.md). Beyond them a file is refused as it is
// read, so that nothing later (validation, plan) works on more than this.
constexpr qint64 kMaxDeploymentFileSize = 4 * 1024 * 1024; // bytes
constexpr int kMaxHosts = 51;                              // one primary, 50 secondaries
constexpr int kMaxComponents = 64;                         // also database.components
constexpr int kMaxAccounts = 128;
constexpr int kMaxExtraPackages = 512;
constexpr int kMaxCatalogEntries = 64;
constexpr int kMaxComponentListItems = 32; // packages, crons of one catalog entry

// Loading reports every structural problem (bad JSON, duplicate or unknown key, wrong type,
// missing key, a list over its limit) at once; semantic checks are validate()'s job.
struct LoadResult
{
    Deployment deployment;
    QList<Problem> problems;
    bool ok() const { return !hasErrors(problems); }
};

LoadResult loadDeployment(const QByteArray &json);
// Reads at most kMaxDeploymentFileSize bytes: a larger file, a folder or a device is refused
// with a message (the system's reason in the user's language).
LoadResult loadDeploymentFile(const QString &path);

// The built-in catalog of known Publik components (resources: components.json).
QMap<QString, ComponentInfo> builtinCatalog();
// The default component for a name nobody described.
ComponentInfo defaultComponent(const QString &name);

QString roleName(HostRole role);
QString authName(AuthMethod auth);

} // namespace phw
