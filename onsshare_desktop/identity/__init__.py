"""Signing identities (keys, certificates) and the secrets that unlock them. No Qt here."""
