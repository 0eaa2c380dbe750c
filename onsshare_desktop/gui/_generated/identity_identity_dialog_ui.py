# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identity_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout)

class Ui_IdentityDialog(object):
    def setupUi(self, IdentityDialog):
        if not IdentityDialog.objectName():
            IdentityDialog.setObjectName(u"IdentityDialog")
        IdentityDialog.resize(560, 320)
        self.mainLayout = QVBoxLayout(IdentityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(IdentityDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.identityGroup = QGroupBox(IdentityDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.nameCaption = QLabel(self.identityGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameValueLabel = QLabel(self.identityGroup)
        self.nameValueLabel.setObjectName(u"nameValueLabel")
        self.nameValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValueLabel)

        self.organisationCaption = QLabel(self.identityGroup)
        self.organisationCaption.setObjectName(u"organisationCaption")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationCaption)

        self.organisationValueLabel = QLabel(self.identityGroup)
        self.organisationValueLabel.setObjectName(u"organisationValueLabel")
        self.organisationValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationValueLabel)

        self.emailCaption = QLabel(self.identityGroup)
        self.emailCaption.setObjectName(u"emailCaption")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValueLabel = QLabel(self.identityGroup)
        self.emailValueLabel.setObjectName(u"emailValueLabel")
        self.emailValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailValueLabel)

        self.fingerprintCaption = QLabel(self.identityGroup)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintValueLabel = QLabel(self.identityGroup)
        self.fingerprintValueLabel.setObjectName(u"fingerprintValueLabel")
        self.fingerprintValueLabel.setWordWrap(True)
        self.fingerprintValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fingerprintValueLabel)


        self.mainLayout.addWidget(self.identityGroup)

        self.keyringLabel = QLabel(IdentityDialog)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keyringLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.createButton = QPushButton(IdentityDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttonsLayout.addWidget(self.createButton)

        self.importButton = QPushButton(IdentityDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.exportCertButton = QPushButton(IdentityDialog)
        self.exportCertButton.setObjectName(u"exportCertButton")

        self.buttonsLayout.addWidget(self.exportCertButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(IdentityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(IdentityDialog)
    # setupUi

    def retranslateUi(self, IdentityDialog):
        IdentityDialog.setWindowTitle(QCoreApplication.translate("IdentityDialog", u"Signing identity", None))
        self.introLabel.setText(QCoreApplication.translate("IdentityDialog", u"Packs you export are signed with this identity. Send your certificate to ONS through another channel (for example by e-mail from your work address) so they can check that a pack really comes from you.", None))
        self.identityGroup.setTitle(QCoreApplication.translate("IdentityDialog", u"Your identity", None))
        self.nameCaption.setText(QCoreApplication.translate("IdentityDialog", u"Name:", None))
        self.organisationCaption.setText(QCoreApplication.translate("IdentityDialog", u"Organisation:", None))
        self.emailCaption.setText(QCoreApplication.translate("IdentityDialog", u"E-mail:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("IdentityDialog", u"Fingerprint (SHA-256):", None))
        self.createButton.setText(QCoreApplication.translate("IdentityDialog", u"&Create\u2026", None))
        self.importButton.setText(QCoreApplication.translate("IdentityDialog", u"&Use an organisation key file\u2026", None))
        self.exportCertButton.setText(QCoreApplication.translate("IdentityDialog", u"&Save my certificate\u2026", None))
    # retranslateUi

