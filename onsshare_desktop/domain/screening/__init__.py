"""The screener's side of a case: stages and outcomes, the policy checklist, annotations and triage.

Plain Python: no Qt, no SQLAlchemy. The store keeps these objects; the GUI and the CLI show them.
"""
