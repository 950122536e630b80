"""The visit editor: what a coach types at a family's kitchen table, never lost.

- ``editors.VisitEditors`` opens an editor on ``UiEvents.visit_requested``, keeps drafts safe at
  lock and reopens the newest draft after unlocking;
- ``editor.VisitEditor`` is the dialog: loading, draft autosave, saving, closing;
- ``form.VisitForm`` holds the fields; ``models`` and ``status_delegate`` its item models;
- ``saving.store_visit`` turns a draft into stored data (Qt-free);
- ``discard.ask_discard`` asks what to do with unsaved text.
"""
