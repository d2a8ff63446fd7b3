#include "hostkeydialog.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace phw {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyDialog)
};
} // namespace

QMessageBox *openHostKeyDialog(QWidget *parent, const QString &host, const QString &fingerprint,
                               const std::function<void(bool)> &answer)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, Tr::tr("Unknown host key"),
        Tr::tr("The host key of %1 is not known yet. Its SHA256 fingerprint is:\n\n%2")
            .arg(host, fingerprint),
        QMessageBox::NoButton, parent);
    box->setObjectName(u"hostKeyDialog"_qs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        Tr::tr("Compare it with what the host itself shows, read on its console:\n"
               "ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n"
               "Accept only if both are the same; the key is then recorded in your known_hosts."));
    QAbstractButton *accept = box->addButton(Tr::tr("&Accept the key"), QMessageBox::AcceptRole);
    accept->setObjectName(u"acceptHostKeyButton"_qs);
    QPushButton *refuse = box->addButton(Tr::tr("&Refuse"), QMessageBox::RejectRole);
    refuse->setObjectName(u"refuseHostKeyButton"_qs);
    box->setDefaultButton(refuse);
    box->setEscapeButton(refuse);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [answer, accept](QAbstractButton *b) { answer(b == accept); });
    box->open();
    return box;
}

} // namespace phw
