// Semantic checks of a deployment: every problem at once, each naming its field.
#pragma once

#include "deployment.h"

namespace phw {

QList<Problem> validate(const Deployment &deployment);

// Every problem of a file at once: the loader's, then validate()'s on what loaded, except
// what validate() says of the fields that did not load (a knock-on of the same mistake:
// "port": "22" is one error, not two). Nothing but the loader's when the file did not parse.
QList<Problem> loadAndValidationProblems(const LoadResult &loaded);

// Value checks, public for the wizard's fields and for the tests.
bool isValidHostName(const QString &name);                 // RFC 1123 label (a host's short name)
bool isValidAddress(const QString &address);               // RFC 1123 DNS name, IPv4 or IPv6
bool isValidSystemUser(const QString &user);               // [a-z_][a-z0-9_-]{0,31}
bool isValidDatabaseIdentifier(const QString &identifier); // [A-Za-z_][A-Za-z0-9_]{0,62}
bool isValidPackageName(const QString &package);           // Debian package name
bool isValidComponentName(const QString &component);       // [a-z0-9][a-z0-9-]{0,62}
bool isValidDeploymentName(const QString &name);           // [a-z0-9][a-z0-9_-]{0,62}

constexpr int kMaxSecondaries = 50;

} // namespace phw
