#include "shellhighlighter.h"

namespace phw {

namespace {
QTextCharFormat charFormat(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}
} // namespace

ShellHighlighter::ShellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_rules = {
        {QRegularExpression(u"^\\[\\d+/\\d+\\] .*$"_qs),
         charFormat(QColor(0x1a, 0x3d, 0x8f), true)},
        {QRegularExpression(u"\\b(phw_[a-z_]+|if|then|else|fi|for|do|done|case|esac|test)\\b"_qs),
         charFormat(QColor(0x00, 0x5f, 0x87), true)},
        {QRegularExpression(u"\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?"_qs),
         charFormat(QColor(0x8a, 0x3f, 0x00))},
        {QRegularExpression(u"'[^']*'"_qs), charFormat(QColor(0x2e, 0x6b, 0x1f))},
        {QRegularExpression(u"«[A-Z0-9_]+»"_qs), charFormat(QColor(0xb0, 0x00, 0x20), true)},
        {QRegularExpression(u"(^|\\s)#.*$"_qs), charFormat(QColor(0x6a, 0x6a, 0x6a))},
    };
}

void ShellHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
}

} // namespace phw
