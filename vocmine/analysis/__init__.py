"""Per-item analysis: the analyser that composes the stages, and contact history."""
