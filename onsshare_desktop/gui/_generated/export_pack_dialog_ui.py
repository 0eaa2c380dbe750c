# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_pack_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportPackDialog(object):
    def setupUi(self, ExportPackDialog):
        if not ExportPackDialog.objectName():
            ExportPackDialog.setObjectName(u"ExportPackDialog")
        ExportPackDialog.resize(640, 200)
        self.mainLayout = QVBoxLayout(ExportPackDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ExportPackDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileCaption = QLabel(ExportPackDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileLayout.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(ExportPackDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportPackDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.encryptionGroup = QGroupBox(ExportPackDialog)
        self.encryptionGroup.setObjectName(u"encryptionGroup")
        self.encryptionLayout = QVBoxLayout(self.encryptionGroup)
        self.encryptionLayout.setObjectName(u"encryptionLayout")
        self.encryptCheckBox = QCheckBox(self.encryptionGroup)
        self.encryptCheckBox.setObjectName(u"encryptCheckBox")

        self.encryptionLayout.addWidget(self.encryptCheckBox)

        self.encryptHintLabel = QLabel(self.encryptionGroup)
        self.encryptHintLabel.setObjectName(u"encryptHintLabel")
        self.encryptHintLabel.setWordWrap(True)
        self.encryptHintLabel.setIndent(24)

        self.encryptionLayout.addWidget(self.encryptHintLabel)

        self.certificateLayout = QHBoxLayout()
        self.certificateLayout.setObjectName(u"certificateLayout")
        self.certificateLabel = QLabel(self.encryptionGroup)
        self.certificateLabel.setObjectName(u"certificateLabel")
        self.certificateLabel.setWordWrap(True)
        self.certificateLabel.setIndent(24)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.certificateLabel.sizePolicy().hasHeightForWidth())
        self.certificateLabel.setSizePolicy(sizePolicy)
        self.certificateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.certificateLayout.addWidget(self.certificateLabel)

        self.chooseCertificateButton = QPushButton(self.encryptionGroup)
        self.chooseCertificateButton.setObjectName(u"chooseCertificateButton")
        self.chooseCertificateButton.setAutoDefault(False)

        self.certificateLayout.addWidget(self.chooseCertificateButton)


        self.encryptionLayout.addLayout(self.certificateLayout)


        self.mainLayout.addWidget(self.encryptionGroup)

        self.problemLabel = QLabel(ExportPackDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExportPackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.encryptCheckBox)
        QWidget.setTabOrder(self.encryptCheckBox, self.chooseCertificateButton)
        QWidget.setTabOrder(self.chooseCertificateButton, self.buttonBox)

        self.retranslateUi(ExportPackDialog)
    # setupUi

    def retranslateUi(self, ExportPackDialog):
        ExportPackDialog.setWindowTitle(QCoreApplication.translate("ExportPackDialog", u"Save the signed pack", None))
        self.introLabel.setText(QCoreApplication.translate("ExportPackDialog", u"The request is signed with your key and saved as one file to send to ONS.", None))
        self.fileCaption.setText(QCoreApplication.translate("ExportPackDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ExportPackDialog", u"Save as", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportPackDialog", u"&Browse\u2026", None))
        self.encryptionGroup.setTitle(QCoreApplication.translate("ExportPackDialog", u"Sending by e-mail or on a USB stick", None))
        self.encryptCheckBox.setText(QCoreApplication.translate("ExportPackDialog", u"&Encrypt for ONS", None))
#if QT_CONFIG(accessibility)
        self.encryptCheckBox.setAccessibleName(QCoreApplication.translate("ExportPackDialog", u"Encrypt for ONS", None))
#endif // QT_CONFIG(accessibility)
        self.encryptHintLabel.setText(QCoreApplication.translate("ExportPackDialog", u"Only ONS can open an encrypted pack (a .p7m file): nobody who finds or intercepts it can read it.", None))
        self.chooseCertificateButton.setText(QCoreApplication.translate("ExportPackDialog", u"C&hoose certificate\u2026", None))
    # retranslateUi

