# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'share_records.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_ShareRecordsPage(object):
    def setupUi(self, ShareRecordsPage):
        if not ShareRecordsPage.objectName():
            ShareRecordsPage.setObjectName(u"ShareRecordsPage")
        ShareRecordsPage.resize(760, 620)
        self.shareRecordsLayout = QVBoxLayout(ShareRecordsPage)
        self.shareRecordsLayout.setObjectName(u"shareRecordsLayout")
        self.shareTitleLabel = QLabel(ShareRecordsPage)
        self.shareTitleLabel.setObjectName(u"shareTitleLabel")
        self.shareTitleLabel.setProperty(u"heading", True)
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.shareTitleLabel.setFont(font)

        self.shareRecordsLayout.addWidget(self.shareTitleLabel)

        self.introLabel = QLabel(ShareRecordsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.shareRecordsLayout.addWidget(self.introLabel)

        self.recordsTree = QTreeWidget(ShareRecordsPage)
        self.recordsTree.setObjectName(u"recordsTree")
        self.recordsTree.setRootIsDecorated(False)
        self.recordsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsTree.setColumnCount(5)

        self.shareRecordsLayout.addWidget(self.recordsTree)

        self.addRecordBox = QGroupBox(ShareRecordsPage)
        self.addRecordBox.setObjectName(u"addRecordBox")
        self.addRecordLayout = QFormLayout(self.addRecordBox)
        self.addRecordLayout.setObjectName(u"addRecordLayout")
        self.kindLabel = QLabel(self.addRecordBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.addRecordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.addRecordBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.addRecordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.referenceLabel = QLabel(self.addRecordBox)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.addRecordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.addRecordBox)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(200)

        self.addRecordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.datedLabel = QLabel(self.addRecordBox)
        self.datedLabel.setObjectName(u"datedLabel")

        self.addRecordLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datedLabel)

        self.datedEdit = QLineEdit(self.addRecordBox)
        self.datedEdit.setObjectName(u"datedEdit")
        self.datedEdit.setMaxLength(10)

        self.addRecordLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.datedEdit)

        self.fileLabel = QLabel(self.addRecordBox)
        self.fileLabel.setObjectName(u"fileLabel")

        self.addRecordLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.chosenFileLabel = QLabel(self.addRecordBox)
        self.chosenFileLabel.setObjectName(u"chosenFileLabel")
        self.chosenFileLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.chosenFileLabel)

        self.chooseFileButton = QPushButton(self.addRecordBox)
        self.chooseFileButton.setObjectName(u"chooseFileButton")
        self.chooseFileButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseFileButton)


        self.addRecordLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.addRecordButton = QPushButton(self.addRecordBox)
        self.addRecordButton.setObjectName(u"addRecordButton")
        self.addRecordButton.setAutoDefault(False)

        self.addRecordLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addRecordButton)


        self.shareRecordsLayout.addWidget(self.addRecordBox)

        self.endBox = QGroupBox(ShareRecordsPage)
        self.endBox.setObjectName(u"endBox")
        self.endLayout = QHBoxLayout(self.endBox)
        self.endLayout.setObjectName(u"endLayout")
        self.endLabel = QLabel(self.endBox)
        self.endLabel.setObjectName(u"endLabel")

        self.endLayout.addWidget(self.endLabel)

        self.endDateEdit = QLineEdit(self.endBox)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaxLength(10)

        self.endLayout.addWidget(self.endDateEdit)

        self.setEndButton = QPushButton(self.endBox)
        self.setEndButton.setObjectName(u"setEndButton")
        self.setEndButton.setAutoDefault(False)

        self.endLayout.addWidget(self.setEndButton)

        self.endSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endLayout.addItem(self.endSpacer)


        self.shareRecordsLayout.addWidget(self.endBox)

        self.benefitsLabel = QLabel(ShareRecordsPage)
        self.benefitsLabel.setObjectName(u"benefitsLabel")
        self.benefitsLabel.setWordWrap(True)
        self.benefitsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.shareRecordsLayout.addWidget(self.benefitsLabel)

        self.messageLabel = QLabel(ShareRecordsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.shareRecordsLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.shareRecordsLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.datedLabel.setBuddy(self.datedEdit)
        self.fileLabel.setBuddy(self.chooseFileButton)
        self.endLabel.setBuddy(self.endDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ShareRecordsPage)
    # setupUi

    def retranslateUi(self, ShareRecordsPage):
        self.shareTitleLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"Records of the share", None))
        self.introLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"Once a share is approved, the policy asks for its administrative records: the Data Sharing Agreement, the Memorandum of Understanding, the Data Protection Impact Assessment and the Ethical Self Assessment, each with its reference, date and file, and the date the share ends. The register shows what is still missing.", None))
        ___qtreewidgetitem = self.recordsTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ShareRecordsPage", u"SHA-256", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ShareRecordsPage", u"File", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ShareRecordsPage", u"Date", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ShareRecordsPage", u"Reference", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ShareRecordsPage", u"Record", None))
#if QT_CONFIG(accessibility)
        self.recordsTree.setAccessibleName(QCoreApplication.translate("ShareRecordsPage", u"Records of the share", None))
#endif // QT_CONFIG(accessibility)
        self.addRecordBox.setTitle(QCoreApplication.translate("ShareRecordsPage", u"Add a record (a later one of the same kind replaces it)", None))
        self.kindLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"Re&cord:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ShareRecordsPage", u"Record", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"Refe&rence:", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("ShareRecordsPage", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ShareRecordsPage", u"For example DSA-2027-014", None))
        self.datedLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"Da&te (YYYY-MM-DD):", None))
#if QT_CONFIG(accessibility)
        self.datedEdit.setAccessibleName(QCoreApplication.translate("ShareRecordsPage", u"Date of the record", None))
#endif // QT_CONFIG(accessibility)
        self.datedEdit.setPlaceholderText(QCoreApplication.translate("ShareRecordsPage", u"2027-01-20", None))
        self.fileLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"File:", None))
        self.chosenFileLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"No file chosen.", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ShareRecordsPage", u"Choose the fi&le\u2026", None))
        self.addRecordButton.setText(QCoreApplication.translate("ShareRecordsPage", u"Record &it", None))
        self.endBox.setTitle(QCoreApplication.translate("ShareRecordsPage", u"End of the share", None))
        self.endLabel.setText(QCoreApplication.translate("ShareRecordsPage", u"The share ends &on (YYYY-MM-DD):", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("ShareRecordsPage", u"The share ends on", None))
#endif // QT_CONFIG(accessibility)
        self.endDateEdit.setPlaceholderText(QCoreApplication.translate("ShareRecordsPage", u"2030-03-31", None))
        self.setEndButton.setText(QCoreApplication.translate("ShareRecordsPage", u"&Set the end date", None))
        pass
    # retranslateUi

