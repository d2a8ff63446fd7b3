// Highlighting of the preview's shell text: comments, strings, variables, the host
// library's functions, masked secrets. Colours only; the text is the engine's.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace phw {

class ShellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ShellHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};

} // namespace phw
