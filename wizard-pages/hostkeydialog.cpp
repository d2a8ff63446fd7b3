#include "hostkeydialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace phw {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyDialog)
};
// A style icon at its logical size on the widget's screen: the style may hold it only at
// 100 % (a 32 px image asked at 200 % comes back 32 px, drawn half size), so it is scaled up
// to the pixel ratio, never shown smaller than the other windows' icons.
QPixmap iconPixmap(QWidget *widget, QStyle::StandardPixmap which)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, widget);
    const qreal ratio = widget->devicePixelRatioF();
    QPixmap pixmap =
        widget->style()->standardIcon(which, nullptr, widget).pixmap(QSize(size, size), ratio);
    if (pixmap.devicePixelRatio() < ratio) {
        pixmap =
            pixmap.scaled(QSize(size, size) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
    }
    return pixmap;
}

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
    box->setIconPixmap(iconPixmap(box, QStyle::SP_MessageBoxQuestion));
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

QDialog *openChangedHostKeyDialog(QWidget *parent, const QString &host, const QString &fingerprint,
                                  const QStringList &known, const QString &hint)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"changedHostKeyDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(Tr::tr("Changed host key"));
    auto *layout = new QVBoxLayout(dialog);

    // The banner: red, with the critical icon, sized by the style (right at any scaling).
    auto *banner = new QWidget(dialog);
    banner->setObjectName(u"changedHostKeyBanner"_qs);
    banner->setAutoFillBackground(true);
    QPalette red = banner->palette();
    red.setColor(QPalette::Window, QColor(0xb0, 0x00, 0x20));
    red.setColor(QPalette::WindowText, Qt::white);
    banner->setPalette(red);
    auto *bannerLayout = new QHBoxLayout(banner);
    auto *icon = new QLabel(banner);
    icon->setObjectName(u"changedHostKeyIcon"_qs);
    icon->setPixmap(iconPixmap(dialog, QStyle::SP_MessageBoxCritical));
    auto *headline = new QLabel(
        Tr::tr("The host key of %1 has CHANGED: nothing was sent to this host.").arg(host), banner);
    headline->setObjectName(u"changedHostKeyHeadline"_qs);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    bannerLayout->addWidget(icon, 0, Qt::AlignTop);
    bannerLayout->addWidget(headline, 1);
    layout->addWidget(banner);

    auto *form = new QFormLayout;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto fingerprintLabel = [dialog, &fixed](const QString &name, const QString &text) {
        auto *l = new QLabel(text, dialog);
        l->setObjectName(name);
        l->setFont(fixed);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    form->addRow(Tr::tr("The host shows now:"),
                 fingerprintLabel(u"changedKeyShown"_qs, fingerprint));
    form->addRow(Tr::tr("Your known_hosts records:"),
                 fingerprintLabel(u"changedKeyRecorded"_qs, known.join(u'\n')));
    layout->addLayout(form);

    auto *what = new QLabel(Tr::tr("The wizard never accepts a changed key. %1").arg(hint), dialog);
    what->setObjectName(u"changedHostKeyHint"_qs);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeChangedHostKeyButton"_qs);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 90,
                   dialog->sizeHint().height());
    dialog->open();
    return dialog;
}

} // namespace phw
