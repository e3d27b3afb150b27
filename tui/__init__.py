"""The reader: a Textual app over the engine's briefing model.

Never touches spaCy objects: it reads `annotate.model` records only.
"""
