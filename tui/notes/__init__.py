"""The reader's notes: a note's model and its anchor in the text, the SQLite
store, export (Markdown, W3C Web Annotation JSON-LD), the `briefing notes`
command, and the reader's side of them (controller, editor, panel)."""
