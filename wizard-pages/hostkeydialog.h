// The question asked when a host shows a key known_hosts does not have: its SHA256
// fingerprint, the command that shows it on the host, Accept / Refuse (Refuse by default).
// A changed key is never asked about: the engine refuses it, and the wizard says so in a
// red window of its own, with both fingerprints and no way to accept.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QMessageBox;
class QWidget;

namespace phw {

// Window-modal, opened without a nested event loop; answer(accepted) is called once.
QMessageBox *openHostKeyDialog(QWidget *parent, const QString &host, const QString &fingerprint,
                               const std::function<void(bool)> &answer);

// Window-modal, one button: Close. message and hint are the engine's (the same text that
// `check` prints); known: the fingerprints known_hosts records for the host.
QDialog *openChangedHostKeyDialog(QWidget *parent, const QString &host, const QString &fingerprint,
                                  const QStringList &known, const QString &hint);

} // namespace phw
