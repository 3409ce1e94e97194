"""noticings."""
