"""Dialogs for the signing identity: show it, create one, import a PKCS#12, export the certificate, passphrases."""
