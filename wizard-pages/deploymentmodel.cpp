#include "deploymentmodel.h"

#include "validation.h"

#include <QFile>
#include <QSaveFile>

namespace phw {

DeploymentModel::DeploymentModel(QObject *parent)
    : QObject(parent)
    , m_deployment(emptyDeployment())
    , m_problems(validate(m_deployment))
{
}

void DeploymentModel::reset(const Deployment &deployment, const QString &filePath)
{
    m_deployment = deployment;
    m_problems = validate(m_deployment);
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    setModified(false);
    emit changed();
}

void DeploymentModel::edit(const std::function<void(Deployment &)> &change)
{
    Deployment next = m_deployment;
    change(next);
    if (next == m_deployment)
        return;
    m_deployment = std::move(next);
    m_problems = validate(m_deployment);
    setModified(true);
    emit changed();
}

bool DeploymentModel::fieldUnder(const QString &field, const QString &prefix)
{
    if (!field.startsWith(prefix))
        return false;
    if (field.size() == prefix.size())
        return true;
    const QChar next = field.at(prefix.size());
    return next == u'.' || next == u'[';
}

QList<Problem> DeploymentModel::problems(const QString &prefix) const
{
    QList<Problem> out;
    for (const Problem &p : m_problems) {
        if (fieldUnder(p.field, prefix))
            out.append(p);
    }
    return out;
}

QList<Problem> DeploymentModel::problems(const QStringList &prefixes) const
{
    QList<Problem> out;
    for (const Problem &p : m_problems) {
        for (const QString &prefix : prefixes) {
            if (fieldUnder(p.field, prefix)) {
                out.append(p);
                break;
            }
        }
    }
    return out;
}

bool DeploymentModel::hasErrors(const QStringList &prefixes) const
{
    return phw::hasErrors(problems(prefixes));
}

QString DeploymentModel::messages(const QString &field) const
{
    QStringList lines;
    for (const Problem &p : m_problems) {
        if (p.field == field)
            lines.append(p.message);
    }
    return lines.join(u'\n');
}

bool DeploymentModel::save(const QString &path, QString *error)
{
    QSaveFile f(path);
    const QByteArray bytes = m_deployment.toJsonBytes();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, f.errorString());
        return false;
    }
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    setModified(false);
    return true;
}

bool DeploymentModel::open(const QString &path, QString *error)
{
    const LoadResult loaded = loadDeploymentFile(path);
    if (!loaded.ok()) {
        if (error) {
            QStringList lines;
            for (const Problem &p : loaded.problems)
                lines.append(p.message);
            *error = lines.join(u'\n');
        }
        return false;
    }
    reset(loaded.deployment, path);
    return true;
}

Deployment DeploymentModel::procedureDeployment()
{
    QFile f(u":/phw/wizard/examples/seed.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the procedure's deployment is missing from the resources");
    return loadDeployment(f.readAll()).deployment;
}

Deployment DeploymentModel::emptyDeployment()
{
    Deployment d;
    d.components = procedureDeployment().components;
    d.database.port = 5432;
    return d;
}

void DeploymentModel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(m_modified);
}

void DeploymentModel::setCurrentFiles(const Deployment &checked, const CurrentFiles &files)
{
    m_filesChecked = checked;
    m_currentFiles = files;
}

const CurrentFiles *DeploymentModel::currentFiles() const
{
    return m_filesChecked == m_deployment && !m_currentFiles.isEmpty() ? &m_currentFiles : nullptr;
}

} // namespace phw
