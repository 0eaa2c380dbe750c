# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trust_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_TrustDialog(object):
    def setupUi(self, TrustDialog):
        if not TrustDialog.objectName():
            TrustDialog.setObjectName(u"TrustDialog")
        TrustDialog.resize(820, 420)
        self.trustLayout = QVBoxLayout(TrustDialog)
        self.trustLayout.setObjectName(u"trustLayout")
        self.trustIntroLabel = QLabel(TrustDialog)
        self.trustIntroLabel.setObjectName(u"trustIntroLabel")
        self.trustIntroLabel.setWordWrap(True)

        self.trustLayout.addWidget(self.trustIntroLabel)

        self.signersTree = QTreeWidget(TrustDialog)
        self.signersTree.setObjectName(u"signersTree")
        self.signersTree.setRootIsDecorated(False)
        self.signersTree.setAlternatingRowColors(True)
        self.signersTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signersTree.setColumnCount(4)

        self.trustLayout.addWidget(self.signersTree)

        self.trustStatusLabel = QLabel(TrustDialog)
        self.trustStatusLabel.setObjectName(u"trustStatusLabel")
        self.trustStatusLabel.setWordWrap(True)

        self.trustLayout.addWidget(self.trustStatusLabel)

        self.trustButtons = QHBoxLayout()
        self.trustButtons.setObjectName(u"trustButtons")
        self.importCertButton = QPushButton(TrustDialog)
        self.importCertButton.setObjectName(u"importCertButton")
        self.importCertButton.setAutoDefault(False)

        self.trustButtons.addWidget(self.importCertButton)

        self.removeButton = QPushButton(TrustDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)
        self.removeButton.setEnabled(False)

        self.trustButtons.addWidget(self.removeButton)

        self.trustSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trustButtons.addItem(self.trustSpacer)

        self.closeButton = QPushButton(TrustDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.trustButtons.addWidget(self.closeButton)


        self.trustLayout.addLayout(self.trustButtons)


        self.retranslateUi(TrustDialog)
    # setupUi

    def retranslateUi(self, TrustDialog):
        TrustDialog.setWindowTitle(QCoreApplication.translate("TrustDialog", u"Trusted signers", None))
        self.trustIntroLabel.setText(QCoreApplication.translate("TrustDialog", u"Packs signed by these certificates are marked \u201csigner confirmed\u201d. Add a certificate only after checking its fingerprint with the signer over a channel you trust.", None))
        ___qtreewidgetitem = self.signersTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TrustDialog", u"Valid until", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TrustDialog", u"Fingerprint (SHA-256)", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TrustDialog", u"Organisation", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TrustDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.signersTree.setAccessibleName(QCoreApplication.translate("TrustDialog", u"Trusted signers", None))
#endif // QT_CONFIG(accessibility)
        self.importCertButton.setText(QCoreApplication.translate("TrustDialog", u"&Import certificate\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("TrustDialog", u"&Remove", None))
        self.closeButton.setText(QCoreApplication.translate("TrustDialog", u"&Close", None))
    # retranslateUi

