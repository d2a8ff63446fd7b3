// A problem found in a deployment or on a host, with the field (or host) it concerns.
#pragma once

#include <QList>
#include <QString>

namespace phw {

struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;   // e.g. "hosts[1].address"
    QString message; // translated, names the field
    QString hint;    // what to do, may be empty

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Problem &) const = default;
};

inline bool hasErrors(const QList<Problem> &problems)
{
    for (const Problem &p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

} // namespace phw
