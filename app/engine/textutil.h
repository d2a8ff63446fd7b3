// Quoting and value checks shared by the validator and every renderer.
#pragma once

#include <QString>
#include <QStringList>

namespace phw {

// True when every character of value is in [A-Za-z0-9._/@%+=:,-] and value is not empty:
// such a token needs no quoting in POSIX sh and cannot be taken for an option.
bool isShellSafe(const QString &value);

// Quotes value for POSIX sh. Safe tokens come back unchanged; anything else is wrapped in
// single quotes, each embedded quote written as '\''. The result always parses as one word.
QString shellQuote(const QString &value);

// A Python 3 string literal that evaluates to exactly value. Control characters are
// refused (returns a null QString); everything else, non-ASCII included, is kept as is.
QString pythonStringLiteral(const QString &value);

// True when value contains a control character (C0, DEL or C1).
bool hasControlCharacter(const QString &value);

// A normalised absolute path: starts with '/', no empty, '.' or '..' segment, no trailing
// slash, every segment of [A-Za-z0-9._+@-], not starting with '-' and of 255 bytes at most
// (NAME_MAX), 1024 bytes at most in all.
bool isSafeAbsolutePath(const QString &path);

// True when child is strictly below parent (both safe absolute paths).
bool isStrictlyInside(const QString &child, const QString &parent);

// value as it may be shown on a terminal: control characters (C0, DEL, C1), Unicode format
// characters (bidirectional overrides, zero-width) and line or paragraph separators are
// written as \xHH or \uHHHH, so an ANSI escape read from a file never reaches the terminal
// as is; a value longer than maxLength is cut and ends with "…".
QString printable(const QString &value, qsizetype maxLength = 80);

// A size in bytes as the operator reads it, in the language of the translations installed
// (installTranslations sets QLocale's default): decimal units (kB, MB, GB, TB), one decimal
// unless it is 0: "23.5 GB", "23,5 Go", "32 GB".
QString formatSize(qint64 bytes);

// Why a system call failed (an errno value), in the operator's language: QFile::errorString()
// and strerror() are English.
QString systemReason(int error);

// The number of single-character edits (insert, delete, replace, swap two neighbours) that
// turn a into b, or limit + 1 when it is more than limit. Linear in the length for a fixed
// limit.
int editDistance(QStringView a, QStringView b, int limit);

// The candidate closest to value (at most 2 edits away, 1 for values of 4 characters or
// fewer), or an empty string.
QString closestMatch(const QString &value, const QStringList &candidates);

// The environment variable that carries the database password of a component:
// PUBLIK_DB_PASSWORD_<COMPONENT>, upper case, '-' and '.' turned into '_'.
QString passwordVariable(const QString &component);

} // namespace phw
