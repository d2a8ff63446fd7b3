// The live log of the Exécution page: a list model over the last lines of a run (capped),
// fed in batches. Lines are gathered with append() (cheap, any rate) and reach the view
// with flush(), which the page calls a few times a second: one insertion (and at most one
// removal at the front) per flush, whatever the output's rate. The complete log is the
// file on disk (LogFile); this model only keeps what a view shows.
#pragma once

#include "sshsession.h"

#include <QAbstractListModel>
#include <QFile>

#include <deque>

namespace phw {

struct LogEntry
{
    QString host;
    QString step; // empty: the runner's own message
    OutputKind kind = OutputKind::Stdout;
    QString text;
    bool expected = false; // a warning the page explained as intended (useradd's UIDs)
};

class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // withHost: lines tagged with their host (the merged view); cap: lines kept.
    LogModel(bool withHost, qsizetype cap, QObject *parent = nullptr);

    void append(const LogEntry &entry) { m_pending.push_back(entry); }
    // Moves the gathered lines into the model; true if any arrived.
    bool flush();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString lineText(int row) const;
    const LogEntry &entry(int row) const { return m_lines.at(static_cast<size_t>(row)); }
    qsizetype cap() const { return m_cap; }
    // Lines that went out of the view (still in the log file).
    qsizetype dropped() const { return m_dropped; }
    // The last n lines, those not flushed yet included.
    QStringList lastLines(qsizetype n) const;

    // "web1 · accounts.hobo │ text": how a line reads in a view and in the log file.
    static QString format(const LogEntry &entry, bool withHost);

private:
    bool m_withHost;
    qsizetype m_cap;
    qsizetype m_dropped = 0;
    std::deque<LogEntry> m_lines;
    std::deque<LogEntry> m_pending;
};

// The complete log of one run, written as it comes (buffered, flushed by the page's timer).
class LogFile
{
public:
    bool open(const QString &path, QString *error);
    void write(const LogEntry &entry, const QString &time);
    void writeText(const QString &text);
    void flush();
    void close();
    const QString &path() const { return m_path; }
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
    QString m_path;
};

} // namespace phw
