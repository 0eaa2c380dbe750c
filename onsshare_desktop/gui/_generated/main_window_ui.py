# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit,
    QMenu, QMenuBar, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(960, 640)
        self.actionNew = QAction(MainWindow)
        self.actionNew.setObjectName(u"actionNew")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionCopyAsNew = QAction(MainWindow)
        self.actionCopyAsNew.setObjectName(u"actionCopyAsNew")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionShowDeleted = QAction(MainWindow)
        self.actionShowDeleted.setObjectName(u"actionShowDeleted")
        self.actionShowDeleted.setCheckable(True)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionOpenExample = QAction(MainWindow)
        self.actionOpenExample.setObjectName(u"actionOpenExample")
        self.actionIdentity = QAction(MainWindow)
        self.actionIdentity.setObjectName(u"actionIdentity")
        self.actionRestoreBackup = QAction(MainWindow)
        self.actionRestoreBackup.setObjectName(u"actionRestoreBackup")
        self.actionScreenerMode = QAction(MainWindow)
        self.actionScreenerMode.setObjectName(u"actionScreenerMode")
        self.actionCheckHistory = QAction(MainWindow)
        self.actionCheckHistory.setObjectName(u"actionCheckHistory")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.viewTitleLabel = QLabel(self.centralWidget)
        self.viewTitleLabel.setObjectName(u"viewTitleLabel")
        self.viewTitleLabel.setProperty(u"heading", True)
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.viewTitleLabel.setFont(font)

        self.headerLayout.addWidget(self.viewTitleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.searchLabel = QLabel(self.centralWidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.headerLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)


        self.centralLayout.addLayout(self.headerLayout)

        self.pagesStack = QStackedWidget(self.centralWidget)
        self.pagesStack.setObjectName(u"pagesStack")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingTopSpacer)

        self.loadingLabelLayout = QHBoxLayout()
        self.loadingLabelLayout.setObjectName(u"loadingLabelLayout")
        self.loadingLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loadingLabelLayout.addItem(self.loadingLeftSpacer)

        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")

        self.loadingLabelLayout.addWidget(self.loadingLabel)

        self.loadingRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loadingLabelLayout.addItem(self.loadingRightSpacer)


        self.loadingLayout.addLayout(self.loadingLabelLayout)

        self.loadingProgress = QProgressBar(self.loadingPage)
        self.loadingProgress.setObjectName(u"loadingProgress")
        self.loadingProgress.setMaximum(0)
        self.loadingProgress.setTextVisible(False)

        self.loadingLayout.addWidget(self.loadingProgress)

        self.loadingBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingBottomSpacer)

        self.pagesStack.addWidget(self.loadingPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        font1 = QFont()
        font1.setPointSize(11)
        self.emptyLabel.setFont(font1)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtonsLayout = QHBoxLayout()
        self.emptyButtonsLayout.setObjectName(u"emptyButtonsLayout")
        self.emptyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonsLayout.addItem(self.emptyLeftSpacer)

        self.newRequestButton = QPushButton(self.emptyPage)
        self.newRequestButton.setObjectName(u"newRequestButton")

        self.emptyButtonsLayout.addWidget(self.newRequestButton)

        self.openExampleButton = QPushButton(self.emptyPage)
        self.openExampleButton.setObjectName(u"openExampleButton")

        self.emptyButtonsLayout.addWidget(self.openExampleButton)

        self.emptyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonsLayout.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtonsLayout)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.pagesStack.addWidget(self.emptyPage)
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.draftsView = QTableView(self.listPage)
        self.draftsView.setObjectName(u"draftsView")
        self.draftsView.setTabKeyNavigation(False)
        self.draftsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsView.setAlternatingRowColors(True)
        self.draftsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftsView.setSortingEnabled(True)
        self.draftsView.setWordWrap(False)
        self.draftsView.horizontalHeader().setStretchLastSection(False)
        self.draftsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.draftsView)

        self.pagesStack.addWidget(self.listPage)

        self.centralLayout.addWidget(self.pagesStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.draftMenu = QMenu(self.menuBar)
        self.draftMenu.setObjectName(u"draftMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        MainWindow.addToolBar(self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.draftsView)
        QWidget.setTabOrder(self.draftsView, self.newRequestButton)
        QWidget.setTabOrder(self.newRequestButton, self.openExampleButton)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.draftMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionNew)
        self.fileMenu.addAction(self.actionOpenExample)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionIdentity)
        self.fileMenu.addAction(self.actionRestoreBackup)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.draftMenu.addAction(self.actionOpen)
        self.draftMenu.addAction(self.actionCopyAsNew)
        self.draftMenu.addAction(self.actionDelete)
        self.draftMenu.addAction(self.actionRestore)
        self.viewMenu.addAction(self.actionShowDeleted)
        self.viewMenu.addAction(self.actionFind)
        self.viewMenu.addSeparator()
        self.viewMenu.addAction(self.actionScreenerMode)
        self.helpMenu.addAction(self.actionCheckHistory)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNew)
        self.mainToolBar.addAction(self.actionOpen)
        self.mainToolBar.addAction(self.actionCopyAsNew)
        self.mainToolBar.addAction(self.actionDelete)
        self.mainToolBar.addAction(self.actionRestore)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionShowDeleted)

        self.retranslateUi(MainWindow)

        self.newRequestButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ONS data sharing requests", None))
        self.actionNew.setText(QCoreApplication.translate("MainWindow", u"&New request", None))
