# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachments.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AttachmentsPage(object):
    def setupUi(self, AttachmentsPage):
        if not AttachmentsPage.objectName():
            AttachmentsPage.setObjectName(u"AttachmentsPage")
        AttachmentsPage.resize(760, 600)
        self.pageLayout = QVBoxLayout(AttachmentsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 16)
        self.titleLabel = QLabel(AttachmentsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"heading", True)
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AttachmentsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.guidanceLabel = QLabel(AttachmentsPage)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.guidanceLabel)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.kindLabel = QLabel(AttachmentsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.addRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(AttachmentsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.addRow.addWidget(self.kindCombo)

        self.addButton = QPushButton(AttachmentsPage)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.addRow.addWidget(self.addButton)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addSpacer)


        self.pageLayout.addLayout(self.addRow)

        self.limitLabel = QLabel(AttachmentsPage)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.limitLabel)

        self.progressBar = QProgressBar(AttachmentsPage)
        self.progressBar.setObjectName(u"progressBar")

        self.pageLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(AttachmentsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.messageLabel)

        self.attachmentsTable = QTableWidget(AttachmentsPage)
        if (self.attachmentsTable.columnCount() < 4):
            self.attachmentsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.attachmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsTable.setTabKeyNavigation(False)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setWordWrap(False)
        self.attachmentsTable.setColumnCount(4)
        self.attachmentsTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.attachmentsTable)

        self.detailsLabel = QLabel(AttachmentsPage)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.detailsLabel)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeButton = QPushButton(AttachmentsPage)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)
        self.removeButton.setAutoDefault(False)

        self.removeRow.addWidget(self.removeButton)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.pageLayout.addLayout(self.removeRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.addButton)
        QWidget.setTabOrder(self.addButton, self.attachmentsTable)
        QWidget.setTabOrder(self.attachmentsTable, self.removeButton)

        self.retranslateUi(AttachmentsPage)
    # setupUi

    def retranslateUi(self, AttachmentsPage):
        self.kindLabel.setText(QCoreApplication.translate("AttachmentsPage", u"&Type of document:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AttachmentsPage", u"Type of document", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AttachmentsPage", u"&Add file\u2026", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("AttachmentsPage", u"Copying the file", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.attachmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AttachmentsPage", u"File", None))
        ___qtablewidgetitem1 = self.attachmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AttachmentsPage", u"Type", None))
        ___qtablewidgetitem2 = self.attachmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AttachmentsPage", u"Size", None))
        ___qtablewidgetitem3 = self.attachmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AttachmentsPage", u"SHA-256", None))
#if QT_CONFIG(accessibility)
        self.attachmentsTable.setAccessibleName(QCoreApplication.translate("AttachmentsPage", u"Attached files", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("AttachmentsPage", u"&Remove selected file", None))
        pass
    # retranslateUi

