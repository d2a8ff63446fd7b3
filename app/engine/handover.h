// What leaves the wizard for the people around the operator: the SQL the client's DBA runs
// (`export --sql`) and the HAProxy section the client's team adds (`export --haproxy`).
// Both are rendered from the deployment, never written by hand; neither holds a secret.
#pragma once

#include "deployment.h"

#include <QByteArray>
#include <QList>

namespace phw {

// One role (and its database, unless the component creates its own) the DBA creates.
struct DatabaseGrant
{
    QString component;
    QString role;
    QString database;         // empty: the component creates its own databases (w.c.s.)
    bool createDb = false;    // the role may create databases (w.c.s.)
    QString passwordVariable; // the psql variable (-v NAME=...) holding its password
};

// The roles and databases to create: each component of the deployment with a database
// entry, then w.c.s. (a role with CREATEDB, no database) when the deployment has it.
QList<DatabaseGrant> databaseGrants(const Deployment &deployment);

// The psql script: roles, passwords from psql variables (-v), databases (TEMPLATE template0,
// UTF-8, owned by the role; French collation when the server has it). Safe to run twice.
QByteArray renderDatabaseSql(const Deployment &deployment);

// The psql command line that applies it (passwords from the environment, not typed here).
QString databaseSqlCommand(const Deployment &deployment, const QString &sqlFile);

// A HAProxy backend with every host, an HTTP health check and the forwarded headers Publik
// needs, commented in the operator's language (French by default).
QByteArray renderHaproxySection(const Deployment &deployment);

} // namespace phw
