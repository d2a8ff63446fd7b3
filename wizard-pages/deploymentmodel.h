// The wizard's one model: owns the engine's Deployment, validates it on every change and
// says so. Every page reads and writes the deployment through this object only; the
// problems it shows are validate()'s, by field.
#pragma once

#include "deployment.h"
#include "preflight.h"
#include "problem.h"

#include <QObject>
#include <functional>

namespace phw {

class DeploymentModel : public QObject
{
    Q_OBJECT
public:
    explicit DeploymentModel(QObject *parent = nullptr);

    const Deployment &deployment() const { return m_deployment; }
    // Replaces the whole deployment (new, opened); the result is unmodified.
    void reset(const Deployment &deployment, const QString &filePath = {});
    // Changes the deployment in place; revalidates and emits changed() when it differs.
    void edit(const std::function<void(Deployment &)> &change);

    // validate()'s problems whose field is prefix, or lies under it ("hosts" covers
    // "hosts[1].port"; "hosts[1].port" covers only itself and its sub-fields).
    QList<Problem> problems(const QString &prefix) const;
    QList<Problem> problems(const QStringList &prefixes) const;
    const QList<Problem> &allProblems() const { return m_problems; }
    bool hasErrors(const QStringList &prefixes) const;
    // The messages of the problems of exactly one field, one a line (empty: none).
    QString messages(const QString &field) const;

    bool isModified() const { return m_modified; }
    // A restored draft: its changes are not saved anywhere yet.
    void markModified() { setModified(true); }
    QString filePath() const { return m_filePath; }

    // The engine's JSON file (no secret in it). False with a translated reason on failure.
    bool save(const QString &path, QString *error);
    bool open(const QString &path, QString *error);

    // The deployment the procedure describes (examples/seed.json, in the resources).
    static Deployment procedureDeployment();
    // An empty deployment: the procedure's components, nothing else filled in.
    static Deployment emptyDeployment();

    static bool fieldUnder(const QString &field, const QString &prefix);

    // What the last preflight read of the files the plan writes (the preview's diffs); null
    // once the deployment differs from the one checked.
    void setCurrentFiles(const Deployment &checked, const CurrentFiles &files);
    const CurrentFiles *currentFiles() const;

signals:
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void setModified(bool modified);

    Deployment m_deployment;
    QList<Problem> m_problems;
    QString m_filePath;
    bool m_modified = false;
    Deployment m_filesChecked;
    CurrentFiles m_currentFiles;
};

} // namespace phw
