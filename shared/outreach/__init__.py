"""outreach."""
