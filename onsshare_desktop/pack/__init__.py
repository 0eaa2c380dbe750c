"""PDF packs: render (reportlab), embed the case and attachments, sign and verify (pyHanko). No Qt here."""
