// The question asked when a host shows a key known_hosts does not have: its SHA256
// fingerprint, the command that shows it on the host, Accept / Refuse (Refuse by default).
// A changed key is never asked about: the engine refuses it.
#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace phw {

// Window-modal, opened without a nested event loop; answer(accepted) is called once.
QMessageBox *openHostKeyDialog(QWidget *parent, const QString &host, const QString &fingerprint,
                               const std::function<void(bool)> &answer);

} // namespace phw