#if QT_CONFIG(tooltip)
        self.actionNew.setToolTip(QCoreApplication.translate("MainWindow", u"Start a new request (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.actionOpen.setToolTip(QCoreApplication.translate("MainWindow", u"Open the selected draft (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.actionCopyAsNew.setText(QCoreApplication.translate("MainWindow", u"&Copy as new", None))
#if QT_CONFIG(tooltip)
        self.actionCopyAsNew.setToolTip(QCoreApplication.translate("MainWindow", u"Start a new request with the selected draft's answers (Ctrl+Shift+C)", None))
#endif // QT_CONFIG(tooltip)
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.actionDelete.setToolTip(QCoreApplication.translate("MainWindow", u"Move the selected draft to Deleted drafts, where it can be restored (Del)", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"&Restore", None))
#if QT_CONFIG(tooltip)
        self.actionRestore.setToolTip(QCoreApplication.translate("MainWindow", u"Bring the selected deleted draft back (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.actionShowDeleted.setText(QCoreApplication.translate("MainWindow", u"Deleted dra&fts", None))
#if QT_CONFIG(tooltip)
        self.actionShowDeleted.setToolTip(QCoreApplication.translate("MainWindow", u"Show deleted drafts instead of current ones (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
        self.actionOpenExample.setText(QCoreApplication.translate("MainWindow", u"Open an &example\u2026", None))
        self.actionIdentity.setText(QCoreApplication.translate("MainWindow", u"&Signing identity\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionIdentity.setToolTip(QCoreApplication.translate("MainWindow", u"Create or import the identity that signs your packs, and export your certificate", None))
#endif // QT_CONFIG(tooltip)
        self.actionRestoreBackup.setText(QCoreApplication.translate("MainWindow", u"Restore a &backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionRestoreBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Go back to the drafts as they were in a backup (your current drafts are backed up first)", None))
#endif // QT_CONFIG(tooltip)
        self.actionScreenerMode.setText(QCoreApplication.translate("MainWindow", u"S&creener mode", None))
#if QT_CONFIG(tooltip)
        self.actionScreenerMode.setToolTip(QCoreApplication.translate("MainWindow", u"Switch to the ONS screener's register of received packs (remembered for next time)", None))
#endif // QT_CONFIG(tooltip)
        self.actionCheckHistory.setText(QCoreApplication.translate("MainWindow", u"&Check the history\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionCheckHistory.setToolTip(QCoreApplication.translate("MainWindow", u"Recompute the tamper-evident history of every case and say whether anything was changed", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About", None))
        self.viewTitleLabel.setText(QCoreApplication.translate("MainWindow", u"Drafts", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search drafts", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Title, organisation or reference", None))
        self.loadingLabel.setText(QCoreApplication.translate("MainWindow", u"Opening your drafts\u2026", None))
#if QT_CONFIG(accessibility)
        self.loadingProgress.setAccessibleName(QCoreApplication.translate("MainWindow", u"Opening drafts", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("MainWindow", u"Prepare a request to the Office for National Statistics to share data with your organisation, then export it as a signed PDF pack to send to ONS.", None))
        self.newRequestButton.setText(QCoreApplication.translate("MainWindow", u"Start a &new request", None))
        self.openExampleButton.setText(QCoreApplication.translate("MainWindow", u"See an &example\u2026", None))
#if QT_CONFIG(accessibility)
        self.draftsView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Drafts", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.draftMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Draft", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

