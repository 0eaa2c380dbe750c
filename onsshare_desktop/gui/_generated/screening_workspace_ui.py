# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTreeWidget, QVBoxLayout, QWidget)

class Ui_ReviewWorkspace(object):
    def setupUi(self, ReviewWorkspace):
        if not ReviewWorkspace.objectName():
            ReviewWorkspace.setObjectName(u"ReviewWorkspace")
        ReviewWorkspace.resize(1200, 800)
        self.workspaceLayout = QVBoxLayout(ReviewWorkspace)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.caseTitleLabel = QLabel(ReviewWorkspace)
        self.caseTitleLabel.setObjectName(u"caseTitleLabel")
        self.caseTitleLabel.setProperty(u"heading", True)
        self.caseTitleLabel.setWordWrap(True)
        self.caseTitleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.headerGrid.addWidget(self.caseTitleLabel, 0, 0, 1, 2)

        self.caseMetaLabel = QLabel(ReviewWorkspace)
        self.caseMetaLabel.setObjectName(u"caseMetaLabel")
        self.caseMetaLabel.setWordWrap(True)
        self.caseMetaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.caseMetaLabel, 1, 0, 1, 1)

        self.stageLabel = QLabel(ReviewWorkspace)
        self.stageLabel.setObjectName(u"stageLabel")
        self.stageLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerGrid.addWidget(self.stageLabel, 1, 1, 1, 1)

        self.signerLabel = QLabel(ReviewWorkspace)
        self.signerLabel.setObjectName(u"signerLabel")
        self.signerLabel.setWordWrap(True)
        self.signerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.signerLabel, 2, 0, 1, 2)

        self.headerButtons = QHBoxLayout()
        self.headerButtons.setObjectName(u"headerButtons")
        self.confirmSignerButton = QPushButton(ReviewWorkspace)
        self.confirmSignerButton.setObjectName(u"confirmSignerButton")
        self.confirmSignerButton.setAutoDefault(False)

        self.headerButtons.addWidget(self.confirmSignerButton)

        self.openPackButton = QPushButton(ReviewWorkspace)
        self.openPackButton.setObjectName(u"openPackButton")
        self.openPackButton.setAutoDefault(False)

        self.headerButtons.addWidget(self.openPackButton)

        self.exportRecordButton = QPushButton(ReviewWorkspace)
        self.exportRecordButton.setObjectName(u"exportRecordButton")
        self.exportRecordButton.setAutoDefault(False)

        self.headerButtons.addWidget(self.exportRecordButton)

        self.headerButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerButtons.addItem(self.headerButtonsSpacer)


        self.headerGrid.addLayout(self.headerButtons, 3, 0, 1, 2)


        self.workspaceLayout.addLayout(self.headerGrid)

        self.splitter = QSplitter(ReviewWorkspace)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMaximumSize(QSize(280, 16777215))
        self.splitter.addWidget(self.navList)
        self.pagesStack = QStackedWidget(self.splitter)
        self.pagesStack.setObjectName(u"pagesStack")
        self.checklistPage = QWidget()
        self.checklistPage.setObjectName(u"checklistPage")
        self.checklistPageLayout = QVBoxLayout(self.checklistPage)
        self.checklistPageLayout.setObjectName(u"checklistPageLayout")
        self.checklistTitleLabel = QLabel(self.checklistPage)
        self.checklistTitleLabel.setObjectName(u"checklistTitleLabel")
        self.checklistTitleLabel.setProperty(u"heading", True)
        self.checklistTitleLabel.setWordWrap(True)
        self.checklistTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.checklistPageLayout.addWidget(self.checklistTitleLabel)

        self.checklistIntroLabel = QLabel(self.checklistPage)
        self.checklistIntroLabel.setObjectName(u"checklistIntroLabel")
        self.checklistIntroLabel.setWordWrap(True)

        self.checklistPageLayout.addWidget(self.checklistIntroLabel)

        self.checklistArea = QWidget(self.checklistPage)
        self.checklistArea.setObjectName(u"checklistArea")
        self.checklistAreaLayout = QVBoxLayout(self.checklistArea)
        self.checklistAreaLayout.setObjectName(u"checklistAreaLayout")
        self.checklistAreaLayout.setContentsMargins(0, 0, 0, 0)

        self.checklistPageLayout.addWidget(self.checklistArea)

        self.checklistRow = QHBoxLayout()
        self.checklistRow.setObjectName(u"checklistRow")
        self.checklistStatusLabel = QLabel(self.checklistPage)
        self.checklistStatusLabel.setObjectName(u"checklistStatusLabel")

        self.checklistRow.addWidget(self.checklistStatusLabel)

        self.checklistSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklistRow.addItem(self.checklistSpacer)

        self.saveChecklistButton = QPushButton(self.checklistPage)
        self.saveChecklistButton.setObjectName(u"saveChecklistButton")
        self.saveChecklistButton.setAutoDefault(False)

        self.checklistRow.addWidget(self.saveChecklistButton)


        self.checklistPageLayout.addLayout(self.checklistRow)

        self.pagesStack.addWidget(self.checklistPage)
        self.triagePage = QWidget()
        self.triagePage.setObjectName(u"triagePage")
        self.triagePageLayout = QVBoxLayout(self.triagePage)
        self.triagePageLayout.setObjectName(u"triagePageLayout")
        self.triageTitleLabel = QLabel(self.triagePage)
        self.triageTitleLabel.setObjectName(u"triageTitleLabel")
        self.triageTitleLabel.setProperty(u"heading", True)
        self.triageTitleLabel.setWordWrap(True)
        self.triageTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.triagePageLayout.addWidget(self.triageTitleLabel)

        self.triageIntroLabel = QLabel(self.triagePage)
        self.triageIntroLabel.setObjectName(u"triageIntroLabel")
        self.triageIntroLabel.setWordWrap(True)

        self.triagePageLayout.addWidget(self.triageIntroLabel)

        self.triageTree = QTreeWidget(self.triagePage)
        self.triageTree.setObjectName(u"triageTree")
        self.triageTree.setRootIsDecorated(False)
        self.triageTree.setAlternatingRowColors(True)
        self.triageTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.triageTree.setColumnCount(4)
        self.triageTree.setMaximumSize(QSize(16777215, 200))

        self.triagePageLayout.addWidget(self.triageTree)

        self.assessmentBox = QGroupBox(self.triagePage)
        self.assessmentBox.setObjectName(u"assessmentBox")
        self.assessmentLayout = QFormLayout(self.assessmentBox)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.serviceLabel = QLabel(self.assessmentBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.assessmentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(self.assessmentBox)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.assessmentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.risksLabel = QLabel(self.assessmentBox)
        self.risksLabel.setObjectName(u"risksLabel")

        self.assessmentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.risksLabel)

        self.risksEdit = QPlainTextEdit(self.assessmentBox)
        self.risksEdit.setObjectName(u"risksEdit")
        self.risksEdit.setTabChangesFocus(True)
        self.risksEdit.setMaximumSize(QSize(16777215, 90))

        self.assessmentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.risksEdit)

        self.benefitsLabel = QLabel(self.assessmentBox)
        self.benefitsLabel.setObjectName(u"benefitsLabel")

        self.assessmentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.benefitsLabel)

        self.benefitsEdit = QPlainTextEdit(self.assessmentBox)
        self.benefitsEdit.setObjectName(u"benefitsEdit")
        self.benefitsEdit.setTabChangesFocus(True)
        self.benefitsEdit.setMaximumSize(QSize(16777215, 90))

        self.assessmentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.benefitsEdit)

        self.recommendationLabel = QLabel(self.assessmentBox)
        self.recommendationLabel.setObjectName(u"recommendationLabel")

        self.assessmentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recommendationLabel)

        self.recommendationCombo = QComboBox(self.assessmentBox)
        self.recommendationCombo.setObjectName(u"recommendationCombo")

        self.assessmentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recommendationCombo)

        self.precedentsLabel = QLabel(self.assessmentBox)
        self.precedentsLabel.setObjectName(u"precedentsLabel")

        self.assessmentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.precedentsLabel)

        self.precedentsEdit = QLineEdit(self.assessmentBox)
        self.precedentsEdit.setObjectName(u"precedentsEdit")

        self.assessmentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.precedentsEdit)

        self.assessmentRow = QHBoxLayout()
        self.assessmentRow.setObjectName(u"assessmentRow")
        self.triageStatusLabel = QLabel(self.assessmentBox)
        self.triageStatusLabel.setObjectName(u"triageStatusLabel")
        self.triageStatusLabel.setWordWrap(True)

        self.assessmentRow.addWidget(self.triageStatusLabel)

        self.assessmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessmentRow.addItem(self.assessmentSpacer)

        self.saveAssessmentButton = QPushButton(self.assessmentBox)
        self.saveAssessmentButton.setObjectName(u"saveAssessmentButton")
        self.saveAssessmentButton.setAutoDefault(False)

        self.assessmentRow.addWidget(self.saveAssessmentButton)


        self.assessmentLayout.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.assessmentRow)


        self.triagePageLayout.addWidget(self.assessmentBox)

        self.triageBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.triagePageLayout.addItem(self.triageBottomSpacer)

        self.pagesStack.addWidget(self.triagePage)
        self.outcomePage = QWidget()
        self.outcomePage.setObjectName(u"outcomePage")
        self.outcomePageLayout = QVBoxLayout(self.outcomePage)
        self.outcomePageLayout.setObjectName(u"outcomePageLayout")
        self.outcomeTitleLabel = QLabel(self.outcomePage)
        self.outcomeTitleLabel.setObjectName(u"outcomeTitleLabel")
        self.outcomeTitleLabel.setProperty(u"heading", True)
        self.outcomeTitleLabel.setWordWrap(True)
        self.outcomeTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.outcomePageLayout.addWidget(self.outcomeTitleLabel)

        self.outcomeStageLabel = QLabel(self.outcomePage)
        self.outcomeStageLabel.setObjectName(u"outcomeStageLabel")
        self.outcomeStageLabel.setWordWrap(True)

        self.outcomePageLayout.addWidget(self.outcomeStageLabel)

        self.outcomeBox = QGroupBox(self.outcomePage)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QFormLayout(self.outcomeBox)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLabel = QLabel(self.outcomeBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.outcomeBox)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.outcomeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.noteLabel = QLabel(self.outcomeBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.outcomeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.outcomeBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.outcomeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.decidedByLabel = QLabel(self.outcomeBox)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.outcomeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedByCombo = QComboBox(self.outcomeBox)
        self.decidedByCombo.setObjectName(u"decidedByCombo")

        self.outcomeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decidedByCombo)

        self.deciderNameLabel = QLabel(self.outcomeBox)
        self.deciderNameLabel.setObjectName(u"deciderNameLabel")

        self.outcomeLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deciderNameLabel)

        self.deciderNameEdit = QLineEdit(self.outcomeBox)
        self.deciderNameEdit.setObjectName(u"deciderNameEdit")

        self.outcomeLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deciderNameEdit)

        self.conditionsLabel = QLabel(self.outcomeBox)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.outcomeLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(self.outcomeBox)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setTabChangesFocus(True)
        self.conditionsEdit.setMaximumSize(QSize(16777215, 70))

        self.outcomeLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.exceptionLabel = QLabel(self.outcomeBox)
        self.exceptionLabel.setObjectName(u"exceptionLabel")

        self.outcomeLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.exceptionLabel)

        self.exceptionEdit = QLineEdit(self.outcomeBox)
        self.exceptionEdit.setObjectName(u"exceptionEdit")

        self.outcomeLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exceptionEdit)

        self.registerCheckedBox = QCheckBox(self.outcomeBox)
        self.registerCheckedBox.setObjectName(u"registerCheckedBox")

        self.outcomeLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.registerCheckedBox)

        self.exemptionLabel = QLabel(self.outcomeBox)
        self.exemptionLabel.setObjectName(u"exemptionLabel")

        self.outcomeLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.exemptionLabel)

        self.exemptionCombo = QComboBox(self.outcomeBox)
        self.exemptionCombo.setObjectName(u"exemptionCombo")

        self.outcomeLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.exemptionCombo)

        self.outcomeMessageLabel = QLabel(self.outcomeBox)
        self.outcomeMessageLabel.setObjectName(u"outcomeMessageLabel")
        self.outcomeMessageLabel.setWordWrap(True)

        self.outcomeLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.outcomeMessageLabel)

        self.outcomeRow = QHBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeRow.addItem(self.outcomeSpacer)

        self.recordOutcomeButton = QPushButton(self.outcomeBox)
        self.recordOutcomeButton.setObjectName(u"recordOutcomeButton")
        self.recordOutcomeButton.setAutoDefault(False)

        self.outcomeRow.addWidget(self.recordOutcomeButton)


        self.outcomeLayout.setLayout(9, QFormLayout.ItemRole.SpanningRole, self.outcomeRow)


        self.outcomePageLayout.addWidget(self.outcomeBox)

        self.outcomeBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outcomePageLayout.addItem(self.outcomeBottomSpacer)

        self.pagesStack.addWidget(self.outcomePage)
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyPageLayout = QVBoxLayout(self.historyPage)
        self.historyPageLayout.setObjectName(u"historyPageLayout")
        self.historyTitleLabel = QLabel(self.historyPage)
        self.historyTitleLabel.setObjectName(u"historyTitleLabel")
        self.historyTitleLabel.setWordWrap(True)
        self.historyTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.historyPageLayout.addWidget(self.historyTitleLabel)

        self.historyIntroLabel = QLabel(self.historyPage)
        self.historyIntroLabel.setObjectName(u"historyIntroLabel")
        self.historyIntroLabel.setWordWrap(True)

        self.historyPageLayout.addWidget(self.historyIntroLabel)

        self.historyTree = QTreeWidget(self.historyPage)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setRootIsDecorated(False)
        self.historyTree.setAlternatingRowColors(True)
        self.historyTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTree.setWordWrap(True)
        self.historyTree.setColumnCount(3)

        self.historyPageLayout.addWidget(self.historyTree)

        self.pagesStack.addWidget(self.historyPage)
        self.splitter.addWidget(self.pagesStack)

        self.workspaceLayout.addWidget(self.splitter)

        self.navRow = QHBoxLayout()
        self.navRow.setObjectName(u"navRow")
        self.backButton = QPushButton(ReviewWorkspace)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.navRow.addWidget(self.backButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navRow.addItem(self.navSpacer)

        self.positionLabel = QLabel(ReviewWorkspace)
        self.positionLabel.setObjectName(u"positionLabel")

        self.navRow.addWidget(self.positionLabel)

        self.navSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navRow.addItem(self.navSpacer2)

        self.nextButton = QPushButton(ReviewWorkspace)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.navRow.addWidget(self.nextButton)


        self.workspaceLayout.addLayout(self.navRow)

#if QT_CONFIG(shortcut)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.risksLabel.setBuddy(self.risksEdit)
        self.benefitsLabel.setBuddy(self.benefitsEdit)
        self.recommendationLabel.setBuddy(self.recommendationCombo)
        self.precedentsLabel.setBuddy(self.precedentsEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.decidedByLabel.setBuddy(self.decidedByCombo)
        self.deciderNameLabel.setBuddy(self.deciderNameEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.exceptionLabel.setBuddy(self.exceptionEdit)
        self.exemptionLabel.setBuddy(self.exemptionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewWorkspace)
    # setupUi

    def retranslateUi(self, ReviewWorkspace):
        self.confirmSignerButton.setText(QCoreApplication.translate("ReviewWorkspace", u"Confirm si&gner\u2026", None))
#if QT_CONFIG(tooltip)
        self.confirmSignerButton.setToolTip(QCoreApplication.translate("ReviewWorkspace", u"Check the fingerprint with the signer, then trust their certificate", None))
#endif // QT_CONFIG(tooltip)
        self.openPackButton.setText(QCoreApplication.translate("ReviewWorkspace", u"Open original &pack", None))
#if QT_CONFIG(tooltip)
        self.openPackButton.setToolTip(QCoreApplication.translate("ReviewWorkspace", u"Open the pack exactly as received in your PDF viewer", None))
#endif // QT_CONFIG(tooltip)
        self.exportRecordButton.setText(QCoreApplication.translate("ReviewWorkspace", u"&Export screening record\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportRecordButton.setToolTip(QCoreApplication.translate("ReviewWorkspace", u"Write a new PDF, signed by you, recording this stage", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.checklistTitleLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Policy checklist", None))
        self.checklistIntroLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"For each check, say whether the request meets it, with a note. Which checks apply depends on the request: a Data Protection Impact Assessment only when the data relate to living individuals, Data Protection Officer and Legal Services oversight only when the data are identifiable.", None))
        self.saveChecklistButton.setText(QCoreApplication.translate("ReviewWorkspace", u"Record &checklist", None))
        self.triageTitleLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Triage", None))
        self.triageIntroLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Each service the policy names records its assessment of the risks and benefits of the share, with a recommendation. Link precedents: earlier cases in the register.", None))
        ___qtreewidgetitem = self.triageTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReviewWorkspace", u"Assessed by", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReviewWorkspace", u"Precedents", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewWorkspace", u"Recommendation", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewWorkspace", u"Service", None))
