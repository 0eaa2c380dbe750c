# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_RequestEditor(object):
    def setupUi(self, RequestEditor):
        if not RequestEditor.objectName():
            RequestEditor.setObjectName(u"RequestEditor")
        RequestEditor.resize(1024, 740)
        self.centralWidget = QWidget(RequestEditor)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.sectionList = QListWidget(self.centralWidget)
        self.sectionList.setObjectName(u"sectionList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sectionList.sizePolicy().hasHeightForWidth())
        self.sectionList.setSizePolicy(sizePolicy)
        self.sectionList.setMinimumSize(QSize(190, 0))
        self.sectionList.setMaximumSize(QSize(240, 16777215))
        self.sectionList.setResizeMode(QListView.ResizeMode.Adjust)
        self.sectionList.setWordWrap(True)
        self.sectionList.setSpacing(4)

        self.centralLayout.addWidget(self.sectionList)

        self.pageLayout = QVBoxLayout()
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.pageLayout.addWidget(self.pageStack)

        self.navigationRow = QHBoxLayout()
        self.navigationRow.setObjectName(u"navigationRow")
        self.savedLabel = QLabel(self.centralWidget)
        self.savedLabel.setObjectName(u"savedLabel")

        self.navigationRow.addWidget(self.savedLabel)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationRow.addItem(self.navigationSpacer)

        self.backButton = QPushButton(self.centralWidget)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.navigationRow.addWidget(self.backButton)

        self.nextButton = QPushButton(self.centralWidget)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.navigationRow.addWidget(self.nextButton)


        self.pageLayout.addLayout(self.navigationRow)


        self.centralLayout.addLayout(self.pageLayout)

        self.centralLayout.setStretch(1, 1)
        RequestEditor.setCentralWidget(self.centralWidget)

        self.retranslateUi(RequestEditor)
    # setupUi

    def retranslateUi(self, RequestEditor):
        RequestEditor.setWindowTitle(QCoreApplication.translate("RequestEditor", u"Request", None))
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.savedLabel.setAccessibleName(QCoreApplication.translate("RequestEditor", u"Save status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("RequestEditor", u"Previous section (Alt+Left or Ctrl+Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("RequestEditor", u"< &Back", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("RequestEditor", u"Next section (Alt+Right or Ctrl+Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("RequestEditor", u"&Next >", None))
    # retranslateUi

