# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'section_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout)

class Ui_SectionPage(object):
    def setupUi(self, SectionPage):
        if not SectionPage.objectName():
            SectionPage.setObjectName(u"SectionPage")
        SectionPage.resize(760, 640)
        self.sectionLayout = QVBoxLayout(SectionPage)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionTitleLabel = QLabel(SectionPage)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")
        self.sectionTitleLabel.setProperty(u"heading", True)
        self.sectionTitleLabel.setWordWrap(True)
        self.sectionTitleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.sectionLayout.addWidget(self.sectionTitleLabel)

        self.answersBrowser = QTextBrowser(SectionPage)
        self.answersBrowser.setObjectName(u"answersBrowser")
        self.answersBrowser.setOpenLinks(False)

        self.sectionLayout.addWidget(self.answersBrowser)

        self.annotationBox = QGroupBox(SectionPage)
        self.annotationBox.setObjectName(u"annotationBox")
        self.annotationLayout = QFormLayout(self.annotationBox)
        self.annotationLayout.setObjectName(u"annotationLayout")
        self.statusLabel = QLabel(self.annotationBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.annotationLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.annotationBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.annotationLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.commentLabel = QLabel(self.annotationBox)
        self.commentLabel.setObjectName(u"commentLabel")

        self.annotationLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(self.annotationBox)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)
        self.commentEdit.setMaximumSize(QSize(16777215, 120))

        self.annotationLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.annotationRow = QHBoxLayout()
        self.annotationRow.setObjectName(u"annotationRow")
        self.annotationInfoLabel = QLabel(self.annotationBox)
        self.annotationInfoLabel.setObjectName(u"annotationInfoLabel")

        self.annotationRow.addWidget(self.annotationInfoLabel)

        self.annotationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.annotationRow.addItem(self.annotationSpacer)

        self.saveAnnotationButton = QPushButton(self.annotationBox)
        self.saveAnnotationButton.setObjectName(u"saveAnnotationButton")
        self.saveAnnotationButton.setAutoDefault(False)

        self.annotationRow.addWidget(self.saveAnnotationButton)


        self.annotationLayout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.annotationRow)


        self.sectionLayout.addWidget(self.annotationBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SectionPage)
    # setupUi

    def retranslateUi(self, SectionPage):
#if QT_CONFIG(accessibility)
        self.answersBrowser.setAccessibleName(QCoreApplication.translate("SectionPage", u"The requester's answers", None))
#endif // QT_CONFIG(accessibility)
        self.annotationBox.setTitle(QCoreApplication.translate("SectionPage", u"Your assessment of this section", None))
        self.statusLabel.setText(QCoreApplication.translate("SectionPage", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("SectionPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("SectionPage", u"&Comment", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("SectionPage", u"Comment", None))
#endif // QT_CONFIG(accessibility)
        self.saveAnnotationButton.setText(QCoreApplication.translate("SectionPage", u"Record &assessment", None))
        pass
    # retranslateUi

