// Preflight ("check FILE"): every problem on every host at once, each with its host, its
// severity (blocking / warning) and what to do. One probe script per host, run as root
// over SSH; the comparisons across hosts (same share, same UIDs, distinct machine-id,
// package differences) are made here.
#pragma once

#include "hostpool.h"

#include "deployment.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace phw {

struct PreflightItem
{
    enum class Severity { Blocking, Warning, Info };
    QString host; // empty: the deployment as a whole
    Severity severity = Severity::Blocking;
    QString message;
    QString hint; // what to do

    bool operator==(const PreflightItem &) const = default;
};

// A file the plan writes, as preflight found it on a host (for the preview's diff). Lines
// naming a password show their key only ("… = «…»"): the host's secret is not read.
struct CurrentFile
{
    bool present = false;
    bool truncated = false; // larger than 64 KiB: content is its beginning
    QString content;
    bool operator==(const CurrentFile &) const = default;
};
using CurrentFiles = QMap<QString, QMap<QString, CurrentFile>>; // host → path → file

// What a probe reported for one host ("key value" lines), and the cross-host analysis.
struct HostFacts
{
    QString host;
    bool primary = false;
    QMultiMap<QString, QString> values;
    QMap<QString, CurrentFile> files; // path → as read
    QString value(const QString &key) const { return values.value(key); }
};

class Preflight : public QObject
{
    Q_OBJECT

public:
    Preflight(const Deployment &deployment, ConnectionOptions options, SecretProvider *secrets,
              QObject *parent = nullptr);
    // On a pool whose hosts are connected already (apply runs the checks on its own links).
    Preflight(const Deployment &deployment, HostPool *connected, SecretProvider *secrets,
              QObject *parent = nullptr);
    ~Preflight() override;

    void start();
    const QList<PreflightItem> &items() const { return m_items; }
    bool blocked() const;
    // The files the plan writes, as read on each host the probe reached.
    const CurrentFiles &currentFiles() const { return m_currentFiles; }
    // The paths of the files the plan writes on a host, in plan order.
    // The probe's sh script (run as root with probeCommand()'s arguments; tested locally).
    static QByteArray probeScript();
    static QStringList writtenFiles(const Deployment &deployment, const QString &host);
    HostPool *pool() { return m_pool; }

    // The analysis alone, on facts already gathered (tested without hosts).
    static QList<PreflightItem> analyse(const Deployment &deployment,
                                        const QList<HostFacts> &facts);
    static HostFacts parseProbe(const QString &host, bool primary, const QStringList &lines);
    static QString renderText(const QList<PreflightItem> &items);
    // The Django components whose database credentials are checked (those with a database entry).
    static QList<ComponentInfo> databaseComponents(const Deployment &deployment);

signals:
    void progress(const QString &host, const QString &text);
    // A host showed another key than known_hosts records (refused, also a blocking finding):
    // the fingerprint shown, those recorded, and what to do.
    void hostKeyChanged(const QString &host, const QString &fingerprint,
                        const QStringList &recorded, const QString &hint);
    void finished(bool blocked);

private:
    void probeAll(const QStringList &reachable);
    void probe(const QString &host, bool primary, std::function<void()> next);
    QString probeCommand(const QString &host, bool primary) const;
    QByteArray databaseSecretAssignments(const QString &host) const;
    static void analyseDatabaseCredentials(const Deployment &deployment, const HostFacts &facts,
                                           QList<PreflightItem> &out, QStringList &missingSecrets);

    Deployment m_deployment;
    ConnectionOptions m_options;
    std::unique_ptr<HostPool> m_ownPool;
    HostPool *m_pool = nullptr;
    SecretProvider *m_secrets = nullptr;
    QList<PreflightItem> m_items;
    QList<HostFacts> m_facts;
    CurrentFiles m_currentFiles;
    QString m_token;
    int m_waiting = 0;
};

} // namespace phw
