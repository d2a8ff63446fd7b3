#include "linesplitter.h"

#include <algorithm>

namespace phw {

void LineSplitter::emitLine(QList<SplitLine> &out, QByteArrayView text, bool progress)
{
    // An empty progress segment ("\r\r") carries nothing.
    if (!(progress && text.isEmpty()))
        out.append({QString::fromUtf8(text), progress});
}

void LineSplitter::emitBuffer(QList<SplitLine> &out, bool progress)
{
    emitLine(out, m_buffer, progress);
    m_buffer.resize(0); // keeps its capacity for the next partial line
}

QList<SplitLine> LineSplitter::feed(QByteArrayView data)
{
    // Whole runs between line ends are scanned and decoded at once; only a line that
    // straddles two reads is copied into the buffer.
    QList<SplitLine> out;
    const char *p = data.data();
    const char *const end = p + data.size();
    const auto isEnd = [](char c) {
        return c == '\n' || c == '\r';
    };
    while (p < end) {
        if (m_pendingCr) {
            // The line before a carriage return at the end of the last read.
            m_pendingCr = false;
            const bool crlf = *p == '\n';
            emitBuffer(out, !crlf);
            if (crlf)
                ++p;
            continue;
        }
        const char *const stop = std::find_if(p, end, isEnd);
        qsizetype length = stop - p;
        // A line longer than kMaxLine comes out in pieces of kMaxLine bytes.
        while (m_buffer.size() + length >= kMaxLine) {
            const qsizetype n = kMaxLine - m_buffer.size();
            if (m_buffer.isEmpty()) {
                emitLine(out, QByteArrayView(p, n), false);
            } else {
                m_buffer.append(p, n);
                emitBuffer(out, false);
            }
            p += n;
            length -= n;
        }
        if (stop == end) {
            m_buffer.append(p, length); // the rest comes with the next read
            break;
        }
        if (!m_buffer.isEmpty())
            m_buffer.append(p, length);
        const QByteArrayView line =
            m_buffer.isEmpty() ? QByteArrayView(p, length) : QByteArrayView(m_buffer);
        if (*stop == '\n') {
            emitLine(out, line, false);
            m_buffer.resize(0);
            p = stop + 1;
        } else if (stop + 1 < end) {
            // "\r\n" ends a line; a lone '\r' a progress line.
            const bool crlf = stop[1] == '\n';
            emitLine(out, line, !crlf);
            m_buffer.resize(0);
            p = stop + (crlf ? 2 : 1);
        } else {
            // A carriage return as the last byte: what follows decides.
            if (m_buffer.isEmpty())
                m_buffer.append(p, length);
            m_pendingCr = true;
            p = end;
        }
    }
    return out;
}

QList<SplitLine> LineSplitter::finish()
{
    QList<SplitLine> out;
    if (m_pendingCr) {
        m_pendingCr = false;
        emitBuffer(out, true);
    } else if (!m_buffer.isEmpty()) {
        emitBuffer(out, false);
    }
    return out;
}

} // namespace phw
