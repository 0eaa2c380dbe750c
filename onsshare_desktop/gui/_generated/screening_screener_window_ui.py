# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'screener_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QMenu, QMenuBar, QStatusBar, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ScreenerWindow(object):
    def setupUi(self, ScreenerWindow):
        if not ScreenerWindow.objectName():
            ScreenerWindow.setObjectName(u"ScreenerWindow")
        ScreenerWindow.resize(1280, 820)
        self.actionImportPacks = QAction(ScreenerWindow)
        self.actionImportPacks.setObjectName(u"actionImportPacks")
        self.actionImportFolder = QAction(ScreenerWindow)
        self.actionImportFolder.setObjectName(u"actionImportFolder")
        self.actionExportCsv = QAction(ScreenerWindow)
        self.actionExportCsv.setObjectName(u"actionExportCsv")
        self.actionRequesterMode = QAction(ScreenerWindow)
        self.actionRequesterMode.setObjectName(u"actionRequesterMode")
        self.actionQuit = QAction(ScreenerWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionShowRegister = QAction(ScreenerWindow)
        self.actionShowRegister.setObjectName(u"actionShowRegister")
        self.actionCloseCase = QAction(ScreenerWindow)
        self.actionCloseCase.setObjectName(u"actionCloseCase")
        self.actionTrustedSigners = QAction(ScreenerWindow)
        self.actionTrustedSigners.setObjectName(u"actionTrustedSigners")
        self.centralWidget = QWidget(ScreenerWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.tabs = QTabWidget(self.centralWidget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)

        self.centralLayout.addWidget(self.tabs)

        ScreenerWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(ScreenerWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        ScreenerWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(ScreenerWindow)
        self.statusBar.setObjectName(u"statusBar")
        ScreenerWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuFile.addAction(self.actionImportPacks)
        self.menuFile.addAction(self.actionImportFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExportCsv)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionShowRegister)
        self.menuView.addAction(self.actionTrustedSigners)
        self.menuView.addAction(self.actionCloseCase)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionRequesterMode)

        self.retranslateUi(ScreenerWindow)
    # setupUi

    def retranslateUi(self, ScreenerWindow):
        ScreenerWindow.setWindowTitle(QCoreApplication.translate("ScreenerWindow", u"ONS data sharing requests: screening", None))
        self.actionImportPacks.setText(QCoreApplication.translate("ScreenerWindow", u"&Import packs\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImportPacks.setShortcut(QCoreApplication.translate("ScreenerWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.actionImportPacks.setToolTip(QCoreApplication.translate("ScreenerWindow", u"Verify and import signed PDF packs", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportFolder.setText(QCoreApplication.translate("ScreenerWindow", u"Import a &folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImportFolder.setToolTip(QCoreApplication.translate("ScreenerWindow", u"Verify and import every PDF in a folder", None))
#endif // QT_CONFIG(tooltip)
        self.actionExportCsv.setText(QCoreApplication.translate("ScreenerWindow", u"Export transparency &CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportCsv.setToolTip(QCoreApplication.translate("ScreenerWindow", u"Write the transparency register", None))
#endif // QT_CONFIG(tooltip)
        self.actionRequesterMode.setText(QCoreApplication.translate("ScreenerWindow", u"Re&quester mode", None))
#if QT_CONFIG(tooltip)
        self.actionRequesterMode.setToolTip(QCoreApplication.translate("ScreenerWindow", u"Switch to preparing requests (remembered for next time)", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("ScreenerWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("ScreenerWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowRegister.setText(QCoreApplication.translate("ScreenerWindow", u"&Register of received cases", None))
#if QT_CONFIG(shortcut)
        self.actionShowRegister.setShortcut(QCoreApplication.translate("ScreenerWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.actionCloseCase.setText(QCoreApplication.translate("ScreenerWindow", u"&Close case", None))
#if QT_CONFIG(shortcut)
        self.actionCloseCase.setShortcut(QCoreApplication.translate("ScreenerWindow", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionTrustedSigners.setText(QCoreApplication.translate("ScreenerWindow", u"&Trusted signers\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionTrustedSigners.setToolTip(QCoreApplication.translate("ScreenerWindow", u"The signer certificates you trust", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("ScreenerWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("ScreenerWindow", u"&View", None))
    # retranslateUi

