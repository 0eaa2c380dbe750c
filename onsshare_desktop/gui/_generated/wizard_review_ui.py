# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout,
    QWidget)

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(760, 900)
        self.pageLayout = QVBoxLayout(ReviewPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 16)
        self.titleLabel = QLabel(ReviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"heading", True)
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReviewPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.summaryHint = QLabel(ReviewPage)
        self.summaryHint.setObjectName(u"summaryHint")
        self.summaryHint.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryHint)

        self.summaryTree = QTreeWidget(ReviewPage)
        self.summaryTree.setObjectName(u"summaryTree")
        self.summaryTree.setMinimumSize(QSize(0, 220))
        self.summaryTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryTree.setWordWrap(True)
        self.summaryTree.setColumnCount(2)
        self.summaryTree.header().setStretchLastSection(True)

        self.pageLayout.addWidget(self.summaryTree)

        self.declarationContainer = QWidget(ReviewPage)
        self.declarationContainer.setObjectName(u"declarationContainer")
        self.declarationLayout = QVBoxLayout(self.declarationContainer)
        self.declarationLayout.setObjectName(u"declarationLayout")
        self.declarationLayout.setContentsMargins(0, 8, 0, 0)

        self.pageLayout.addWidget(self.declarationContainer)

        self.statusLabel = QLabel(ReviewPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.finishRow = QHBoxLayout()
        self.finishRow.setObjectName(u"finishRow")
        self.finishSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.finishRow.addItem(self.finishSpacer)

        self.finishButton = QPushButton(ReviewPage)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setEnabled(False)
        self.finishButton.setAutoDefault(False)

        self.finishRow.addWidget(self.finishButton)


        self.pageLayout.addLayout(self.finishRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        self.summaryHint.setText(QCoreApplication.translate("ReviewPage", u"Each section with how complete it is. Choose a problem (Enter or click) to go to the question.", None))
        ___qtreewidgetitem = self.summaryTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewPage", u"Status", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewPage", u"Section or question", None))
#if QT_CONFIG(accessibility)
        self.summaryTree.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Sections and problems", None))
#endif // QT_CONFIG(accessibility)
        self.finishButton.setText(QCoreApplication.translate("ReviewPage", u"&Export signed pack\u2026", None))
        pass
    # retranslateUi

