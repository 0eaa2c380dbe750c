"""The requester wizard: ``editor.RequestEditor`` and the pages and fields it is built from."""
