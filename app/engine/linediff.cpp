#include "linediff.h"

#include <vector>

namespace phw {

QStringList diffLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    return lines;
}

QList<DiffLine> lineDiff(const QStringList &before, const QStringList &after, qsizetype maxLines)
{
    const qsizetype n = before.size(), m = after.size();
    if (n > maxLines || m > maxLines)
        return {};
    // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    const auto width = static_cast<size_t>(m + 1);
    std::vector<int> lcs(static_cast<size_t>(n + 1) * width, 0);
    const auto at = [&lcs, width](qsizetype i, qsizetype j) -> int & {
        return lcs[static_cast<size_t>(i) * width + static_cast<size_t>(j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = before.at(i) == after.at(j) ? at(i + 1, j + 1) + 1
                                                   : std::max(at(i + 1, j), at(i, j + 1));
    }
    QList<DiffLine> out;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before.at(i) == after.at(j)) {
            out.append({DiffLine::Kind::Same, before.at(i)});
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            out.append({DiffLine::Kind::Added, after.at(j)});
            ++j;
        } else {
            out.append({DiffLine::Kind::Removed, before.at(i)});
            ++i;
        }
    }
    // Removed lines first within a change, as diff -u shows them.
    for (qsizetype k = 1; k < out.size(); ++k) {
        for (qsizetype l = k; l > 0 && out.at(l).kind == DiffLine::Kind::Removed &&
                              out.at(l - 1).kind == DiffLine::Kind::Added;
             --l)
            out.swapItemsAt(l, l - 1);
    }
    return out;
}

QString renderLineDiff(const QList<DiffLine> &diff, qsizetype context)
{
    QString out;
    qsizetype k = 0;
    while (k < diff.size()) {
        if (diff.at(k).kind != DiffLine::Kind::Same) {
            out += (diff.at(k).kind == DiffLine::Kind::Added ? u"+ "_qs : u"- "_qs) +
                   diff.at(k).text + u'\n';
            ++k;
            continue;
        }
        qsizetype end = k;
        while (end < diff.size() && diff.at(end).kind == DiffLine::Kind::Same)
            ++end;
        const qsizetype head = k == 0 ? 0 : context;             // after a change
        const qsizetype tail = end == diff.size() ? 0 : context; // before a change
        if (end - k > head + tail + 1) {
            for (qsizetype l = k; l < k + head; ++l)
                out += u"  "_qs + diff.at(l).text + u'\n';
            out += u"  …\n"_qs;
            for (qsizetype l = end - tail; l < end; ++l)
                out += u"  "_qs + diff.at(l).text + u'\n';
        } else {
            for (qsizetype l = k; l < end; ++l)
                out += u"  "_qs + diff.at(l).text + u'\n';
        }
        k = end;
    }
    return out;
}

} // namespace phw
