// Reads each host's own journal (the host script's --journal mode: "begin ID", "done ID",
// "undo ID ...") over SSH, every host at once: what `status` compares with this machine's
// journal, and what the wizard lists before a rollback. Nothing is changed on the hosts.
#pragma once

#include "hostpool.h"

#include <QObject>

#include <memory>

namespace phw {

class HostJournals : public QObject
{
    Q_OBJECT

public:
    // The deployment's hosts and any other host the local journal knows (read as a
    // secondary of the deployment: --journal only reads its journal, under the name).
    HostJournals(const Deployment &deployment, const QList<Host> &journalHosts,
                 ConnectionOptions options, SecretProvider *secrets, QObject *parent = nullptr);
    ~HostJournals() override;

    void start();
    HostPool *pool() { return m_pool.get(); }

    const QList<Host> &hosts() const { return m_hosts; }
    // A host's journal lines (empty when it has none), or why it could not be read.
    QStringList lines(const QString &host) const { return m_lines.value(host); }
    QString problem(const QString &host) const { return m_problems.value(host); }
    bool isDone() const { return m_done; }

    // Steps whose undo is still recorded (what a rollback undoes there), in journal order;
    // a step begun and not done counts too.
    static QStringList stepsToUndo(const QStringList &hostJournal);

signals:
    void finished();

private:
    void finish();

    Deployment m_all;
    QList<Host> m_hosts;
    ConnectionOptions m_options;
    std::unique_ptr<HostPool> m_pool;
    QMap<QString, QStringList> m_lines;
    QMap<QString, QString> m_problems;
    int m_waiting = 0;
    bool m_done = false;
};

} // namespace phw
