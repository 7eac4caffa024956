#include "MainWindow.h"

#include "AboutDialog.h"

#include <QLabel>
#include <QMenuBar>

namespace slp::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SLP Console"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SLP Console"), this, [this] { AboutDialog(this).exec(); });
    auto *placeholder = new QLabel(tr("No devices yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1200, 800);
}

} // namespace slp::ui