#if QT_CONFIG(accessibility)
        self.triageTree.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Triage assessments", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentBox.setTitle(QCoreApplication.translate("ReviewWorkspace", u"Record an assessment", None))
        self.serviceLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Serv&ice", None))
#if QT_CONFIG(accessibility)
        self.serviceCombo.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.risksLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"&Risks", None))
#if QT_CONFIG(accessibility)
        self.risksEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Risks", None))
#endif // QT_CONFIG(accessibility)
        self.benefitsLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Benefi&ts", None))
#if QT_CONFIG(accessibility)
        self.benefitsEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Benefits", None))
#endif // QT_CONFIG(accessibility)
        self.recommendationLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Recommen&dation", None))
#if QT_CONFIG(accessibility)
        self.recommendationCombo.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Recommendation", None))
#endif // QT_CONFIG(accessibility)
        self.precedentsLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Pre&cedents", None))
#if QT_CONFIG(accessibility)
        self.precedentsEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Precedents", None))
#endif // QT_CONFIG(accessibility)
        self.precedentsEdit.setPlaceholderText(QCoreApplication.translate("ReviewWorkspace", u"Case references, separated by commas", None))
        self.saveAssessmentButton.setText(QCoreApplication.translate("ReviewWorkspace", u"Record assess&ment", None))
        self.outcomeTitleLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Stage outcome", None))
        self.outcomeBox.setTitle(QCoreApplication.translate("ReviewWorkspace", u"Record the outcome", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"No&te", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.decidedByLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"&Decided by", None))
