// A line diff for the preview: the file a step writes against the host's current file, as
// preflight read it. Longest common subsequence of lines; small files only (settings
// files, systemd drop-ins).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace phw {

struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffLine &) const = default;
};

// Empty when either side has more than maxLines lines (the caller says it is too large).
QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after,
                         qsizetype maxLines = 2000);
// "  same", "- removed", "+ added"; runs of more than 2 × context unchanged lines are cut to
// their ends around a "  …" line.
QString renderLineDiff(const QList<DiffLine> &diff, qsizetype context = 3);
// A file's text as lines: without the final line's newline ("a\nb\n" → a, b).
QStringList diffLines(const QString &text);

} // namespace phw
