// Turns the byte stream of a remote command into lines: '\n' and "\r\n" end a line, a lone
// '\r' ends a progress line (a line the next one replaces), and the partial last line comes
// out at the end. Bytes are decoded as UTF-8 one complete line at a time.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace phw {

struct SplitLine
{
    QString text;
    bool progress = false; // ended by a lone carriage return
    bool operator==(const SplitLine &) const = default;
};

class LineSplitter
{
public:
    // Longest line kept whole; a longer one is cut into pieces of this size.
    static constexpr qsizetype kMaxLine = 64 * 1024;

    QList<SplitLine> feed(QByteArrayView data);
    // The partial last line, if any; the splitter is then empty again.
    QList<SplitLine> finish();

private:
    static void emitLine(QList<SplitLine> &out, QByteArrayView text, bool progress);
    void emitBuffer(QList<SplitLine> &out, bool progress);

    QByteArray m_buffer;
    bool m_pendingCr = false;
};

} // namespace phw
