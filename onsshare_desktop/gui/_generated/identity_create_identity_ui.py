# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_identity.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_CreateIdentityDialog(object):
    def setupUi(self, CreateIdentityDialog):
        if not CreateIdentityDialog.objectName():
            CreateIdentityDialog.setObjectName(u"CreateIdentityDialog")
        CreateIdentityDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(CreateIdentityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CreateIdentityDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(CreateIdentityDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CreateIdentityDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.organisationLabel = QLabel(CreateIdentityDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(CreateIdentityDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.emailLabel = QLabel(CreateIdentityDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(CreateIdentityDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.passphraseLabel = QLabel(CreateIdentityDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(CreateIdentityDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(CreateIdentityDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(CreateIdentityDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.rememberCheck = QCheckBox(CreateIdentityDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.mainLayout.addLayout(self.form)

        self.problemLabel = QLabel(CreateIdentityDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CreateIdentityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.rememberCheck)

        self.retranslateUi(CreateIdentityDialog)
    # setupUi

    def retranslateUi(self, CreateIdentityDialog):
        CreateIdentityDialog.setWindowTitle(QCoreApplication.translate("CreateIdentityDialog", u"Create a signing identity", None))
        self.introLabel.setText(QCoreApplication.translate("CreateIdentityDialog", u"A new signing key is made on this computer. It never leaves it, and it is stored encrypted under your passphrase.", None))
        self.nameLabel.setText(QCoreApplication.translate("CreateIdentityDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CreateIdentityDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("CreateIdentityDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("CreateIdentityDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("CreateIdentityDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("CreateIdentityDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("CreateIdentityDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("CreateIdentityDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("CreateIdentityDialog", u"Con&firm passphrase:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("CreateIdentityDialog", u"Confirm passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.rememberCheck.setText(QCoreApplication.translate("CreateIdentityDialog", u"&Remember the passphrase in the system keyring", None))
    # retranslateUi

