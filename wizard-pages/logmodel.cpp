#include "logmodel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>

namespace phw {

LogModel::LogModel(bool withHost, qsizetype cap, QObject *parent)
    : QAbstractListModel(parent)
    , m_withHost(withHost)
    , m_cap(cap)
{
}

bool LogModel::flush()
{
    if (m_pending.empty())
        return false;
    const auto incoming = static_cast<qsizetype>(m_pending.size());
    if (incoming >= m_cap) {
        // More than a view keeps arrived since the last flush: the view shows the last ones.
        beginResetModel();
        m_dropped += static_cast<qsizetype>(m_lines.size()) + incoming - m_cap;
        m_lines.clear();
        m_pending.erase(m_pending.begin(),
                        m_pending.begin() + static_cast<std::ptrdiff_t>(incoming - m_cap));
        m_lines.swap(m_pending);
        endResetModel();
        return true;
    }
    const qsizetype excess = static_cast<qsizetype>(m_lines.size()) + incoming - m_cap;
    if (excess > 0) {
        beginRemoveRows({}, 0, static_cast<int>(excess - 1));
        m_lines.erase(m_lines.begin(), m_lines.begin() + static_cast<std::ptrdiff_t>(excess));
        m_dropped += excess;
        endRemoveRows();
    }
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows({}, first, first + static_cast<int>(incoming) - 1);
    for (LogEntry &e : m_pending)
        m_lines.push_back(std::move(e));
    m_pending.clear();
    endInsertRows();
    return true;
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    m_dropped = 0;
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QString LogModel::format(const LogEntry &e, bool withHost)
{
    QString tag;
    if (withHost)
        tag = e.host;
    if (!e.step.isEmpty())
        tag += (tag.isEmpty() ? QString() : u" · "_qs) + e.step;
    // The runner's messages are marked », stderr !, so that they read apart without colour.
    const QChar mark = e.step.isEmpty()                                ? u'»'
                       : (e.kind == OutputKind::Stderr && !e.expected) ? u'!'
                       : e.kind == OutputKind::Error                   ? u'!'
                                                                       : u'│';
    return tag.isEmpty() ? QString(mark) + u' ' + e.text : tag + u' ' + mark + u' ' + e.text;
}

QString LogModel::lineText(int row) const
{
    return format(m_lines.at(static_cast<size_t>(row)), m_withHost);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogEntry &e = m_lines.at(static_cast<size_t>(index.row()));
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
    for (auto it = m_pending.crbegin(); it != m_pending.crend() && out.size() < n; ++it)
        out.prepend(format(*it, m_withHost));
    for (auto it = m_lines.crbegin(); it != m_lines.crend() && out.size() < n; ++it)
        out.prepend(format(*it, m_withHost));
    return out;
}

bool LogFile::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    m_path = path;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void LogFile::write(const LogEntry &entry, const QString &time)
{
    if (!m_file.isOpen())
        return;
    QByteArray line = time.toUtf8();
    line += ' ';
    line += LogModel::format(entry, true).toUtf8();
    line += '\n';
    m_file.write(line);
}

void LogFile::writeText(const QString &text)
{
    if (m_file.isOpen())
        m_file.write(text.toUtf8() + '\n');
}

void LogFile::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

void LogFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

} // namespace phw
