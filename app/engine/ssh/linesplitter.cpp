#include "linesplitter.h"

namespace phw {

void LineSplitter::emitLine(QList<SplitLine> &out, bool progress)
{
    // An empty progress segment ("\r\r") carries nothing.
    if (!(progress && m_buffer.isEmpty()))
        out.append({QString::fromUtf8(m_buffer), progress});
    m_buffer.clear();
}

QList<SplitLine> LineSplitter::feed(QByteArrayView data)
{
    QList<SplitLine> out;
    for (const char c : data) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                emitLine(out, false);
                continue;
            }
            emitLine(out, true);
        }
        if (c == '\r') {
            m_pendingCr = true;
        } else if (c == '\n') {
            emitLine(out, false);
        } else {
            m_buffer.append(c);
            if (m_buffer.size() >= kMaxLine)
                emitLine(out, false);
        }
    }
    return out;
}

QList<SplitLine> LineSplitter::finish()
{
    QList<SplitLine> out;
    if (m_pendingCr) {
        m_pendingCr = false;
        emitLine(out, true);
    } else if (!m_buffer.isEmpty()) {
        emitLine(out, false);
    }
    return out;
}

} // namespace phw
