// The live log of the Exécution page: a list model over the last lines of a run (capped),
// fed in batches. Lines are gathered with append() (cheap, any rate: a ring of at most
// `cap` lines, so a flood between two flushes costs neither memory nor a long flush) and
// reach the view with flush(), which the page calls a few times a second: one insertion
// (and at most one removal at the front) per flush, whatever the output's rate. The
// complete log is the file on disk (LogFile); this model only keeps what a view shows.
#pragma once

#include "sshsession.h"

#include <QAbstractListModel>
#include <QFile>
#include <QStringEncoder>

#include <vector>

namespace phw {

struct LogEntry
{
    QString host;
    QString step; // empty: the runner's own message
    OutputKind kind = OutputKind::Stdout;
    QString text;
    bool expected = false; // a warning the page explained as intended (useradd's UIDs)
};

// At most `capacity` entries, oldest first; pushing onto a full ring drops the oldest.
// Entries are reused in place (no allocation per line once the ring has filled).
class LogRing
{
public:
    explicit LogRing(qsizetype capacity)
        : m_capacity(qMax<qsizetype>(1, capacity))
    {
    }
    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const LogEntry &at(qsizetype i) const { return m_entries[slot(i)]; }
    LogEntry &at(qsizetype i) { return m_entries[slot(i)]; }
    // Returns true if the oldest entry was dropped to make room.
    bool push(const LogEntry &entry);
    bool push(LogEntry &&entry);
    void dropFront(qsizetype n);
    void clear();
    void swap(LogRing &other) noexcept;

private:
    size_t slot(qsizetype i) const { return static_cast<size_t>((m_head + i) % m_capacity); }
    LogEntry &next(bool *dropped);

    qsizetype m_capacity;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    std::vector<LogEntry> m_entries;
};

class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // withHost: lines tagged with their host (the merged view); cap: lines kept.
    LogModel(bool withHost, qsizetype cap, QObject *parent = nullptr);

    void append(const LogEntry &entry) { m_pendingDropped += m_pending.push(entry) ? 1 : 0; }
    void append(LogEntry &&entry) { m_pendingDropped += m_pending.push(std::move(entry)) ? 1 : 0; }
    // Moves the gathered lines into the model; true if any arrived.
    bool flush();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QString lineText(int row) const;
    const LogEntry &entry(int row) const { return m_lines.at(row); }
    qsizetype cap() const { return m_cap; }
    // Lines that went out of the view (still in the log file).
    qsizetype dropped() const { return m_dropped; }
    // The last n lines, those not flushed yet included.
    QStringList lastLines(qsizetype n) const;

    // "web1 · accounts.hobo │ text": how a line reads in a view and in the log file.
    static QString format(const LogEntry &entry, bool withHost);
    // What comes before the text in format(): "web1 · accounts.hobo │ ".
    static QString prefix(const LogEntry &entry, bool withHost);

private:
    bool m_withHost;
    qsizetype m_cap;
    qsizetype m_dropped = 0;
    qsizetype m_pendingDropped = 0; // gathered, then pushed out of the ring before a flush
    LogRing m_lines;
    LogRing m_pending;
};

// The complete log of one run, written as it comes: encoded into a buffer of its own
// (the tag of a run of lines from one host and step encoded once), written out when the
// buffer is full and when the page's timer flushes.
class LogFile
{
public:
    bool open(const QString &path, QString *error);
    // TIME: "HH:mm:ss.zzz", in UTF-8 (the page refreshes it with each flush).
    void write(const LogEntry &entry, const QByteArray &time);
    void writeText(const QString &text);
    void flush();
    void close();
    const QString &path() const { return m_path; }
    bool isOpen() const { return m_file.isOpen(); }

private:
    static constexpr qsizetype kBufferBytes = 256 * 1024;
    void appendUtf8(QStringView text);
    void writeOut();

    QFile m_file;
    QString m_path;
    QByteArray m_buffer;
    // Stateless: a line ending in half a surrogate pair gets its replacement in that line
    // (a stateful encoder would keep the half back and write it into the next line).
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    // The last line's tag, and what it is made of.
    QString m_tagHost, m_tagStep;
    QChar m_tagMark;
    QByteArray m_tag;
};

} // namespace phw
