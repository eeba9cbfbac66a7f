"""Reading real-world Excel sheets: header detection, column aliases, value cleaning."""
