"""The screener's windows: the register of received cases and the review workspace."""
