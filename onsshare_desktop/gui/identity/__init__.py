"""Dialogs for the signing identity: the guided set-up, show it, replace it, use an organisation's key file,
save the certificate."""