#if QT_CONFIG(accessibility)
        self.decidedByCombo.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Decided by", None))
#endif // QT_CONFIG(accessibility)
        self.deciderNameLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Decision-maker's na&me", None))
#if QT_CONFIG(accessibility)
        self.deciderNameEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Decision-maker's name", None))
#endif // QT_CONFIG(accessibility)
        self.conditionsLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Cond&itions", None))
#if QT_CONFIG(accessibility)
        self.conditionsEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Conditions", None))
#endif // QT_CONFIG(accessibility)
        self.exceptionLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"E&xception", None))
#if QT_CONFIG(accessibility)
        self.exceptionEdit.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Exception authorised by the National Statistician", None))
#endif // QT_CONFIG(accessibility)
        self.exceptionEdit.setPlaceholderText(QCoreApplication.translate("ReviewWorkspace", u"Only for an exception to the policy authorised by the National Statistician", None))
        self.registerCheckedBox.setText(QCoreApplication.translate("ReviewWorkspace", u"I have checked the transparency register entry", None))
        self.exemptionLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Exemption gro&und", None))
#if QT_CONFIG(accessibility)
        self.exemptionCombo.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Exemption ground", None))
#endif // QT_CONFIG(accessibility)
        self.recordOutcomeButton.setText(QCoreApplication.translate("ReviewWorkspace", u"&Record outcome", None))
        self.historyTitleLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Case history", None))
        self.historyIntroLabel.setText(QCoreApplication.translate("ReviewWorkspace", u"Every change to this case, oldest first: who, when and what. The history is append-only and hash-chained.", None))
        ___qtreewidgetitem1 = self.historyTree.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ReviewWorkspace", u"What", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ReviewWorkspace", u"Who", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ReviewWorkspace", u"When", None))
#if QT_CONFIG(accessibility)
        self.historyTree.setAccessibleName(QCoreApplication.translate("ReviewWorkspace", u"Case history", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("ReviewWorkspace", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ReviewWorkspace", u"&Next >", None))
        pass
    # retranslateUi

