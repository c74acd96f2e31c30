"""The quality management system in figures beyond the process cards: the register of
current QMS documents, the quality policy, internal audits and management reviews, and the
corrective and preventive actions of audits and surveys as one kind of record (`capa`).
It uses `core`, `organisation`, `processes` (which process a record belongs to) and, for
the one list of actions, the survey actions of `surveys`.

Nothing is imported here: `surveys` imports the shared action model (`quality.capa`), and
importing the package must not import `surveys` back.
"""
