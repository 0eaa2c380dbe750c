# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compare_versions.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout)

class Ui_CompareVersionsDialog(object):
    def setupUi(self, CompareVersionsDialog):
        if not CompareVersionsDialog.objectName():
            CompareVersionsDialog.setObjectName(u"CompareVersionsDialog")
        CompareVersionsDialog.resize(900, 640)
        self.compareLayout = QVBoxLayout(CompareVersionsDialog)
        self.compareLayout.setObjectName(u"compareLayout")
        self.versionsRow = QHBoxLayout()
        self.versionsRow.setObjectName(u"versionsRow")
        self.fromLabel = QLabel(CompareVersionsDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.versionsRow.addWidget(self.fromLabel)

        self.fromCombo = QComboBox(CompareVersionsDialog)
        self.fromCombo.setObjectName(u"fromCombo")

        self.versionsRow.addWidget(self.fromCombo)

        self.toLabel = QLabel(CompareVersionsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.versionsRow.addWidget(self.toLabel)

        self.toCombo = QComboBox(CompareVersionsDialog)
        self.toCombo.setObjectName(u"toCombo")

        self.versionsRow.addWidget(self.toCombo)

        self.versionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versionsRow.addItem(self.versionsSpacer)


        self.compareLayout.addLayout(self.versionsRow)

        self.summaryLabel = QLabel(CompareVersionsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.compareLayout.addWidget(self.summaryLabel)

        self.diffBrowser = QTextBrowser(CompareVersionsDialog)
        self.diffBrowser.setObjectName(u"diffBrowser")
        self.diffBrowser.setOpenLinks(False)

        self.compareLayout.addWidget(self.diffBrowser)

        self.buttonBox = QDialogButtonBox(CompareVersionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.compareLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromCombo)
        self.toLabel.setBuddy(self.toCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompareVersionsDialog)
    # setupUi

    def retranslateUi(self, CompareVersionsDialog):
        CompareVersionsDialog.setWindowTitle(QCoreApplication.translate("CompareVersionsDialog", u"Compare two versions", None))
        self.fromLabel.setText(QCoreApplication.translate("CompareVersionsDialog", u"&From version:", None))
#if QT_CONFIG(accessibility)
        self.fromCombo.setAccessibleName(QCoreApplication.translate("CompareVersionsDialog", u"From version", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("CompareVersionsDialog", u"&To version:", None))
#if QT_CONFIG(accessibility)
        self.toCombo.setAccessibleName(QCoreApplication.translate("CompareVersionsDialog", u"To version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.diffBrowser.setAccessibleName(QCoreApplication.translate("CompareVersionsDialog", u"What changed between the two versions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

