# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout)

class Ui_RegisterView(object):
    def setupUi(self, RegisterView):
        if not RegisterView.objectName():
            RegisterView.setObjectName(u"RegisterView")
        RegisterView.resize(1100, 700)
        self.registerLayout = QVBoxLayout(RegisterView)
        self.registerLayout.setObjectName(u"registerLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.viewTitleLabel = QLabel(RegisterView)
        self.viewTitleLabel.setObjectName(u"viewTitleLabel")
        self.viewTitleLabel.setProperty(u"heading", True)
        self.viewTitleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.titleRow.addWidget(self.viewTitleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.importButton = QPushButton(RegisterView)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.titleRow.addWidget(self.importButton)

        self.importFolderButton = QPushButton(RegisterView)
        self.importFolderButton.setObjectName(u"importFolderButton")
        self.importFolderButton.setAutoDefault(False)

        self.titleRow.addWidget(self.importFolderButton)

        self.exportCsvButton = QPushButton(RegisterView)
        self.exportCsvButton.setObjectName(u"exportCsvButton")
        self.exportCsvButton.setAutoDefault(False)

        self.titleRow.addWidget(self.exportCsvButton)


        self.registerLayout.addLayout(self.titleRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(RegisterView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.stageLabel = QLabel(RegisterView)
        self.stageLabel.setObjectName(u"stageLabel")

        self.filterRow.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(RegisterView)
        self.stageCombo.setObjectName(u"stageCombo")

        self.filterRow.addWidget(self.stageCombo)

        self.statusLabel = QLabel(RegisterView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(RegisterView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.organisationEdit = QLineEdit(RegisterView)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.organisationEdit)


        self.registerLayout.addLayout(self.filterRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.fromCheck = QCheckBox(RegisterView)
        self.fromCheck.setObjectName(u"fromCheck")

        self.dateRow.addWidget(self.fromCheck)

        self.fromDateEdit = QDateEdit(RegisterView)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setEnabled(False)
        self.fromDateEdit.setCalendarPopup(True)
        self.fromDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dateRow.addWidget(self.fromDateEdit)

        self.toCheck = QCheckBox(RegisterView)
        self.toCheck.setObjectName(u"toCheck")

        self.dateRow.addWidget(self.toCheck)

        self.toDateEdit = QDateEdit(RegisterView)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setEnabled(False)
        self.toDateEdit.setCalendarPopup(True)
        self.toDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dateRow.addWidget(self.toDateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.registerLayout.addLayout(self.dateRow)

        self.registerView = QTableView(RegisterView)
        self.registerView.setObjectName(u"registerView")
        self.registerView.setTabKeyNavigation(False)
        self.registerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerView.setAlternatingRowColors(True)
        self.registerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerView.setSortingEnabled(True)
        self.registerView.setWordWrap(False)
        self.registerView.horizontalHeader().setStretchLastSection(False)
        self.registerView.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.registerView)

        self.importResultsLabel = QLabel(RegisterView)
        self.importResultsLabel.setObjectName(u"importResultsLabel")
        self.importResultsLabel.setVisible(False)
        self.importResultsLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.importResultsLabel)

        self.importResultsList = QListWidget(RegisterView)
        self.importResultsList.setObjectName(u"importResultsList")
        self.importResultsList.setVisible(False)
        self.importResultsList.setMaximumSize(QSize(16777215, 140))
        self.importResultsList.setWordWrap(True)

        self.registerLayout.addWidget(self.importResultsList)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(RegisterView)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.openButton = QPushButton(RegisterView)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)
        self.openButton.setEnabled(False)

        self.bottomRow.addWidget(self.openButton)


        self.registerLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterView)
    # setupUi

    def retranslateUi(self, RegisterView):
        self.viewTitleLabel.setText(QCoreApplication.translate("RegisterView", u"Received cases", None))
        self.importButton.setText(QCoreApplication.translate("RegisterView", u"&Import packs\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RegisterView", u"Choose one or more signed PDF packs to verify and import", None))
#endif // QT_CONFIG(tooltip)
        self.importFolderButton.setText(QCoreApplication.translate("RegisterView", u"Import a &folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.importFolderButton.setToolTip(QCoreApplication.translate("RegisterView", u"Verify and import every PDF in a folder", None))
#endif // QT_CONFIG(tooltip)
        self.exportCsvButton.setText(QCoreApplication.translate("RegisterView", u"Export transparency &CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCsvButton.setToolTip(QCoreApplication.translate("RegisterView", u"Write the transparency register of approved, published shares", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"Search reference, title, organisation, datasets, signer", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("RegisterView", u"Sta&ge:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.stageCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Show only cases at this stage", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("RegisterView", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RegisterView", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("RegisterView", u"Show only cases with this status", None))
#endif // QT_CONFIG(tooltip)
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("RegisterView", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("RegisterView", u"From", None))
#if QT_CONFIG(tooltip)
        self.fromCheck.setToolTip(QCoreApplication.translate("RegisterView", u"Only cases received on or after this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Received from", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("RegisterView", u"To", None))
#if QT_CONFIG(tooltip)
        self.toCheck.setToolTip(QCoreApplication.translate("RegisterView", u"Only cases received on or before this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("RegisterView", u"Received to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerView.setAccessibleName(QCoreApplication.translate("RegisterView", u"Received cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importResultsList.setAccessibleName(QCoreApplication.translate("RegisterView", u"Import results", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("RegisterView", u"&Open case", None))
        pass
    # retranslateUi

