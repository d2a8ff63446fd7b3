#include "checkspage.h"

#include "hostkeydialog.h"
#include "secretstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace phw {

ChecksPage::ChecksPage(DeploymentModel *model, SecretStore *secrets, ConnectionOptions options,
                       QWidget *parent)
    : PageBase(model, {}, parent)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    setObjectName(u"checksPage"_qs);
    setTitle(tr("Preflight checks"));
    setSubTitle(tr("Every host is checked at once over SSH, as root: nothing is changed. Next "
                   "is enabled when nothing blocks and the warnings are acknowledged."));
    m_options.unknownKeys = UnknownKeyPolicy::Ask;

    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run the checks"), this);
    m_run->setObjectName(u"runChecksButton"_qs);
    m_cancel = new QPushButton(tr("S&top"), this);
    m_cancel->setObjectName(u"cancelChecksButton"_qs);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"checksProgress"_qs);
    m_progress->setAccessibleName(tr("Checks running"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addStretch();
    contentLayout()->addLayout(bar);
    m_status = new QLabel(tr("The checks have not run yet."), this);
    m_status->setObjectName(u"checksStatus"_qs);
    m_status->setWordWrap(true);
    contentLayout()->addWidget(m_status);

    auto *tableLabel = new QLabel(tr("&Findings:"), this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"checksTable"_qs);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setHorizontalHeaderLabels({tr("Host"), tr("Kind"), tr("Message"), tr("What to do")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // What happened and what to do share the width; rows grow with their wrapped text.
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    tableLabel->setBuddy(m_table);
    contentLayout()->addWidget(tableLabel);
    contentLayout()->addWidget(m_table, 1);

    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(u"acknowledgeWarnings"_qs);
    m_acknowledge->setVisible(false);
    contentLayout()->addWidget(m_acknowledge);

    connect(m_run, &QPushButton::clicked, this, &ChecksPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &ChecksPage::cancel);
    connect(m_acknowledge, &QCheckBox::toggled, this, &ChecksPage::completeChanged);
    connect(model, &DeploymentModel::changed, this, &ChecksPage::invalidate);
}

ChecksPage::~ChecksPage()
{
    stopPreflight();
}

bool ChecksPage::isComplete() const
{
    return m_done && !m_blocked && (m_warnings == 0 || m_acknowledge->isChecked()) &&
           m_checked == model()->deployment();
}

void ChecksPage::initializePage()
{
    // Not when the window only passes through on its way to the Exécution page.
    if (!m_done && !running() && !(wizard() && wizard()->property("phwPassingThrough").toBool()))
        run();
}

void ChecksPage::invalidate()
{
    if (!m_done || m_checked == model()->deployment())
        return;
    m_done = false;
    m_status->setText(tr("The deployment changed since the checks ran: run them again."));
    emit completeChanged();
}

void ChecksPage::stopPreflight()
{
    if (!m_preflight)
        return;
    m_preflight->disconnect(this);
    m_preflight->pool()->disconnect(this);
    delete m_preflight; // stops the workers (the engine's HostPool shuts its threads down)
    m_preflight = nullptr;
    m_provider.reset();
}

void ChecksPage::run()
{
    stopPreflight();
    m_done = false;
    m_checked = model()->deployment();
    m_table->setRowCount(0);
    m_acknowledge->setVisible(false);
    m_acknowledge->setChecked(false);
    m_run->setEnabled(false);
    m_run->setText(tr("&Run again"));
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_status->setText(tr("Connecting to every host…"));
    emit completeChanged();
    m_provider = std::make_unique<StoreSecretProvider>(m_secrets, m_checked.name);
    m_preflight = new Preflight(m_checked, m_options, m_provider.get(), this);
    connect(m_preflight, &Preflight::progress, this,
            [this](const QString &, const QString &text) { m_status->setText(text); });
    connect(m_preflight->pool(), &HostPool::hostKeyQuestion, this, &ChecksPage::askHostKey);
    connect(m_preflight, &Preflight::hostKeyChanged, this,
            [this](const QString &host, const QString &fingerprint, const QStringList &recorded,
                   const QString &hint) {
                emit changedHostKeyShown(
                    openChangedHostKeyDialog(this, host, fingerprint, recorded, hint));
            });
    connect(m_preflight, &Preflight::finished, this, [this] {
        const QList<PreflightItem> items = m_preflight->items();
        const CurrentFiles files = m_preflight->currentFiles();
        m_preflight->deleteLater();
        m_preflight->disconnect(this);
        m_preflight->pool()->disconnect(this);
        m_preflight = nullptr;
        showResults(items, files);
    });
    m_preflight->start();
}

void ChecksPage::cancel()
{
    stopPreflight();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_status->setText(tr("Checks stopped: run them again to go on."));
    emit completeChanged();
}

void ChecksPage::askHostKey(const QString &host, const QString &fingerprint)
{
    QMessageBox *box = openHostKeyDialog(this, host, fingerprint, [this, host](bool accept) {
        if (m_preflight)
            m_preflight->pool()->answerHostKey(host, accept);
    });
    emit hostKeyAsked(box);
}

void ChecksPage::showResults(const QList<PreflightItem> &items, const CurrentFiles &files)
{
    model()->setCurrentFiles(m_checked, files);
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_items = items;
    m_done = true;
    m_blocked = false;
    m_warnings = 0;
    QStringList warnings;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const PreflightItem &item = items.at(row);
        QString kind;
        QColor colour;
        switch (item.severity) {
        case PreflightItem::Severity::Blocking:
            kind = tr("blocking");
            colour = QColor(0xff, 0xd7, 0xd7);
            m_blocked = true;
            break;
        case PreflightItem::Severity::Warning:
            kind = tr("warning");
            colour = QColor(0xff, 0xf0, 0xc8);
            ++m_warnings;
            warnings.append(item.host.isEmpty() ? item.message
                                                : tr("%1: %2").arg(item.host, item.message));
            break;
        case PreflightItem::Severity::Info:
            kind = tr("information");
            break;
        }
        // Information needs no action; every finding that blocks or warns has its remedy.
        const QString hint = item.hint.isEmpty() && item.severity == PreflightItem::Severity::Info
                                 ? tr("Nothing to do.")
                                 : item.hint;
        const QStringList cells = {item.host.isEmpty() ? tr("all") : item.host, kind, item.message,
                                   hint};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c));
            if (colour.isValid())
                cell->setBackground(colour);
            m_table->setItem(row, c, cell);
        }
    }
    m_table->resizeRowsToContents();
    if (m_blocked)
        m_status->setText(tr("At least one finding blocks the installation: do what it says, "
                             "then run the checks again."));
    else if (m_warnings > 0)
        m_status->setText(tr("Nothing blocks; read the warnings and acknowledge them."));
    else
        m_status->setText(tr("Every check passed."));
    m_acknowledge->setVisible(!m_blocked && m_warnings > 0);
    m_acknowledge->setText(
        tr("I have read the %n warning(s) and go on anyway", nullptr, m_warnings));
    m_acknowledge->setToolTip(warnings.join(u'\n'));
    m_acknowledge->setAccessibleDescription(warnings.join(u'\n'));
    emit completeChanged();
}

} // namespace phw
