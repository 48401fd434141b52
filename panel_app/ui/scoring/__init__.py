"""The widgets of the Scoring page: candidate list, PDF pane, grid, horizontal mode, dialogs, undo."""
