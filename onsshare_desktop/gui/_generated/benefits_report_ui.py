# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'benefits_report.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_BenefitsReportDialog(object):
    def setupUi(self, BenefitsReportDialog):
        if not BenefitsReportDialog.objectName():
            BenefitsReportDialog.setObjectName(u"BenefitsReportDialog")
        BenefitsReportDialog.resize(760, 560)
        self.benefitsLayout = QVBoxLayout(BenefitsReportDialog)
        self.benefitsLayout.setObjectName(u"benefitsLayout")
        self.introLabel = QLabel(BenefitsReportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.benefitsLayout.addWidget(self.introLabel)

        self.caseLabel = QLabel(BenefitsReportDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.benefitsLayout.addWidget(self.caseLabel)

        self.benefitsLabel = QLabel(BenefitsReportDialog)
        self.benefitsLabel.setObjectName(u"benefitsLabel")

        self.benefitsLayout.addWidget(self.benefitsLabel)

        self.benefitsEdit = QPlainTextEdit(BenefitsReportDialog)
        self.benefitsEdit.setObjectName(u"benefitsEdit")
        self.benefitsEdit.setTabChangesFocus(True)

        self.benefitsLayout.addWidget(self.benefitsEdit)

        self.outputsLabel = QLabel(BenefitsReportDialog)
        self.outputsLabel.setObjectName(u"outputsLabel")
        self.outputsLabel.setWordWrap(True)

        self.benefitsLayout.addWidget(self.outputsLabel)

        self.outputsTable = QTableWidget(BenefitsReportDialog)
        if (self.outputsTable.columnCount() < 3):
            self.outputsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.outputsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.outputsTable.setObjectName(u"outputsTable")
        self.outputsTable.setTabKeyNavigation(False)
        self.outputsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outputsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outputsTable.setColumnCount(3)
        self.outputsTable.horizontalHeader().setStretchLastSection(False)
        self.outputsTable.verticalHeader().setVisible(False)

        self.benefitsLayout.addWidget(self.outputsTable)

        self.outputButtonsLayout = QHBoxLayout()
        self.outputButtonsLayout.setObjectName(u"outputButtonsLayout")
        self.addOutputButton = QPushButton(BenefitsReportDialog)
        self.addOutputButton.setObjectName(u"addOutputButton")
        self.addOutputButton.setAutoDefault(False)

        self.outputButtonsLayout.addWidget(self.addOutputButton)

        self.removeOutputButton = QPushButton(BenefitsReportDialog)
        self.removeOutputButton.setObjectName(u"removeOutputButton")
        self.removeOutputButton.setAutoDefault(False)

        self.outputButtonsLayout.addWidget(self.removeOutputButton)

        self.outputButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outputButtonsLayout.addItem(self.outputButtonsSpacer)


        self.benefitsLayout.addLayout(self.outputButtonsLayout)

        self.problemLabel = QLabel(BenefitsReportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.benefitsLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(BenefitsReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.benefitsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.benefitsLabel.setBuddy(self.benefitsEdit)
        self.outputsLabel.setBuddy(self.outputsTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BenefitsReportDialog)
    # setupUi

    def retranslateUi(self, BenefitsReportDialog):
        BenefitsReportDialog.setWindowTitle(QCoreApplication.translate("BenefitsReportDialog", u"Benefits report", None))
        self.introLabel.setText(QCoreApplication.translate("BenefitsReportDialog", u"The ONS Data Sharing Policy asks external parties to share the public benefits of the data they received, and encourages links to published outputs. The report is signed with your signing key; send the file to your contact at ONS.", None))
        self.benefitsLabel.setText(QCoreApplication.translate("BenefitsReportDialog", u"&Benefits realised (required):", None))
#if QT_CONFIG(accessibility)
        self.benefitsEdit.setAccessibleName(QCoreApplication.translate("BenefitsReportDialog", u"Benefits realised", None))
#endif // QT_CONFIG(accessibility)
        self.benefitsEdit.setPlaceholderText(QCoreApplication.translate("BenefitsReportDialog", u"What the share made possible, and for whom: decisions informed, services changed, savings, research findings.", None))
        self.outputsLabel.setText(QCoreApplication.translate("BenefitsReportDialog", u"Published &outputs (title, link, date published as YYYY-MM-DD; leave empty if none yet):", None))
        ___qtablewidgetitem = self.outputsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BenefitsReportDialog", u"Title", None))
        ___qtablewidgetitem1 = self.outputsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BenefitsReportDialog", u"Link", None))
        ___qtablewidgetitem2 = self.outputsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BenefitsReportDialog", u"Published on", None))
#if QT_CONFIG(accessibility)
        self.outputsTable.setAccessibleName(QCoreApplication.translate("BenefitsReportDialog", u"Published outputs", None))
#endif // QT_CONFIG(accessibility)
        self.addOutputButton.setText(QCoreApplication.translate("BenefitsReportDialog", u"&Add an output", None))
        self.removeOutputButton.setText(QCoreApplication.translate("BenefitsReportDialog", u"&Remove the selected output", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("BenefitsReportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

