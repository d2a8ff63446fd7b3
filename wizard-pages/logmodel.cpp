#include "logmodel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>

namespace phw {

namespace {

// The runner's messages are marked », stderr !, so that they read apart without colour.
QChar markOf(const LogEntry &e)
{
    if (e.step.isEmpty())
        return u'»';
    if ((e.kind == OutputKind::Stderr && !e.expected) || e.kind == OutputKind::Error)
        return u'!';
    return u'│';
}

} // namespace

bool LogRing::push(const LogEntry &entry)
{
    bool dropped = false;
    next(&dropped) = entry;
    return dropped;
}

bool LogRing::push(LogEntry &&entry)
{
    bool dropped = false;
    next(&dropped) = std::move(entry);
    return dropped;
}

LogEntry &LogRing::next(bool *dropped)
{
    if (m_size < m_capacity) {
        // The used slots are [head, head + size) modulo the capacity; until the vector has
        // grown to the capacity, they never wrap and the next one is at most one past it.
        const size_t s = slot(m_size);
        if (s == m_entries.size())
            m_entries.emplace_back();
        ++m_size;
        *dropped = false;
        return m_entries[s];
    }
    // Full: the oldest entry's slot becomes the newest.
    LogEntry &e = m_entries[slot(0)];
    m_head = (m_head + 1) % m_capacity;
    *dropped = true;
    return e;
}

void LogRing::dropFront(qsizetype n)
{
    // The entries stay in their slots until they are reused: no freeing line by line.
    n = qMin(n, m_size);
    m_head = (m_head + n) % m_capacity;
    m_size -= n;
}

void LogRing::clear()
{
    m_entries.clear();
    m_head = 0;
    m_size = 0;
}

void LogRing::swap(LogRing &other) noexcept
{
    std::swap(m_capacity, other.m_capacity);
    std::swap(m_head, other.m_head);
    std::swap(m_size, other.m_size);
    m_entries.swap(other.m_entries);
}

LogModel::LogModel(bool withHost, qsizetype cap, QObject *parent)
    : QAbstractListModel(parent)
    , m_withHost(withHost)
    , m_cap(qMax<qsizetype>(1, cap))
    , m_lines(m_cap)
    , m_pending(m_cap)
{
}

bool LogModel::flush()
{
    if (m_pending.empty())
        return false;
    const qsizetype incoming = m_pending.size();
    if (incoming >= m_cap) {
        // A view's worth (or more) arrived since the last flush: the view shows the last ones.
        beginResetModel();
        m_dropped += m_lines.size() + m_pendingDropped;
        m_lines.swap(m_pending);
        m_pending.dropFront(m_pending.size());
        m_pendingDropped = 0;
        endResetModel();
        return true;
    }
    const qsizetype excess = m_lines.size() + incoming - m_cap;
    if (excess > 0) {
        beginRemoveRows({}, 0, static_cast<int>(excess - 1));
        m_lines.dropFront(excess);
        m_dropped += excess;
        endRemoveRows();
    }
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows({}, first, first + static_cast<int>(incoming) - 1);
    for (qsizetype i = 0; i < incoming; ++i)
        m_lines.push(std::move(m_pending.at(i)));
    m_pending.dropFront(incoming);
    endInsertRows();
    return true;
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    m_dropped = 0;
    m_pendingDropped = 0;
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QString LogModel::format(const LogEntry &e, bool withHost)
{
    return prefix(e, withHost) + e.text;
}

QString LogModel::prefix(const LogEntry &e, bool withHost)
{
    QString tag;
    if (withHost)
        tag = e.host;
    if (!e.step.isEmpty())
        tag += (tag.isEmpty() ? QString() : u" · "_qs) + e.step;
    const QChar mark = markOf(e);
    return tag.isEmpty() ? QString(mark) + u' ' : tag + u' ' + mark + u' ';
}

QString LogModel::lineText(int row) const
{
    return format(m_lines.at(row), m_withHost);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogEntry &e = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return format(e, m_withHost);
    case Qt::ForegroundRole:
        if (e.kind == OutputKind::Error)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (e.expected)
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (e.kind == OutputKind::Stderr)
            return QBrush(QColor(0x9a, 0x4a, 0x00));
        if (e.step.isEmpty())
            return QBrush(QColor(0x1a, 0x4f, 0x9c));
        return {};
    case Qt::FontRole:
        if (e.kind == OutputKind::Error || e.step.isEmpty()) {
            QFont f;
            f.setStyleHint(QFont::Monospace);
            f.setFamily(u"monospace"_qs);
            f.setBold(e.kind == OutputKind::Error);
            f.setItalic(e.step.isEmpty() && e.kind != OutputKind::Error);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QStringList LogModel::lastLines(qsizetype n) const
{
    QStringList out;
    for (qsizetype i = m_pending.size() - 1; i >= 0 && out.size() < n; --i)
        out.prepend(format(m_pending.at(i), m_withHost));
    for (qsizetype i = m_lines.size() - 1; i >= 0 && out.size() < n; --i)
        out.prepend(format(m_lines.at(i), m_withHost));
    return out;
}

bool LogFile::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    m_path = path;
    // Unbuffered: the lines are gathered in m_buffer, written in large blocks.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_buffer.reserve(kBufferBytes + 4096);
    m_tag.clear();
    return true;
}

void LogFile::appendUtf8(QStringView text)
{
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(m_buffer.data() + at, text);
    m_buffer.resize(end - m_buffer.constData());
}

void LogFile::write(const LogEntry &entry, const QByteArray &time)
{
    if (!m_file.isOpen())
        return;
    // Lines come in long runs from one host and step: their tag is encoded once a run.
    const QChar mark = markOf(entry);
    if (m_tag.isEmpty() || mark != m_tagMark || entry.step != m_tagStep ||
        entry.host != m_tagHost) {
        m_tagHost = entry.host;
        m_tagStep = entry.step;
        m_tagMark = mark;
        m_tag = LogModel::prefix(entry, true).toUtf8();
    }
    m_buffer.append(time);
    m_buffer.append(' ');
    m_buffer.append(m_tag);
    appendUtf8(entry.text);
    m_buffer.append('\n');
    if (m_buffer.size() >= kBufferBytes)
        writeOut();
}

void LogFile::writeText(const QString &text)
{
    if (!m_file.isOpen())
        return;
    appendUtf8(text);
    m_buffer.append('\n');
    if (m_buffer.size() >= kBufferBytes)
        writeOut();
}

void LogFile::writeOut()
{
    if (!m_buffer.isEmpty())
        m_file.write(m_buffer);
    m_buffer.resize(0); // the capacity stays
}

void LogFile::flush()
{
    if (m_file.isOpen())
        writeOut();
}

void LogFile::close()
{
    if (m_file.isOpen()) {
        writeOut();
        m_file.close();
    }
    m_buffer = QByteArray();
}

} // namespace phw
