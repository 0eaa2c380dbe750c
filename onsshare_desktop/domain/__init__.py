"""Pure-Python core: the question set, the case, conditions, validation, wizard flow and policy rules.

Nothing here imports Qt or SQLAlchemy (a test enforces it).
"""
